/**
 * Real files for tests: spreadsheets made with exceljs, a stored (uncompressed) ZIP writer for "a Word document
 * renamed .xlsx", a PNG header, and a GB18030 encoder built from the runtime's own decoder.
 */
import ExcelJS from 'exceljs';
import { writeWorkbook } from '../xlsx/loadWorkbook';
import { decodeText, utf8Encode } from '../webApis';

/** An xlsx workbook with one sheet holding `rows` (exceljs cell values: strings, numbers, formulas…). */
export async function xlsxFromRows(rows: ExcelJS.CellValue[][], sheetName = 'Sheet1'): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return writeWorkbook(workbook);
}

/** The first bytes of a PNG image followed by junk: what a mis-picked screenshot looks like. */
export function pngBytes(): Uint8Array {
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);
}

/** A minimal .docx (a ZIP with word/document.xml), to be "renamed" .xlsx by a test. */
export function docxBytes(): Uint8Array {
  return storedZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': '<?xml version="1.0" encoding="UTF-8"?><w:document/>',
  });
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const b of bytes) crc = CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP archive with the files stored uncompressed. */
export function storedZip(files: Record<string, string>): Uint8Array {
  const chunks: number[] = [];
  const central: number[] = [];
  const u16 = (out: number[], v: number) => out.push(v & 0xff, (v >>> 8) & 0xff);
  const u32 = (out: number[], v: number) => out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  let count = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = utf8Encode(name);
    const data = utf8Encode(content);
    const crc = crc32(data);
    const offset = chunks.length;
    u32(chunks, 0x04034b50);
    for (const v of [20, 0, 0, 0, 0]) u16(chunks, v);
    u32(chunks, crc);
    u32(chunks, data.length);
    u32(chunks, data.length);
    u16(chunks, nameBytes.length);
    u16(chunks, 0);
    chunks.push(...nameBytes, ...data);
    u32(central, 0x02014b50);
    for (const v of [20, 20, 0, 0, 0, 0]) u16(central, v);
    u32(central, crc);
    u32(central, data.length);
    u32(central, data.length);
    for (const v of [nameBytes.length, 0, 0, 0, 0]) u16(central, v);
    u32(central, 0);
    u32(central, offset);
    central.push(...nameBytes);
    count++;
  }
  const centralOffset = chunks.length;
  const out = [...chunks, ...central];
  u32(out, 0x06054b50);
  for (const v of [0, 0, count, count]) u16(out, v);
  u32(out, central.length);
  u32(out, centralOffset);
  u16(out, 0);
  return new Uint8Array(out);
}

let gbTable: Map<string, number[]> | undefined;

/**
 * GB18030 bytes of `text` as Chinese Excel writes a CSV, for the characters of GBK (ASCII and the two-byte
 * range). The table is built by decoding every two-byte sequence with the runtime's TextDecoder.
 */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decodeText(new Uint8Array([lead, trail]), 'gb18030', false);
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`not in GBK: ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
