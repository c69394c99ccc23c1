/**
 * Plain-language text of draw verification issues (`draw.verify.issues.<code>`) and PIN problems
 * (`draw.pin.issues.<code>`). Entries are named by their running order, never by name or code. Every code has a message in both languages (drawMessages.test.ts).
 */
import type { TFunction } from 'i18next';
import type { DrawVerificationIssue } from '../../../../shared/competitions/draw/verifyDraw';
import type { PinValidation } from '../../../../shared/competitions/pin/validatePin';
import type { Entry } from '../../../../shared/domain';

type EntryRef = Pick<Entry, 'id' | 'drawOrder'>;

function fieldValue(t: TFunction, value: string | number | null | undefined): string {
  return value === null || value === undefined ? t('draw.verify.none') : String(value);
}

export function verificationIssueText(t: TFunction, issue: DrawVerificationIssue, entriesById: ReadonlyMap<string, EntryRef>): string {
  const entry = issue.entryId ? entriesById.get(issue.entryId) : undefined;
  const who = !issue.entryId
    ? ''
    : entry?.drawOrder !== undefined
      ? t('draw.verify.entryByOrder', { order: entry.drawOrder })
      : t('draw.verify.entryUndrawn');
  const params: Record<string, string | number> = { who };
  const raw = issue.params ?? {};
  if (typeof raw.field === 'string') params.field = t(`draw.verify.fields.${raw.field}`);
  if ('expected' in raw) params.expected = fieldValue(t, raw.expected);
  if ('actual' in raw) params.actual = fieldValue(t, raw.actual);
  if (typeof raw.algorithm === 'string') params.algorithm = raw.algorithm;
  return t(`draw.verify.issues.${issue.code}`, params);
}

export function pinIssueText(t: TFunction, validation: Extract<PinValidation, { ok: false }>): string {
  return t(`draw.pin.issues.${validation.code}`, { ...validation.params });
}
