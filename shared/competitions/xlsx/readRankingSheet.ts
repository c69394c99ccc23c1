/** The ranking sheet of a rubric spreadsheet: the tie-break chain and the award rule. */
import type ExcelJS from 'exceljs';
import type { AwardRule, Part, TieBreakRule } from '../../domain';
import { cellText, readCell } from './cellValue';
import { parseDecimal } from './cellText';
import type { RubricXlsxError, RubricXlsxErrorCode } from './rubricXlsxErrors';
import { AWARD_MODE_TOKENS, parseToken, ROUNDING_TOKENS, SETTING_TOKENS, TIE_BREAK_TOKENS } from './tokens';

export function readRankingSheet(
  sheet: ExcelJS.Worksheet,
  parts: readonly Part[],
  errors: RubricXlsxError[],
): { tieBreak: TieBreakRule[]; awardRule: AwardRule | undefined } {
  const tieBreak: TieBreakRule[] = [];
  let mode: AwardRule['mode'] | undefined;
  let values: number[] | undefined;
  let rounding: 'down' | 'nearest' | 'up' = 'down';
  let minTotal: number | undefined;
  let modeRow = 0;

  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = [1, 2, 3, 4].map((c) => readCell(row.getCell(c).value));
    if (cells.every((c) => c.kind === 'empty')) continue;
    const error = (code: RubricXlsxErrorCode, params: RubricXlsxError['params']) =>
      errors.push({ code, sheet: 'ranking', row: r, ...(params ? { params } : {}) });
    const bad = cells.find((c) => c.kind === 'formula' || c.kind === 'error');
    if (bad) {
      error(bad.kind === 'formula' ? 'formula_cell' : 'error_cell', {});
      continue;
    }
    const [a, b, c, d] = cells.map((cell) => cellText(cell).trim()) as [string, string, string, string];
    const setting = parseToken(SETTING_TOKENS, a);
    switch (setting) {
      case 'tie_break': {
        const kind = parseToken(TIE_BREAK_TOKENS, b);
        if (kind === 'total_time') tieBreak.push({ kind });
        else if (kind === 'part_score') {
          const part = parts.find((p) => p.name === c);
          if (part) tieBreak.push({ kind, partId: part.id });
          else error('unknown_tiebreak_target', { value: c });
        } else if (kind === 'module_score') {
          const module = parts.find((p) => p.name === c)?.modules.find((m) => m.name === d);
          if (module) tieBreak.push({ kind, moduleId: module.id });
          else error('unknown_tiebreak_target', { value: `${c} / ${d}` });
        } else error('bad_setting', { value: b });
        break;
      }
      case 'award_mode':
        mode = parseToken(AWARD_MODE_TOKENS, b);
        modeRow = r;
        if (!mode) error('bad_setting', { value: b });
        break;
      case 'award_values': {
        const parsed = [b, c, d].map(parseDecimal);
        if (parsed.every((v): v is number => v !== undefined)) values = parsed;
        else error('bad_setting', { value: [b, c, d].join(' ') });
        break;
      }
      case 'award_rounding': {
        const key = parseToken(ROUNDING_TOKENS, b);
        if (key) rounding = key;
        else error('bad_setting', { value: b });
        break;
      }
      case 'award_min_total':
        if (b === '') break;
        minTotal = parseDecimal(b);
        if (minTotal === undefined) error('bad_setting', { value: b });
        break;
      default:
        error('bad_setting', { value: a });
    }
  }

  if (!mode) return { tieBreak, awardRule: undefined };
  if (!values) {
    errors.push({ code: 'bad_setting', sheet: 'ranking', row: modeRow, params: { value: 'award_values' } });
    return { tieBreak, awardRule: undefined };
  }
  const [v1, v2, v3] = values as [number, number, number];
  const min = minTotal === undefined ? {} : { minTotal };
  const awardRule: AwardRule =
    mode === 'ratio'
      ? { mode, percents: [v1, v2, v3], rounding, ...min }
      : mode === 'count'
        ? { mode, counts: [v1, v2, v3], ...min }
        : { mode, thresholds: [v1, v2, v3], ...min };
  return { tieBreak, awardRule };
}
