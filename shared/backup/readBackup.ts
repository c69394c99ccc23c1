/**
 * Reads and verifies a .jxbak file. Every check runs before the caller writes anything, from the outside in:
 * size cap, ZIP container (entry count and uncompressed sizes checked before inflating, unsafe names refused),
 * the manifest's own hash, its schema, then every entry against the size and SHA-256 the manifest lists. A
 * single changed byte anywhere gives `damaged`, and the restore changes nothing.
 */
import { unzipSync } from 'fflate';
import { decodeText, sha256Hex } from '../competitions/webApis';
import { sniffFileType } from '../competitions/xlsx/sniffFileType';
import { checkFileSize, IMPORT_LIMITS } from '../safety/importLimits';
import { inspectZip, type ZipErrorCode } from '../safety/inspectZip';
import { exceedsJsonDepth } from '../safety/jsonDepth';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupManifestSchema,
  BYTES_MARKER,
  DATE_MARKER,
  UINT16_MARKER,
  UINT32_MARKER,
  MANIFEST_ENTRY,
  MANIFEST_HASH_ENTRY,
  type BackupManifest,
} from './backupFormat';

export const BACKUP_ERROR_CODES = [
  /** params: { size, limit } */
  'file_too_large',
  /** Not a ZIP, or a ZIP without a Jiangxin manifest (another program's archive). */
  'not_a_backup',
  /** A backup written by a newer Jiangxin, in a format version this one does not read. params: { version } */
  'unsupported_version',
  /** Changed, truncated or incomplete: a hash, size or entry does not match the manifest. */
  'damaged',
] as const;
export type BackupErrorCode = (typeof BACKUP_ERROR_CODES)[number] | ZipErrorCode;

export interface VerifiedBackup {
  readonly manifest: BackupManifest;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
}

export type ReadBackupResult =
  | { readonly ok: true; readonly backup: VerifiedBackup }
  | { readonly ok: false; readonly code: BackupErrorCode; readonly params?: Readonly<Record<string, string | number>> };

const limits = IMPORT_LIMITS.backup;

export async function readBackup(bytes: Uint8Array): Promise<ReadBackupResult> {
  const size = checkFileSize('backup', bytes.byteLength);
  if (!size.ok) return { ok: false, code: size.code, params: size.params };
  if (sniffFileType(bytes) !== 'zip') return { ok: false, code: 'not_a_backup' };
  const inspected = inspectZip(bytes, limits.zip);
  if (!inspected.ok) return inspected;

  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { ok: false, code: 'damaged' };
  }
  const manifestBytes = files[MANIFEST_ENTRY];
  const manifestHash = files[MANIFEST_HASH_ENTRY];
  if (!manifestBytes || !manifestHash) return { ok: false, code: 'not_a_backup' };

  let raw: unknown;
  try {
    const text = decodeText(manifestBytes, 'utf-8', true);
    if (exceedsJsonDepth(text, limits.maxDepth)) return { ok: false, code: 'damaged' };
    raw = JSON.parse(text);
  } catch {
    return { ok: false, code: 'damaged' };
  }
  const header = raw as { format?: unknown; formatVersion?: unknown } | null;
  if (header?.format !== BACKUP_FORMAT) return { ok: false, code: 'not_a_backup' };
  if (typeof header.formatVersion === 'number' && header.formatVersion > BACKUP_FORMAT_VERSION) {
    return { ok: false, code: 'unsupported_version', params: { version: header.formatVersion } };
  }
  if (decodeText(manifestHash, 'utf-8', false).trim() !== (await sha256Hex(manifestBytes))) return { ok: false, code: 'damaged' };
  const parsed = backupManifestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'damaged' };
  const manifest = parsed.data;

  const listed = new Set([MANIFEST_ENTRY, MANIFEST_HASH_ENTRY, ...Object.keys(manifest.entries)]);
  if (Object.keys(files).some((name) => !listed.has(name))) return { ok: false, code: 'damaged' };
  for (const [name, expected] of Object.entries(manifest.entries)) {
    const entry = files[name];
    if (!entry || entry.byteLength !== expected.size || (await sha256Hex(entry)) !== expected.sha256) return { ok: false, code: 'damaged' };
  }

  const tables: Record<string, unknown[]> = {};
  try {
    for (const table of manifest.tables) {
      const text = decodeText(files[table.entry]!, 'utf-8', true);
      if (exceedsJsonDepth(text, limits.maxDepth)) return { ok: false, code: 'damaged' };
      const rows: unknown = JSON.parse(text, (_key, value: unknown) => revive(value, files));
      if (!Array.isArray(rows) || rows.length !== table.rows) return { ok: false, code: 'damaged' };
      tables[table.name] = rows;
    }
  } catch {
    return { ok: false, code: 'damaged' };
  }
  return { ok: true, backup: { manifest, tables } };
}

/** Turns the markers written by writeBackup back into bytes and dates; an unknown blob reference throws. */
function revive(value: unknown, files: Readonly<Record<string, Uint8Array>>): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1) return value;
  const record = value as Record<string, unknown>;
  if (typeof record[BYTES_MARKER] === 'string') {
    const bytes = files[record[BYTES_MARKER]];
    if (!bytes || !record[BYTES_MARKER].startsWith('blobs/')) throw new Error('missing blob');
    return new Uint8Array(bytes);
  }
  if (typeof record[DATE_MARKER] === 'string') return new Date(record[DATE_MARKER]);
  const numbers = (v: unknown) => Array.isArray(v) && v.every((n) => Number.isInteger(n) && (n as number) >= 0);
  if (numbers(record[UINT16_MARKER])) return Uint16Array.from(record[UINT16_MARKER] as number[]);
  if (numbers(record[UINT32_MARKER])) return Uint32Array.from(record[UINT32_MARKER] as number[]);
  return value;
}
