/**
 * Turns roster bytes into rows of cells, whatever the container: xlsx through exceljs, CSV through the text
 * decoder. What the file is comes from its content: a renamed file is judged by its bytes.
 */
import type ExcelJS from 'exceljs';
import { readCell, restoreCellText, type CellRead } from '../xlsx/cellValue';
import { checkFileSize, IMPORT_LIMITS, megabytes } from '../../safety/importLimits';
import { loadWorkbook } from '../xlsx/loadWorkbook';
import { sniffFileType, type SniffedFileType } from '../xlsx/sniffFileType';
import { decodeCsvText, type CsvEncoding } from './decodeCsvText';
import { parseCsv } from './parseCsv';

export interface TableRow {
  /** Row number as the user sees it. */
  row: number;
  /** Cells from column 1; index 0 is column 1. */
  cells: CellRead[];
}

export interface RosterTable {
  format: 'xlsx' | 'csv';
  encoding?: CsvEncoding;
  /** For xlsx, one table per worksheet, in workbook order. */
  sheets: { name?: string; rows: TableRow[] }[];
}

export type ReadTableResult =
  | { ok: true; table: RosterTable }
  | { ok: false; code: 'empty_file' | 'unreadable_file' | 'too_many_rows' }
  | { ok: false; code: 'file_too_large'; params: { size: string; limit: string } }
  | { ok: false; code: 'unsafe_archive'; params: { reason: string } }
  | { ok: false; code: 'wrong_file_type'; detected: DetectedFileType };

/** What a refused file was found to be: the sniffed type, or 'xls' for an old Excel file, 'html' for a web page. */
export type DetectedFileType = SniffedFileType | 'xls' | 'html';

export async function readRosterTable(bytes: Uint8Array, fileName = ''): Promise<ReadTableResult> {
  // The larger of the two caps first, before even the type is looked at; then the cap of the type found.
  const anyRosterCap = Math.max(IMPORT_LIMITS.rosterCsv.maxFileBytes, IMPORT_LIMITS.rosterXlsx.maxFileBytes);
  if (bytes.byteLength > anyRosterCap) return tooLarge(bytes.byteLength, anyRosterCap);
  const sniffed = sniffFileType(bytes);
  // Old Excel files are OLE containers, like .doc; the name tells the user which one to re-save as .xlsx.
  const detected: DetectedFileType = sniffed === 'ole' && /\.(xls|et)$/i.test(fileName) ? 'xls' : sniffed;
  if (detected === 'empty') return { ok: false, code: 'empty_file' };
  if (sniffed === 'zip') {
    const loaded = await loadWorkbook(bytes, 'rosterXlsx');
    if (!loaded.ok) {
      if (loaded.code === 'wrong_file_type') return { ok: false, code: loaded.code, detected };
      if (loaded.code === 'file_too_large') return tooLarge(loaded.params.size, loaded.params.limit);
      if (loaded.code === 'unsafe_archive') return { ok: false, code: loaded.code, params: loaded.params };
      return { ok: false, code: loaded.code };
    }
    const sheets: { name: string; rows: TableRow[] }[] = [];
    for (const sheet of loaded.workbook.worksheets) {
      const rows = sheetRows(sheet);
      if (!rows) return { ok: false, code: 'too_many_rows' };
      sheets.push(rows);
    }
    return { ok: true, table: { format: 'xlsx', sheets } };
  }
  if (sniffed !== 'text') return { ok: false, code: 'wrong_file_type', detected };
  const csvCap = checkFileSize('rosterCsv', bytes.byteLength);
  if (!csvCap.ok) return tooLarge(csvCap.params.size, csvCap.params.limit);
  const decoded = decodeCsvText(bytes);
  if (!decoded.ok) return { ok: false, code: 'unreadable_file' };
  // Some office systems export an HTML table and call it .xls.
  if (/^\s*</.test(decoded.text)) return { ok: false, code: 'wrong_file_type', detected: 'html' };
  const { maxRows, maxFieldChars } = IMPORT_LIMITS.rosterCsv;
  const records = parseCsv(decoded.text, undefined, { maxRecords: maxRows + ROW_ALLOWANCE, maxFieldChars });
  if (!records) return { ok: false, code: 'too_many_rows' };
  const rows = records.map((record) => ({ row: record.row, cells: record.fields.map(csvCell) }));
  return { ok: true, table: { format: 'csv', encoding: decoded.encoding, sheets: [{ rows }] } };
}

function tooLarge(size: number, limit: number): ReadTableResult {
  return { ok: false, code: 'file_too_large', params: { size: megabytes(size), limit: megabytes(limit) } };
}

/** Rows beyond the data cap that a file may still hold: titles above the header, notes, blank lines. */
const ROW_ALLOWANCE = 1_000;

/** The sheet's rows, or undefined when it has more than the roster cap allows (stops reading there). */
function sheetRows(sheet: ExcelJS.Worksheet): { name: string; rows: TableRow[] } | undefined {
  const rows: TableRow[] = [];
  if (sheet.actualRowCount > IMPORT_LIMITS.rosterXlsx.maxRows + ROW_ALLOWANCE) return undefined;
  sheet.eachRow({ includeEmpty: false }, (excelRow, rowNumber) => {
    const values = excelRow.values;
    const cells: CellRead[] = [];
    if (Array.isArray(values)) {
      // exceljs puts column 1 at index 1; merged cells repeat the master's value.
      for (let c = 1; c < values.length; c++) cells.push(readCell(values[c] as ExcelJS.CellValue));
    }
    rows.push({ row: rowNumber, cells });
  });
  return { name: sheet.name, rows };
}

/**
 * A CSV field as a cell. CSV has no formulas, but a field starting with "=" was one in the spreadsheet that
 * made it (or is meant to become one when opened), so it is reported as a formula. The `="00123"` idiom that
 * other systems use to keep leading zeros is plain text.
 */
function csvCell(field: string): CellRead {
  const text = field.trim();
  if (text === '') return { kind: 'empty' };
  const literal = /^="(.*)"$/.exec(text);
  if (literal) return literal[1]!.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: literal[1]! };
  if (text.startsWith('=')) return { kind: 'formula' };
  return { kind: 'text', text: restoreCellText(text) };
}
