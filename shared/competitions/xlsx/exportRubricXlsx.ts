/**
 * Writes a rubric as an xlsx workbook that organisers can edit in Excel or WPS and import again
 * (layout in rubricSheetLayout.ts and docs/formats.md). Every text cell is neutralised against formula injection.
 */
import ExcelJS from 'exceljs';
import type { Item, Rubric } from '../../domain';
import { neutraliseCellText } from './cellValue';
import { writeWorkbook } from './loadWorkbook';
import {
  columnHeader,
  DETAIL_SEPARATOR,
  detailHeader,
  NOTES_SHEET_NAME,
  RANKING_SHEET_NAME,
  RUBRIC_COLUMNS,
  RUBRIC_SHEET_NAME,
  type RubricField,
} from './rubricSheetLayout';
import {
  AGGREGATION_TOKENS,
  AWARD_MODE_TOKENS,
  BOOLEAN_TOKENS,
  ITEM_KIND_TOKENS,
  ROUNDING_TOKENS,
  SAFETY_VETO_TOKENS,
  SETTING_TOKENS,
  TIE_BREAK_TOKENS,
  tokenWord,
  type ItemKindToken,
  type SheetLanguage,
} from './tokens';
import { displayWidth } from '../../util/displayWidth';

export interface RubricXlsxMeta {
  /** Workbook title, e.g. the competition name; stored in the document properties. */
  title?: string;
  /** Language of the enumeration words (kinds, aggregation, …); headers are always bilingual. Default 'zh'. */
  language?: SheetLanguage;
  /** Creation time written into the document properties; default now. */
  createdAt?: Date;
}

type Cell = string | number | null;

export async function exportRubricXlsx(rubric: Rubric, meta: RubricXlsxMeta = {}): Promise<Uint8Array> {
  const language = meta.language ?? 'zh';
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiangxin';
  workbook.created = meta.createdAt ?? new Date();
  if (meta.title) workbook.title = meta.title;

  writeRubricSheet(workbook, rubric, language);
  writeRankingSheet(workbook, rubric, language);
  writeNotesSheet(workbook, language);
  return writeWorkbook(workbook);
}

function itemKindToken(item: Item): ItemKindToken {
  switch (item.kind) {
    case 'judgement':
      return item.scale === 'levels' ? 'judgement_levels' : 'judgement_points';
    case 'measurement':
      return item.mode === 'bands' ? 'measurement_bands' : 'measurement_met';
    case 'time':
      return item.mode === 'scored' ? 'time_scored' : 'time_tiebreak';
    default:
      return item.kind;
  }
}

function itemDetails(item: Item, language: SheetLanguage): Cell[] {
  const labelled = (list: readonly { label: string; points: number }[]) =>
    list.map((x) => `${x.label}${DETAIL_SEPARATOR[language]}${x.points}`);
  switch (item.kind) {
    case 'judgement':
      return item.scale === 'levels' ? [...item.descriptors] : [];
    case 'measurement':
      return item.mode === 'bands' ? labelled(item.bands) : [];
    case 'deduction':
      return labelled(item.faults);
    case 'time':
      return item.mode === 'scored' ? [item.limitSeconds, item.overtimePenaltyPerMinute] : [item.limitSeconds];
    case 'imported':
      return item.source ? [item.source] : [];
  }
}

function writeRubricSheet(workbook: ExcelJS.Workbook, rubric: Rubric, language: SheetLanguage) {
  const sheet = workbook.addWorksheet(RUBRIC_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  const rows: Cell[][] = [];
  const bool = (b: boolean) => tokenWord(BOOLEAN_TOKENS, b ? 'yes' : 'no', language);

  for (const part of rubric.parts) {
    const partCells: Partial<Record<RubricField, Cell>> = {
      part: part.name,
      weight: part.weightPercent,
      practical: bool(part.practical),
    };
    if (part.modules.length === 0) rows.push(toRow(partCells, []));
    for (const module of part.modules) {
      const moduleCells: Partial<Record<RubricField, Cell>> = {
        ...partCells,
        module: module.name,
        moduleMax: module.max,
        aggregation: tokenWord(AGGREGATION_TOKENS, module.aggregation, language),
        minJudgesToTrim: module.minJudgesToTrim,
        disagreementPercent: Math.round(module.disagreementShare * 10000) / 100,
        safetyVeto: tokenWord(SAFETY_VETO_TOKENS, module.safetyVeto, language),
      };
      if (module.items.length === 0) rows.push(toRow(moduleCells, []));
      for (const item of module.items) {
        const itemCells: Partial<Record<RubricField, Cell>> = {
          ...moduleCells,
          item: item.name,
          kind: tokenWord(ITEM_KIND_TOKENS, itemKindToken(item), language),
          max: item.max,
          description: item.description ?? null,
        };
        rows.push(toRow(itemCells, itemDetails(item, language)));
      }
    }
  }

  const detailCount = Math.max(4, ...rows.map((r) => r.length - RUBRIC_COLUMNS.length));
  const header = [...RUBRIC_COLUMNS.map(columnHeader)];
  for (let n = 1; n <= detailCount; n++) header.push(detailHeader(n));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(safe));
  // Wide enough for the header and the longest value (CJK characters count double), within reason.
  const widths = header.map((text, i) => Math.max(displayWidth(text), ...rows.map((row) => displayWidth(row[i]))));
  sheet.columns.forEach((column, index) => {
    column.width = Math.min(60, Math.max(8, (widths[index] ?? 8) + 2));
  });
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9 };
}

function toRow(cells: Partial<Record<RubricField, Cell>>, details: Cell[]): Cell[] {
  return [...RUBRIC_COLUMNS.map((c) => cells[c.field] ?? null), ...details];
}

function safe(cell: Cell): Cell {
  return typeof cell === 'string' ? neutraliseCellText(cell) : cell;
}

function writeRankingSheet(workbook: ExcelJS.Workbook, rubric: Rubric, language: SheetLanguage) {
  const sheet = workbook.addWorksheet(RANKING_SHEET_NAME);
  const setting = (key: (typeof SETTING_TOKENS)[number]['key']) => tokenWord(SETTING_TOKENS, key, language);
  const rows: Cell[][] = [];
  const partById = new Map(rubric.parts.map((p) => [p.id, p]));
  const moduleById = new Map(rubric.parts.flatMap((p) => p.modules.map((m) => [m.id, { part: p, module: m }] as const)));

  for (const rule of rubric.tieBreak) {
    const kind = tokenWord(TIE_BREAK_TOKENS, rule.kind, language);
    if (rule.kind === 'part_score') rows.push([setting('tie_break'), kind, partById.get(rule.partId)?.name ?? rule.partId]);
    if (rule.kind === 'module_score') {
      const found = moduleById.get(rule.moduleId);
      rows.push([setting('tie_break'), kind, found?.part.name ?? '', found?.module.name ?? rule.moduleId]);
    }
    if (rule.kind === 'total_time') rows.push([setting('tie_break'), kind]);
  }
  const award = rubric.awardRule;
  rows.push([setting('award_mode'), tokenWord(AWARD_MODE_TOKENS, award.mode, language)]);
  const values = award.mode === 'ratio' ? award.percents : award.mode === 'count' ? award.counts : award.thresholds;
  rows.push([setting('award_values'), ...values]);
  if (award.mode === 'ratio') rows.push([setting('award_rounding'), tokenWord(ROUNDING_TOKENS, award.rounding, language)]);
  if (award.minTotal !== undefined) rows.push([setting('award_min_total'), award.minTotal]);

  sheet.addRow(['设置 Setting', '值1 Value 1', '值2 Value 2', '值3 Value 3']).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(safe));
  sheet.columns.forEach((column) => (column.width = 20));
}

const NOTES: Record<SheetLanguage, readonly string[]> = {
  zh: [
    '“评分标准”表每行一个评分项；部分、模块列留空表示与上一行相同。',
    '类型：评判-等级（细则1–4 为 0–3 级描述）、评判-分值、测量-达标、测量-分档（每个细则“档位说明：分值”）、' +
      '扣分（每个细则“扣分项：分值”）、计时-计分（细则1 时限秒数，细则2 每超时 1 分钟扣分）、' +
      '计时-决胜（细则1 时限秒数，满分填 0）、导入（细则1 来源）。',
    '汇总方式：平均、中位数、去极值平均。安全否决：无、模块清零、取消资格。',
    '各模块评分项满分之和须等于模块满分；各部分权重之和须为 100。',
    '以 = + - @ 开头的文字前加了单引号，防止被当作公式；导入时自动去掉。含公式的单元格不能导入。',
    '“排名与奖项”表：决胜规则（部分得分 + 部分名称 / 模块得分 + 部分名称 + 模块名称 / 总用时），' +
      '奖项方式（比例、名额、分数线），奖项数值（一、二、三等奖），名额取整，获奖最低总分。',
  ],
  en: [
    'Sheet "Rubric": one row per item; a blank part or module cell means the same as the row above.',
    'Kinds: judgement_levels (details 1–4 describe levels 0–3), judgement_points, measurement_met, ' +
      'measurement_bands (each detail "band: points"), deduction (each detail "fault: points"), ' +
      'time_scored (detail 1 limit in seconds, detail 2 points lost per started minute over), ' +
      'time_tiebreak (detail 1 limit in seconds, max 0), imported (detail 1 source).',
    'Aggregation: mean, median, trimmed. Safety veto: none, zero_module, disqualify.',
    'Item maxima must add up to the module max; part weights must add up to 100.',
    'Text starting with = + - @ is written with a leading apostrophe so it is never taken for a formula; ' +
      'import removes it. Cells holding formulas are refused on import.',
    'Sheet "Ranking": tie_break (part_score + part / module_score + part + module / total_time), ' +
      'award_mode (ratio, count, threshold), award_values (first, second, third), award_rounding, award_min_total.',
  ],
};

function writeNotesSheet(workbook: ExcelJS.Workbook, language: SheetLanguage) {
  const sheet = workbook.addWorksheet(NOTES_SHEET_NAME);
  for (const line of NOTES[language]) sheet.addRow([neutraliseCellText(line)]);
  sheet.getColumn(1).width = 120;
}
