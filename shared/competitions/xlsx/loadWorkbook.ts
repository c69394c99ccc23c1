/**
 * Opens xlsx bytes with exceljs, turning every way it can fail into a file-level error code.
 * Works the same in Node (tests, CLI) and in the renderer (exceljs's browser build).
 */
import ExcelJS from 'exceljs';
import { checkFileSize, IMPORT_LIMITS, type ImportKind } from '../../safety/importLimits';
import { inspectZip, type ZipErrorCode } from '../../safety/inspectZip';
import { sniffFileType, type SniffedFileType } from './sniffFileType';

/** The spreadsheet import paths, each with its caps in shared/safety/importLimits.ts. */
export type WorkbookKind = Extract<ImportKind, 'rosterXlsx' | 'rubricXlsx'>;

export type LoadWorkbookResult =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; code: 'empty_file' }
  /** params: { size, limit } in bytes */
  | { ok: false; code: 'file_too_large'; params: { size: number; limit: number } }
  /** Refused before inflating: a zip bomb, too many entries, an unsafe path, a truncated archive. */
  | { ok: false; code: 'unsafe_archive'; params: { reason: ZipErrorCode } }
  | { ok: false; code: 'wrong_file_type'; params: { detected: SniffedFileType } }
  | { ok: false; code: 'unreadable_file' };

/**
 * exceljs (through JSZip) inflates every part of the archive into memory, so the archive is inspected first:
 * size cap, entry count and uncompressed sizes from the central directory, each entry's real inflated size
 * (inspectZip). Only an archive within its kind's caps reaches exceljs.
 */
export async function loadWorkbook(bytes: Uint8Array, kind: WorkbookKind = 'rubricXlsx'): Promise<LoadWorkbookResult> {
  const size = checkFileSize(kind, bytes.byteLength);
  if (!size.ok) return { ok: false, code: 'file_too_large', params: size.params };
  const detected = sniffFileType(bytes);
  if (detected === 'empty') return { ok: false, code: 'empty_file' };
  if (detected !== 'zip') return { ok: false, code: 'wrong_file_type', params: { detected } };
  const inspected = inspectZip(bytes, IMPORT_LIMITS[kind].zip);
  if (!inspected.ok) {
    // A truncated or broken archive is simply a damaged file to the user.
    if (inspected.code === 'zip_damaged') return { ok: false, code: 'unreadable_file' };
    return { ok: false, code: 'unsafe_archive', params: { reason: inspected.code } };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // An ArrayBuffer (not a Node Buffer or a view) is what JSZip accepts in both Node and the browser.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    return { ok: false, code: 'unreadable_file' };
  }
  // A docx or a plain zip opens as a workbook with no worksheet.
  if (workbook.worksheets.length === 0) return { ok: false, code: 'wrong_file_type', params: { detected } };
  return { ok: true, workbook };
}

/** Workbook bytes as a plain Uint8Array (exceljs gives a Node Buffer in Node and an ArrayBuffer-like elsewhere). */
export async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
