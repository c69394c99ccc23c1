import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  ROSTER_FILE_ERROR_CODES,
  ROSTER_ROW_ISSUE_CODES,
  type IssueParamValue,
  type RosterFileErrorCode,
  type RosterRowIssueCode,
} from '../../../../shared/competitions/roster/types';
import type { DetectedFileType } from '../../../../shared/competitions/roster/readRosterTable';
import appEn from '../../../app/i18n/en-US.json';
import appZh from '../../../app/i18n/zh-CN.json';
import { PlatformError } from '../../../platform/types';
import en from './i18n/en-US.json';
import zh from './i18n/zh-CN.json';
import { MANUAL_ENTRY_ISSUE_CODES, type ManualEntryIssueCode } from './manualEntry';
import { fileErrorText, manualIssueText, openFileErrorText, rowIssueText } from './rosterMessages';

type Params = Readonly<Record<string, IssueParamValue>>;

const ROW_PARAMS: Record<RosterRowIssueCode, Params | undefined> = {
  formula_cell: { column: 'department' },
  error_cell: { column: 'employeeNo', value: '#N/A' },
  missing_name: undefined,
  missing_employee_no: undefined,
  name_too_long: { max: 50 },
  employee_no_too_long: { max: 30 },
  duplicate_employee_no_in_file: { employeeNo: 'YY1', rows: [4, 9] },
  name_mismatch: { employeeNo: 'YY1', existingName: 'Li' },
  already_entered: { entryId: 'e-1', status: 'checked_in' },
  unknown_department: { value: 'X' },
  ambiguous_department: { value: 'X' },
  missing_department: undefined,
  missing_team: undefined,
  team_already_entered: { team: 'T', entryId: 'e-1' },
  department_differs: { personDepartmentId: 'd-1', departmentId: 'd-2' },
  unknown_skill_grade: { value: 'X' },
  unknown_gender: { value: 'X' },
  unknown_coach: { value: 'X' },
};

const FILE_PARAMS: Record<RosterFileErrorCode, Params | undefined> = {
  wrong_file_type: { detected: 'png' },
  empty_file: undefined,
  unreadable_file: undefined,
  no_header: undefined,
  missing_columns: { columns: ['name', 'employeeNo'] },
  no_rows: undefined,
  too_many_rows: { max: 20000 },
  file_too_large: { size: '25.0', limit: '20.0' },
  unsafe_archive: { reason: 'zip_too_large' },
};

const DETECTED: readonly DetectedFileType[] = ['empty', 'zip', 'ole', 'png', 'jpeg', 'gif', 'pdf', 'gzip', 'rar', '7z', 'text', 'binary', 'xls', 'html'];

const MANUAL_PARAMS: Record<ManualEntryIssueCode, Record<string, string | number> | undefined> = {
  missing_person: undefined,
  missing_name: undefined,
  name_too_long: { max: 50 },
  missing_employee_no: undefined,
  employee_no_too_long: { max: 30 },
  employee_no_taken: { employeeNo: 'YY1', existingName: 'Li' },
  missing_department: undefined,
  trade_too_long: { max: 50 },
  already_entered: { status: 'registered' },
  missing_team: undefined,
  team_too_long: { max: 100 },
};

async function translator(language: 'zh-CN' | 'en-US'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  const translation = language === 'zh-CN' ? { ...appZh, ...zh } : { ...appEn, ...en };
  await i18n.init({ lng: language, resources: { [language]: { translation } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

/** A message is there and every placeholder was filled. */
function expectComplete(text: string) {
  expect(text).not.toMatch(/^roster\./);
  expect(text).not.toContain('{{');
  expect(text.trim()).not.toBe('');
}

describe.each(['zh-CN', 'en-US'] as const)('roster messages in %s', (language) => {
  it('explain every row issue with its values', async () => {
    const t = await translator(language);
    for (const code of ROSTER_ROW_ISSUE_CODES) {
      const params = ROW_PARAMS[code];
      const text = rowIssueText(t, { code, severity: 'error', ...(params ? { params } : {}) }, language, (id) => `Dept ${id}`);
      expectComplete(text);
      if (params && 'value' in params) expect(text).toContain(String(params.value));
    }
    const duplicate = rowIssueText(t, { code: 'duplicate_employee_no_in_file', severity: 'error', params: ROW_PARAMS.duplicate_employee_no_in_file! }, language, String);
    expect(duplicate).toMatch(/4.*9/);
  });

  it('explain every file-level error, naming what the wrong file is', async () => {
    const t = await translator(language);
    for (const code of ROSTER_FILE_ERROR_CODES) {
      const params = FILE_PARAMS[code];
      expectComplete(fileErrorText(t, { code, ...(params ? { params } : {}) }, language));
    }
    const texts = DETECTED.map((detected) => fileErrorText(t, { code: 'wrong_file_type', params: { detected } }, language));
    for (const text of texts) expectComplete(text);
    expect(new Set(texts).size).toBe(DETECTED.length);
    expect(fileErrorText(t, { code: 'missing_columns', params: { columns: ['employeeNo'] } }, language)).toContain(language === 'zh-CN' ? '工号' : 'Employee no.');
  });

  it('explain every hand-entry issue and a file too large to open', async () => {
    const t = await translator(language);
    for (const code of MANUAL_ENTRY_ISSUE_CODES) {
      const params = MANUAL_PARAMS[code];
      expectComplete(manualIssueText(t, { code, field: 'name', ...(params ? { params } : {}) }));
    }
    const tooLarge = new PlatformError({ code: 'file_too_large', params: { name: 'big.xlsx', size: 30 * 1024 * 1024, limit: 20 * 1024 * 1024 } });
    const text = openFileErrorText(t, tooLarge, language);
    expectComplete(text);
    expect(text).toContain('big.xlsx');
    expect(text).toContain('30 MB');
  });
});
