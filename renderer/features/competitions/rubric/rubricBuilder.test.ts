/**
 * The builder's own logic: every code the shared rubric checks and the xlsx import can produce has a message in
 * both languages, and the small pure helpers (fresh ids for saved templates, level points, award counts) are right.
 */
import { describe, expect, it } from 'vitest';
import { RUBRIC_ISSUE_CODES } from '../../../../shared/competitions/rubric/validateRubric';
import { RUBRIC_XLSX_ERROR_CODES } from '../../../../shared/competitions/xlsx/importRubricXlsx';
import { RUBRIC_FIELDS } from '../../../../shared/competitions/xlsx/rubricSheetLayout';
import type { SniffedFileType } from '../../../../shared/competitions/xlsx/sniffFileType';
import { AGGREGATIONS, ITEM_KINDS, SAFETY_VETO_EFFECTS } from '../../../../shared/domain';
import type { IpcErrorCode } from '../../../../shared/ipc/contract';
import { ratioCount } from './awardExample';
import enUS from './i18n/en-US.json';
import zhCN from './i18n/zh-CN.json';
import { type Hundredths, levelPointsHundredths } from '../../../../shared/scoring';

const FILE_TYPES = {
  empty: true,
  zip: true,
  ole: true,
  png: true,
  jpeg: true,
  gif: true,
  pdf: true,
  gzip: true,
  rar: true,
  '7z': true,
  text: true,
  binary: true,
} satisfies Record<SniffedFileType, true>;

const PLATFORM_ERRORS = {
  invalid_request: true,
  forbidden_sender: true,
  file_too_large: true,
  file_unreadable: true,
  file_unwritable: true,
  print_failed: true,
} satisfies Record<IpcErrorCode, true>;

function lookup(resource: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), resource);
}

const dynamicKeys = [
  ...RUBRIC_ISSUE_CODES.map((c) => `rubric.issues.${c}`),
  ...RUBRIC_XLSX_ERROR_CODES.map((c) => `rubric.xlsxErrors.${c}`),
  ...RUBRIC_FIELDS.map((f) => `rubric.xlsxColumns.${f}`),
  ...Object.keys(FILE_TYPES).map((f) => `rubric.fileTypes.${f}`),
  ...Object.keys(PLATFORM_ERRORS).map((c) => `rubric.platformErrors.${c}`),
  ...ITEM_KINDS.flatMap((k) => [`rubric.kinds.${k}`, `rubric.kindHelp.${k}`]),
  ...AGGREGATIONS.flatMap((a) => [`rubric.aggregation.${a}`, `rubric.aggregationHelp.${a}`]),
  ...SAFETY_VETO_EFFECTS.flatMap((v) => [`rubric.safetyVeto.${v}`, `rubric.safetyVetoHelp.${v}`]),
  ...['zero_module', 'disqualify'].map((v) => `rubric.sheet.veto.${v}`),
  ...['locked', 'not_found'].map((c) => `rubric.saveErrors.${c}`),
];

describe('rubric builder messages', () => {
  it.each([
    ['zh-CN', zhCN],
    ['en-US', enUS],
  ])('%s has a message for every issue code, import error and enumeration', (_language, resource) => {
    const missing = dynamicKeys.filter((key) => typeof lookup(resource, key) !== 'string');
    expect(missing).toEqual([]);
  });
});

describe('rubric builder helpers', () => {
  it('shows level points as max × level / 3 rounded half-up to hundredths (display only; scoring keeps thirds)', () => {
    expect([0, 1, 2, 3].map((l) => levelPointsHundredths(1000 as Hundredths, l as 0 | 1 | 2 | 3))).toEqual([0, 333, 667, 1000]);
    expect(levelPointsHundredths(50 as Hundredths, 1)).toBe(17); // 0.1666… → 0.17
  });

  it('counts award winners on integers with the chosen rounding', () => {
    expect(ratioCount(37, 10, 'down')).toBe(3);
    expect(ratioCount(37, 10, 'up')).toBe(4);
    expect(ratioCount(35, 10, 'nearest')).toBe(4); // 3.5 rounds half up
    expect(ratioCount(30, 33.33, 'down')).toBe(9); // 9.999 stays 9
  });
});
