/**
 * One worksheet of an exported workbook, as the studio ledger lays them out: bold frozen header, set widths,
 * text through neutraliseCellText, money columns in yuan with two decimals, printed one page wide.
 */
import type ExcelJS from 'exceljs';
import { neutraliseCellText } from '../competitions/xlsx/cellValue';

export type SheetCell = string | number;

/** The number format of money columns (yuan). */
export const MONEY_FORMAT = '#,##0.00';

export interface SheetSpec {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SheetCell[])[];
  readonly widths: readonly number[];
  /** 1-based columns holding yuan. */
  readonly moneyColumns?: readonly number[];
  readonly landscape?: boolean;
}

export function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  // Sheet names: at most 31 characters, none of []:*?/\ (Excel refuses the file otherwise).
  const ws = workbook.addWorksheet(spec.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
  ws.columns = spec.headers.map((header, i) => ({ header: neutraliseCellText(header), width: spec.widths[i] ?? 14 }));
  for (const row of spec.rows) ws.addRow(row.map((c) => (typeof c === 'string' ? neutraliseCellText(c) : c)));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const column of spec.moneyColumns ?? []) ws.getColumn(column).numFmt = MONEY_FORMAT;
  // A4 (paper size 9), one page wide, the header row repeated on every printed page.
  ws.pageSetup = { orientation: spec.landscape === false ? 'portrait' : 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  return ws;
}

/** Fen as a yuan number for a money cell. */
export const yuanCell = (fen: number): number => fen / 100;
