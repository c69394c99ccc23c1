/**
 * Layout of the rubric spreadsheet (documented for users in docs/formats.md and in the workbook's notes sheet).
 *
 * Sheet "评分标准 Rubric": a header row, then one row per item. Part and module columns are repeated on every
 * row by export; on import a blank part or module cell means "same as the row above", so merged or
 * left-blank cells work too. A row with a part and module but no item is a module without items; a row with only
 * a part is a part without modules. Details columns (细则1…) depend on the item kind.
 *
 * Sheet "排名与奖项 Ranking" (optional on import): tie-break chain and award rule, one setting per row.
 */

export const RUBRIC_SHEET_NAME = '评分标准 Rubric';
export const RANKING_SHEET_NAME = '排名与奖项 Ranking';
export const NOTES_SHEET_NAME = '说明 Notes';

export const RUBRIC_FIELDS = [
  'part',
  'weight',
  'practical',
  'module',
  'moduleMax',
  'aggregation',
  'minJudgesToTrim',
  'disagreementPercent',
  'safetyVeto',
  'item',
  'kind',
  'max',
  'description',
] as const;
export type RubricField = (typeof RUBRIC_FIELDS)[number];

export interface RubricColumn {
  field: RubricField;
  zh: string;
  en: string;
  /** Import refuses a sheet without this column (`missing_columns`). */
  required: boolean;
  aliases?: readonly string[];
}

export const RUBRIC_COLUMNS: readonly RubricColumn[] = [
  { field: 'part', zh: '部分', en: 'Part', required: true, aliases: ['考核部分'] },
  { field: 'weight', zh: '权重%', en: 'Weight %', required: true, aliases: ['部分权重', 'part weight'] },
  { field: 'practical', zh: '实操部分', en: 'Practical', required: false, aliases: ['是否实操'] },
  { field: 'module', zh: '模块', en: 'Module', required: true, aliases: ['考核模块'] },
  { field: 'moduleMax', zh: '模块满分', en: 'Module max', required: true, aliases: ['模块分值'] },
  { field: 'aggregation', zh: '汇总方式', en: 'Aggregation', required: false },
  { field: 'minJudgesToTrim', zh: '去极值最少裁判数', en: 'Min judges to trim', required: false },
  { field: 'disagreementPercent', zh: '分歧阈值%', en: 'Disagreement %', required: false },
  { field: 'safetyVeto', zh: '安全否决', en: 'Safety veto', required: false, aliases: ['安全一票否决'] },
  { field: 'item', zh: '评分项', en: 'Item', required: true, aliases: ['评分项目', '考核内容'] },
  { field: 'kind', zh: '类型', en: 'Kind', required: true, aliases: ['评分类型'] },
  { field: 'max', zh: '满分', en: 'Max', required: true, aliases: ['分值', '配分'] },
  { field: 'description', zh: '评分说明', en: 'Description', required: false, aliases: ['评分标准'] },
];

/** Header of the n-th details column, from 1. */
export function detailHeader(n: number): string {
  return `细则${n} Detail ${n}`;
}

/** True for a details column header (细则1, Detail 2, …). */
export function isDetailHeader(normalised: string): boolean {
  return /^(细则|detail)/.test(normalised);
}

/** Header text written by export: both languages, so either reader recognises it. */
export function columnHeader(column: RubricColumn): string {
  return `${column.zh} ${column.en}`;
}

/** Band and fault details are written "label：points"; import splits at the last colon (either width). */
export const DETAIL_SEPARATOR = { zh: '：', en: ': ' } as const;
