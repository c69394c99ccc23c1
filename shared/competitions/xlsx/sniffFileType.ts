/**
 * What a file really is, from its first bytes rather than its name: organisers rename files, and a PNG or a
 * Word document called "名单.xlsx" must be refused with a clear message instead of a parser crash.
 */

export type SniffedFileType =
  | 'empty'
  /** A ZIP container: xlsx, but also docx, pptx or a plain zip. */
  | 'zip'
  /** An OLE2 compound file: legacy .xls or .doc. */
  | 'ole'
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'pdf'
  | 'gzip'
  | 'rar'
  | '7z'
  /** No NUL bytes, or a UTF-16 byte order mark: worth decoding as text (CSV). */
  | 'text'
  | 'binary';

const SIGNATURES: readonly [SniffedFileType, readonly number[]][] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['gzip', [0x1f, 0x8b]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
];

export function sniffFileType(bytes: Uint8Array): SniffedFileType {
  if (bytes.length === 0) return 'empty';
  for (const [type, signature] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return type;
  }
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom) return 'text';
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return 'binary';
  return 'text';
}
