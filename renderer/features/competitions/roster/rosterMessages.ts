/**
 * Plain-language text for everything a roster import or a hand-added entrant can be refused for: file-level
 * errors (`roster.fileErrors.<code>`), row issues (`roster.issues.<code>`), hand-entry issues
 * (`roster.manualIssues.<code>`) and the platform's file errors. Every code has a message in both languages
 * (rosterMessages.test.ts).
 */
import type { TFunction } from 'i18next';
import type { IssueParamValue, RosterPreviewFailed, RosterRowIssue } from '../../../../shared/competitions/roster/types';
import type { Language } from '../../../app/i18n';
import { PlatformError } from '../../../platform/types';
import type { ManualEntryIssue } from './manualEntry';

type Params = Record<string, string | number>;

function listText(values: readonly (string | number)[], language: Language): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(values.map(String));
}

function plainParams(params: Readonly<Record<string, IssueParamValue>> | undefined, language: Language): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    out[key] = typeof value === 'string' || typeof value === 'number' ? value : listText(value, language);
  }
  return out;
}

export function fieldLabel(t: TFunction, field: string): string {
  return t(`roster.fields.${field}`);
}

/** A row issue, with field names, statuses and departments in words. */
export function rowIssueText(
  t: TFunction,
  issue: RosterRowIssue,
  language: Language,
  departmentPath: (id: string) => string,
): string {
  const params = plainParams(issue.params, language);
  const raw = issue.params ?? {};
  if (typeof raw.column === 'string') params.column = fieldLabel(t, raw.column);
  if (typeof raw.status === 'string') params.status = t(`enums.entryStatus.${raw.status}`);
  if (typeof raw.personDepartmentId === 'string') params.personDepartment = departmentPath(raw.personDepartmentId);
  if (typeof raw.departmentId === 'string') params.department = departmentPath(raw.departmentId);
  return t(`roster.issues.${issue.code}`, params);
}

/** Why a whole file was refused. */
export function fileErrorText(t: TFunction, error: RosterPreviewFailed['error'], language: Language): string {
  const raw = error.params ?? {};
  if (error.code === 'wrong_file_type') {
    const detected = typeof raw.detected === 'string' ? raw.detected : 'binary';
    if (detected === 'xls') return t('roster.fileErrors.wrong_file_type_xls');
    return t('roster.fileErrors.wrong_file_type', { what: t(`roster.detected.${detected}`) });
  }
  const params = plainParams(error.params as Readonly<Record<string, IssueParamValue>> | undefined, language);
  if (Array.isArray(raw.columns)) params.columns = listText(raw.columns.map((c) => fieldLabel(t, String(c))), language);
  return t(`roster.fileErrors.${error.code}`, params);
}

export function manualIssueText(t: TFunction, issue: ManualEntryIssue): string {
  const params: Params = { ...issue.params };
  if (typeof issue.params?.status === 'string') params.status = t(`enums.entryStatus.${issue.params.status}`);
  return t(`roster.manualIssues.${issue.code}`, params);
}

function megabytes(bytes: unknown, language: Language): string {
  const n = typeof bytes === 'number' ? bytes : Number(bytes);
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(n / (1024 * 1024))} MB`;
}

/** A failure opening the file (too large, unreadable), or anything unexpected while reading it. */
export function openFileErrorText(t: TFunction, error: unknown, language: Language): string {
  if (error instanceof PlatformError && error.code === 'file_too_large') {
    return t('roster.platformErrors.file_too_large', {
      name: String(error.params.name ?? ''),
      size: megabytes(error.params.size, language),
      limit: megabytes(error.params.limit, language),
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return t('roster.platformErrors.other', { message });
}
