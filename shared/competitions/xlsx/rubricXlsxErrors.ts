/** What can be wrong with an imported rubric spreadsheet (codes; the UI words them). */
import type { SniffedFileType } from './sniffFileType';

export const RUBRIC_XLSX_ERROR_CODES = [
  /** Not an xlsx workbook (e.g. a PNG, a .docx or a legacy .xls). params: { detected } */
  'wrong_file_type',
  /** Zero bytes, or a workbook without any row. */
  'empty_file',
  /** Looks like xlsx but cannot be opened (damaged or encrypted). */
  'unreadable_file',
  /** Over the rubric file cap (importLimits.ts). params: { size, limit } in MB */
  'file_too_large',
  /** Refused before inflating (zip bomb, too many entries, unsafe path, truncated). params: { reason } */
  'unsafe_archive',
  /** The first row lacks required columns. params: { columns: RubricField[] } */
  'missing_columns',
  /** Only the header row. */
  'no_rows',
  /** A cell holds a formula; it is not evaluated. params: { column } */
  'formula_cell',
  /** A cell holds an error value such as #N/A. params: { column, value } */
  'error_cell',
  /** A required value is blank. params: { column } */
  'missing_value',
  /** An item row whose part cannot be known (no part on it or above it). */
  'missing_part',
  /** An item row whose module cannot be known. */
  'missing_module',
  /** Item fields filled in but no item name. */
  'missing_item',
  /** Not a number, negative, or too many decimals for the column. params: { column, value } */
  'bad_number',
  /** params: { value } */
  'bad_kind',
  /** params: { value } */
  'bad_aggregation',
  /** params: { value } */
  'bad_safety_veto',
  /** params: { column, value } */
  'bad_boolean',
  /** A details cell that does not fit the item kind, e.g. a band without "：points". params: { column, value } */
  'bad_detail',
  /** A part described differently on two rows. params: { column, part } */
  'inconsistent_part',
  /** A module described differently on two rows. params: { column, module } */
  'inconsistent_module',
  /** Ranking sheet: unknown setting or unreadable value. params: { value } */
  'bad_setting',
  /** Ranking sheet: a tie-break names a part or module that is not in the rubric. params: { value } */
  'unknown_tiebreak_target',
  /** The assembled rubric breaks a limit of the record schema (e.g. a name over 200 characters). params: { path } */
  'invalid_rubric',
] as const;
export type RubricXlsxErrorCode = (typeof RUBRIC_XLSX_ERROR_CODES)[number];

export interface RubricXlsxError {
  code: RubricXlsxErrorCode;
  /** Which sheet the row is on; absent for file-level errors. */
  sheet?: 'rubric' | 'ranking';
  /** 1-based row number as shown by the spreadsheet. */
  row?: number;
  params?: Readonly<Record<string, string | number | SniffedFileType | readonly string[]>>;
}
