/**
 * Looks inside a ZIP container (xlsx, .jxbak) before anything inflates it, so a zip bomb or a crafted archive is
 * refused while it is still a few compressed bytes.
 *
 * The central directory at the end of the file lists every entry with its declared sizes; those are checked
 * against the caps first (entry count, each entry's size, the total). Declared sizes can lie, so each deflated
 * entry is then inflated once through a counting stream that stops the moment the output passes the declared
 * size: nothing is kept, and the real parser (exceljs, fflate) runs only on an archive proven to be as small as
 * it says. Names that climb out of the archive (`..`, absolute paths, drive letters, backslashes) are refused.
 */
import { Inflate } from 'fflate';
import { decodeText } from '../competitions/webApis';

export interface ZipLimits {
  readonly maxEntries: number;
  /** Largest uncompressed size of one entry (bytes). */
  readonly maxEntryBytes: number;
  /** Largest uncompressed size of all entries together (bytes). */
  readonly maxTotalBytes: number;
}

export interface ZipEntryInfo {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's compressed data in the file. */
  readonly dataOffset: number;
}

export const ZIP_ERROR_CODES = [
  /** No end-of-central-directory record, or a directory that does not fit in the file (truncated, not a zip). */
  'zip_damaged',
  /** ZIP64 or a split archive: never written by the apps whose files are imported here. */
  'zip_unsupported',
  /** params: { count, max } */
  'zip_too_many_entries',
  /** An entry or all together would inflate past the cap. params: { size, max } */
  'zip_too_large',
  /** An entry's name points outside the archive. params: { name } */
  'zip_unsafe_path',
] as const;
export type ZipErrorCode = (typeof ZIP_ERROR_CODES)[number];

export type InspectZipResult =
  | { readonly ok: true; readonly entries: readonly ZipEntryInfo[]; readonly totalBytes: number }
  | { readonly ok: false; readonly code: ZipErrorCode; readonly params?: Readonly<Record<string, string | number>> };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** True when an archive entry name stays inside the archive once extracted. */
export function isSafeEntryName(name: string): boolean {
  if (name === '' || name.includes('\0') || name.includes('\\')) return false;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split('/').some((segment) => segment === '..');
}

export function inspectZip(bytes: Uint8Array, limits: ZipLimits): InspectZipResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return { ok: false, code: 'zip_damaged' };
  const disk = view.getUint16(eocd + 4, true);
  const count = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0 || count === 0xffff || directoryOffset === 0xffffffff) return { ok: false, code: 'zip_unsupported' };
  if (count > limits.maxEntries) return { ok: false, code: 'zip_too_many_entries', params: { count, max: limits.maxEntries } };
  if (directoryOffset + directorySize > eocd) return { ok: false, code: 'zip_damaged' };

  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return { ok: false, code: 'zip_damaged' };
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > eocd) return { ok: false, code: 'zip_damaged' };
    const name = decodeText(bytes.subarray(at + 46, at + 46 + nameLength), 'utf-8', false);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) return { ok: false, code: 'zip_unsupported' };
    if (!isSafeEntryName(name)) return { ok: false, code: 'zip_unsafe_path', params: { name: name.slice(0, 200) } };
    if (method !== STORED && method !== DEFLATED) return { ok: false, code: 'zip_unsupported' };
    if (uncompressedSize > limits.maxEntryBytes) {
      return { ok: false, code: 'zip_too_large', params: { size: uncompressedSize, max: limits.maxEntryBytes } };
    }
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) return { ok: false, code: 'zip_too_large', params: { size: total, max: limits.maxTotalBytes } };

    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) {
      return { ok: false, code: 'zip_damaged' };
    }
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > bytes.length) return { ok: false, code: 'zip_damaged' };
    if (method === STORED && compressedSize !== uncompressedSize) return { ok: false, code: 'zip_damaged' };
    entries.push({ name, method, compressedSize, uncompressedSize, dataOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }

  for (const entry of entries) {
    if (entry.method !== DEFLATED) continue;
    const inflated = inflatedSizeWithin(bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize), entry.uncompressedSize);
    if (inflated === 'over') {
      return { ok: false, code: 'zip_too_large', params: { size: entry.uncompressedSize + 1, max: entry.uncompressedSize } };
    }
    if (inflated === 'broken') return { ok: false, code: 'zip_damaged' };
  }
  return { ok: true, entries, totalBytes: total };
}

/** Searches backwards for the end record; it sits in the last 22 + 65,535 (comment) bytes. */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/** Inflates `data` through a counter, discarding the output; 'over' as soon as it passes `declared` bytes. */
function inflatedSizeWithin(data: Uint8Array, declared: number): 'ok' | 'over' | 'broken' {
  let produced = 0;
  let over = false;
  const stream = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > declared) {
      over = true;
      throw new RangeError('inflates past its declared size');
    }
  });
  const CHUNK = 64 * 1024;
  try {
    for (let at = 0; at < data.length; at += CHUNK) {
      stream.push(data.subarray(at, Math.min(at + CHUNK, data.length)), at + CHUNK >= data.length);
    }
    if (data.length === 0) stream.push(new Uint8Array(0), true);
  } catch {
    return over ? 'over' : 'broken';
  }
  return produced === declared ? 'ok' : 'broken';
}
