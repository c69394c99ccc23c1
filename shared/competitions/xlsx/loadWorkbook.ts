/**
 * Opens xlsx bytes with exceljs, turning every way it can fail into a file-level error code.
 * Works the same in Node (tests, CLI) and in the renderer (exceljs's browser build).
 */
import ExcelJS from 'exceljs';
import { sniffFileType, type SniffedFileType } from './sniffFileType';

export type LoadWorkbookResult =
  | { ok: true; workbook: ExcelJS.Workbook }
  | { ok: false; code: 'empty_file' }
  | { ok: false; code: 'wrong_file_type'; params: { detected: SniffedFileType } }
  | { ok: false; code: 'unreadable_file' };

export async function loadWorkbook(bytes: Uint8Array): Promise<LoadWorkbookResult> {
  const detected = sniffFileType(bytes);
  if (detected === 'empty') return { ok: false, code: 'empty_file' };
  if (detected !== 'zip') return { ok: false, code: 'wrong_file_type', params: { detected } };
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
