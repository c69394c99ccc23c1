/**
 * Reads a rubric spreadsheet written by `exportRubricXlsx` or filled in by hand (layout in rubricSheetLayout.ts).
 *
 * Import only checks that the sheet can be read into a rubric: numbers are numbers, kinds are known, each part
 * and module is described consistently. Whether the rubric adds up (maxima, weights, descriptors…) is
 * `validateRubric`'s job, shown live in the builder after import. Formula cells are refused (`formula_cell`),
 * never evaluated, and their cached results are not used.
 */
import type ExcelJS from 'exceljs';
import {
  rubricSchema,
  type AwardRule,
  type Item,
  type Module,
  type Part,
  type Rubric,
  type TieBreakRule,
} from '../../domain';
import { hasAtMostTwoDecimals } from '../rubric/rubricMax';
import type { IdFactory } from '../templates/types';
import { randomUuid } from '../webApis';
import { cellText, readCell, type CellRead } from './cellValue';
import { parseDecimal, text } from './cellText';
import { readRankingSheet } from './readRankingSheet';
import type { RubricXlsxError, RubricXlsxErrorCode } from './rubricXlsxErrors';
import { megabytes } from '../../safety/importLimits';
import { loadWorkbook } from './loadWorkbook';
import { isDetailHeader, RUBRIC_COLUMNS, type RubricField } from './rubricSheetLayout';
import {
  AGGREGATION_TOKENS,
  BOOLEAN_TOKENS,
  ITEM_KIND_TOKENS,
  normaliseWord,
  parseToken,
  SAFETY_VETO_TOKENS,
  type Token,
} from './tokens';

export { RUBRIC_XLSX_ERROR_CODES, type RubricXlsxError, type RubricXlsxErrorCode } from './rubricXlsxErrors';

export type ImportRubricXlsxResult = { ok: true; rubric: Rubric } | { ok: false; errors: RubricXlsxError[] };

export interface ImportRubricXlsxOptions {
  /** Id factory for the new rubric's parts, modules, items, bands and faults (default: random UUIDs). */
  newId?: IdFactory;
}

/** Most row errors worth listing; past this the file is clearly not a rubric. */
const MAX_ERRORS = 200;

export async function importRubricXlsx(
  bytes: Uint8Array,
  options: ImportRubricXlsxOptions = {},
): Promise<ImportRubricXlsxResult> {
  const newId = options.newId ?? randomUuid;
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) {
    const error: RubricXlsxError =
      loaded.code === 'wrong_file_type' || loaded.code === 'unsafe_archive'
        ? { code: loaded.code, params: loaded.params }
        : loaded.code === 'file_too_large'
          ? { code: loaded.code, params: { size: megabytes(loaded.params.size), limit: megabytes(loaded.params.limit) } }
          : { code: loaded.code };
    return { ok: false, errors: [error] };
  }
  const sheets = loaded.workbook.worksheets;
  const rubricSheet = sheets.find((s) => /评分标准|rubric/i.test(s.name)) ?? sheets[0]!;
  const rankingSheet = sheets.find((s) => /排名|ranking/i.test(s.name));

  const reader = new RubricSheetReader(newId);
  const fileError = reader.read(rubricSheet);
  if (fileError) return { ok: false, errors: [fileError] };
  let tieBreak: TieBreakRule[] = [];
  let awardRule: AwardRule | undefined;
  if (rankingSheet && reader.errors.length === 0) {
    ({ tieBreak, awardRule } = readRankingSheet(rankingSheet, reader.parts, reader.errors));
  }
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors.slice(0, MAX_ERRORS) };

  const parsed = rubricSchema.safeParse({ parts: reader.parts, tieBreak, ...(awardRule ? { awardRule } : {}) });
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, errors: [{ code: 'invalid_rubric', params: { path } }] };
  }
  return { ok: true, rubric: parsed.data };
}

// ---- the rubric sheet ------------------------------------------------------------------------------------------

type Fields = Partial<Record<RubricField, CellRead>>;

class RubricSheetReader {
  readonly parts: Part[] = [];
  readonly errors: RubricXlsxError[] = [];
  private row = 0;
  private rowHasError = false;
  private currentPart: Part | undefined;
  private currentModule: Module | undefined;

  constructor(private readonly newId: IdFactory) {}

  /** Reads every row; returns a file-level error, or undefined with row errors collected in `errors`. */
  read(sheet: ExcelJS.Worksheet): RubricXlsxError | undefined {
    if (sheet.actualRowCount === 0) return { code: 'empty_file' };
    const header = sheet.getRow(1);
    const columns = new Map<RubricField, number>();
    const detailColumns: number[] = [];
    header.eachCell({ includeEmpty: false }, (cell, col) => {
      const text = normaliseWord(cellText(readCell(cell.value)));
      if (text === '') return;
      if (isDetailHeader(text)) {
        detailColumns.push(col);
        return;
      }
      const column = RUBRIC_COLUMNS.find((c) =>
        [c.zh, c.en, c.zh + c.en, c.field, ...(c.aliases ?? [])].some((w) => normaliseWord(w) === text),
      );
      if (column && !columns.has(column.field)) columns.set(column.field, col);
    });
    const missing = RUBRIC_COLUMNS.filter((c) => c.required && !columns.has(c.field)).map((c) => c.field);
    if (missing.length > 0) return { code: 'missing_columns', params: { columns: missing } };

    let dataRows = 0;
    for (let r = 2; r <= sheet.rowCount && this.errors.length < MAX_ERRORS; r++) {
      const excelRow = sheet.getRow(r);
      const fields: Fields = {};
      for (const [field, col] of columns) fields[field] = readCell(excelRow.getCell(col).value);
      const details = detailColumns.map((col) => readCell(excelRow.getCell(col).value));
      if (Object.values(fields).every((c) => c.kind === 'empty') && details.every((c) => c.kind === 'empty')) continue;
      dataRows++;
      this.row = r;
      this.rowHasError = false;
      this.readRow(fields, details);
    }
    if (dataRows === 0) return { code: 'no_rows' };
    return undefined;
  }

  private error(code: RubricXlsxErrorCode, params?: RubricXlsxError['params']) {
    this.rowHasError = true;
    this.errors.push({ code, sheet: 'rubric', row: this.row, ...(params ? { params } : {}) });
  }

  private readRow(fields: Fields, details: CellRead[]) {
    for (const [field, cell] of Object.entries(fields) as [RubricField, CellRead][]) this.checkCell(field, cell);
    details.forEach((cell, i) => this.checkCell(`detail${i + 1}`, cell));
    if (this.rowHasError) return;

    const part = this.readPart(fields);
    if (!part) return;
    const module = this.readModule(part, fields);
    const hasItemFields =
      (['kind', 'max', 'description'] as const).some((f) => text(fields[f]) !== '') || details.some((d) => text(d) !== '');
    const itemName = text(fields.item);
    if (itemName === '') {
      if (hasItemFields) this.error('missing_item');
      return;
    }
    if (!module) {
      if (!this.rowHasError) this.error('missing_module');
      return;
    }
    const item = this.readItem(itemName, fields, details);
    if (item) module.items.push(item);
  }

  private checkCell(column: string, cell: CellRead) {
    if (cell.kind === 'formula') this.error('formula_cell', { column });
    if (cell.kind === 'error') this.error('error_cell', { column, value: cell.error });
  }

  private readPart(fields: Fields): Part | undefined {
    const name = text(fields.part);
    let part = name === '' ? this.currentPart : this.parts.find((p) => p.name === name);
    if (!part && name === '') {
      this.error('missing_part');
      return undefined;
    }
    const weight = this.number(fields.weight, 'weight', { integer: true, max: 100 });
    const practical = this.boolean(fields.practical, 'practical');
    if (!part) {
      if (weight === undefined) {
        if (!this.rowHasError) this.error('missing_value', { column: 'weight' });
        return undefined;
      }
      part = { id: this.newId(), name, weightPercent: weight, practical: practical ?? false, modules: [] };
      this.parts.push(part);
    } else {
      const partName = part.name;
      if (weight !== undefined && weight !== part.weightPercent) {
        this.error('inconsistent_part', { column: 'weight', part: partName });
      }
      if (practical !== undefined && practical !== part.practical) {
        this.error('inconsistent_part', { column: 'practical', part: partName });
      }
    }
    if (part !== this.currentPart) this.currentModule = undefined;
    this.currentPart = part;
    return part;
  }

  private readModule(part: Part, fields: Fields): Module | undefined {
    const name = text(fields.module);
    let module = name === '' ? this.currentModule : part.modules.find((m) => m.name === name);
    const max = this.number(fields.moduleMax, 'moduleMax', { points: true });
    const aggregation = this.token(fields.aggregation, AGGREGATION_TOKENS, 'bad_aggregation');
    const minJudgesToTrim = this.number(fields.minJudgesToTrim, 'minJudgesToTrim', { integer: true, min: 3 });
    const disagreement = this.number(fields.disagreementPercent, 'disagreementPercent', { max: 100 });
    const safetyVeto = this.token(fields.safetyVeto, SAFETY_VETO_TOKENS, 'bad_safety_veto');
    if (!module) {
      if (name === '') return undefined;
      if (max === undefined) {
        if (!this.rowHasError) this.error('missing_value', { column: 'moduleMax' });
        return undefined;
      }
      module = {
        id: this.newId(),
        name,
        max,
        judging: 'live',
        aggregation: aggregation ?? 'mean',
        minJudgesToTrim: minJudgesToTrim ?? 5,
        safetyVeto: safetyVeto ?? 'none',
        disagreementShare: disagreement === undefined ? 0.3 : toShare(disagreement),
        items: [],
      };
      part.modules.push(module);
    } else {
      const differs = (column: RubricField, value: unknown, current: unknown) => {
        if (value !== undefined && value !== current) this.error('inconsistent_module', { column, module: module!.name });
      };
      differs('moduleMax', max, module.max);
      differs('aggregation', aggregation, module.aggregation);
      differs('minJudgesToTrim', minJudgesToTrim, module.minJudgesToTrim);
      differs('disagreementPercent', disagreement === undefined ? undefined : toShare(disagreement), module.disagreementShare);
      differs('safetyVeto', safetyVeto, module.safetyVeto);
    }
    this.currentModule = module;
    return module;
  }

  private readItem(name: string, fields: Fields, details: CellRead[]): Item | undefined {
    const kindText = text(fields.kind);
    if (kindText === '') return void this.error('missing_value', { column: 'kind' });
    const kind = parseToken(ITEM_KIND_TOKENS, kindText);
    if (!kind) return void this.error('bad_kind', { value: kindText });
    if (!fields.max || fields.max.kind === 'empty') return void this.error('missing_value', { column: 'max' });
    const max = this.number(fields.max, 'max', { points: true });
    if (max === undefined) return undefined;
    const description = text(fields.description);
    const base = { id: this.newId(), name, max, ...(description ? { description } : {}) };
    const detailTexts = details.map((d) => cellText(d).trim());
    const filled = detailTexts
      .map((t, i) => ({ text: t, column: `detail${i + 1}` }))
      .filter((d) => d.text !== '');

    switch (kind) {
      case 'judgement_levels': {
        const d = (i: number) => detailTexts[i] ?? '';
        return { ...base, kind: 'judgement', scale: 'levels', descriptors: [d(0), d(1), d(2), d(3)] };
      }
      case 'judgement_points':
        return { ...base, kind: 'judgement', scale: 'points' };
      case 'measurement_met':
        return { ...base, kind: 'measurement', mode: 'met', bands: [] };
      case 'measurement_bands': {
        const bands = this.labelledPoints(filled);
        return bands && { ...base, kind: 'measurement', mode: 'bands', bands };
      }
      case 'deduction': {
        const faults = this.labelledPoints(filled);
        return faults && { ...base, kind: 'deduction', faults };
      }
      case 'time_scored':
      case 'time_tiebreak': {
        const limitCell = details[0];
        if (!limitCell || limitCell.kind === 'empty') return void this.error('missing_value', { column: 'detail1' });
        const limit = this.number(limitCell, 'detail1', { integer: true, min: 1 });
        const penaltyCell = kind === 'time_scored' ? details[1] : undefined;
        const penalty =
          penaltyCell && penaltyCell.kind !== 'empty' ? this.number(penaltyCell, 'detail2', { points: true }) : 0;
        if (limit === undefined || penalty === undefined) return undefined;
        return {
          ...base,
          kind: 'time',
          mode: kind === 'time_scored' ? 'scored' : 'tiebreak',
          limitSeconds: limit,
          overtimePenaltyPerMinute: penalty,
        };
      }
      case 'imported':
        return { ...base, kind: 'imported', ...(detailTexts[0] ? { source: detailTexts[0] } : {}) };
    }
  }

  /** Bands or faults from "label：points" cells. */
  private labelledPoints(cells: { text: string; column: string }[]) {
    const list: { id: string; label: string; points: number }[] = [];
    for (const { text: value, column } of cells) {
      const match = /^(.*\S)\s*[:：]\s*([^:：]*)$/.exec(value);
      const points = match ? parseDecimal(match[2]!) : undefined;
      if (!match || points === undefined || !hasAtMostTwoDecimals(points)) {
        this.error('bad_detail', { column, value });
        continue;
      }
      list.push({ id: this.newId(), label: match[1]!.trim(), points });
    }
    return this.rowHasError ? undefined : list;
  }

  private number(
    cell: CellRead | undefined,
    column: string,
    rule: { integer?: boolean; points?: boolean; min?: number; max?: number },
  ): number | undefined {
    if (!cell || cell.kind === 'empty') return undefined;
    const value = cell.kind === 'number' ? cell.value : cell.kind === 'text' ? parseDecimal(cell.text) : undefined;
    const ok =
      value !== undefined &&
      value >= (rule.min ?? 0) &&
      value <= (rule.max ?? 100000) &&
      (rule.integer ? Number.isInteger(value) : hasAtMostTwoDecimals(value));
    if (!ok) {
      this.error('bad_number', { column, value: cellText(cell) });
      return undefined;
    }
    // Spreadsheets store 0.3 as 0.30000000000000004 at times; two decimals are what the rubric keeps.
    return rule.integer ? value : Math.round(value * 100) / 100;
  }

  private boolean(cell: CellRead | undefined, column: string): boolean | undefined {
    if (!cell || cell.kind === 'empty') return undefined;
    if (cell.kind === 'boolean') return cell.value;
    const key = parseToken(BOOLEAN_TOKENS, cellText(cell));
    if (!key) return void this.error('bad_boolean', { column, value: cellText(cell) });
    return key === 'yes';
  }

  private token<K extends string>(
    cell: CellRead | undefined,
    tokens: readonly Token<K>[],
    code: RubricXlsxErrorCode,
  ): K | undefined {
    const value = text(cell);
    if (value === '') return undefined;
    const key = parseToken(tokens, value);
    if (!key) this.error(code, { value });
    return key;
  }
}

/** 30 (percent) → 0.3, kept to four decimals so that 33.33 % stays exactly 0.3333. */
function toShare(percent: number): number {
  return Math.round(percent * 100) / 10000;
}
