/**
 * Reading and writing spreadsheet cells safely.
 *
 * Import never evaluates anything: a formula cell is reported as `formula` whatever its cached result, so the
 * caller can refuse the row (a roster or rubric must hold typed values, not computations that another program
 * could have left stale or crafted). Export neutralises text that a spreadsheet could take for a formula.
 */
import type ExcelJS from 'exceljs';

export type CellRead =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** A date cell, as an ISO calendar date (YYYY-MM-DD). */
  | { kind: 'date'; iso: string }
  | { kind: 'formula' }
  /** An error value such as #N/A or #REF!. */
  | { kind: 'error'; error: string };

/** Classifies an exceljs cell value. Rich text and hyperlinks become their plain text. */
export function readCell(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'string') {
    return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: restoreCellText(value) };
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', error: '#NUM!' };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'error', error: '#VALUE!' };
    return { kind: 'date', iso: value.toISOString().slice(0, 10) };
  }
  if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
  if ('error' in value) return { kind: 'error', error: String(value.error) };
  if ('richText' in value) return readCell(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return readCell(text);
    if (text && typeof text === 'object' && 'richText' in text) return readCell(text as ExcelJS.CellRichTextValue);
    return { kind: 'empty' };
  }
  return { kind: 'empty' };
}

/** The text of a value cell (numbers as written by JavaScript, booleans as TRUE/FALSE), or '' when empty. */
export function cellText(read: CellRead): string {
  switch (read.kind) {
    case 'text':
      return read.text;
    case 'number':
      return String(read.value);
    case 'boolean':
      return read.value ? 'TRUE' : 'FALSE';
    case 'date':
      return read.iso;
    default:
      return '';
  }
}

/**
 * Leading characters that make a spreadsheet treat typed or pasted text as a formula (CSV/formula injection):
 * = + - @, tab, carriage return and line feed, and the full-width forms ＝ ＋ － ＠ that some spreadsheet
 * programs convert on entry. Spaces before them do not make the text safe (some programs trim them).
 */
const FORMULA_START = /^[ \u3000]*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** True when a spreadsheet could take this text for a formula (see FORMULA_START). */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Text safe to put in a spreadsheet cell: formula-like text (see FORMULA_START) gets a leading apostrophe
 * ('=SUM(A1) → "'=SUM(A1)"), the mark spreadsheets use for "this is text". It is visible in the cell, which is
 * the point: whoever edits the cell sees it is text. `restoreCellText` removes it again on import. Every export
 * (xlsx, CSV, docx tables) goes through this one function.
 */
export function neutraliseCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseCellText`: one apostrophe before formula-like text is dropped. */
export function restoreCellText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
