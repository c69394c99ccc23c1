/**
 * Writes a database snapshot as a .jxbak file (format in backupFormat.ts). Binary values anywhere in a row
 * (Uint8Array, e.g. attachment contents) become their own entries, so the JSON stays small and the bytes are
 * stored as they are; dates become ISO strings marked as dates. Nothing here knows the tables: whatever the
 * snapshot holds is written, so tables added by later schema versions are backed up without a change here.
 */
import { zipSync, type Zippable } from 'fflate';
import { sha256Hex, utf8Encode } from '../competitions/webApis';
import { IMPORT_LIMITS } from '../safety/importLimits';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BYTES_MARKER,
  DATE_MARKER, TYPED_ARRAY_MARKER, TYPED_ARRAY_TYPES,
  MANIFEST_ENTRY,
  MANIFEST_HASH_ENTRY,
  type BackupManifest,
  type BackupReason,
  type DatabaseSnapshot,
} from './backupFormat';

export interface BackupMeta {
  readonly createdAt: string;
  readonly reason: BackupReason;
  readonly appVersion: string;
}

export async function writeBackup(snapshot: DatabaseSnapshot, meta: BackupMeta): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  let blobCount = 0;
  const liftBytes = (bytes: Uint8Array): string => {
    const entry = `blobs/${String(++blobCount).padStart(6, '0')}.bin`;
    files[entry] = bytes;
    return entry;
  };
  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return { [BYTES_MARKER]: liftBytes(new Uint8Array(value)) };
    if (value instanceof ArrayBuffer) return { [BYTES_MARKER]: liftBytes(new Uint8Array(value.slice(0))) };
    if (value instanceof Date) return { [DATE_MARKER]: value.toISOString() };
    const typed = TYPED_ARRAY_TYPES.find((name) => value instanceof (globalThis as unknown as Record<string, new () => object>)[name]!);
    if (typed) return { [TYPED_ARRAY_MARKER]: [typed, Array.from(value as ArrayLike<number>)] };
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    }
    return value;
  };

  const tables: BackupManifest['tables'] = [];
  for (const name of Object.keys(snapshot.tables).sort()) {
    const rows = snapshot.tables[name]!;
    const entry = `tables/${name}.json`;
    files[entry] = utf8Encode(JSON.stringify(rows.map(encode)));
    tables.push({ name, rows: rows.length, entry });
  }

  // The reader's entry cap (no ZIP64): refuse here rather than write a backup that could not be restored.
  const count = Object.keys(files).length + 2;
  if (count > IMPORT_LIMITS.backup.zip.maxEntries) {
    throw new RangeError(`A backup holds at most ${IMPORT_LIMITS.backup.zip.maxEntries} parts; this workspace needs ${count}.`);
  }
  const entries: BackupManifest['entries'] = {};
  for (const [name, bytes] of Object.entries(files)) entries[name] = { size: bytes.byteLength, sha256: await sha256Hex(bytes) };
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: snapshot.schemaVersion,
    appVersion: meta.appVersion,
    createdAt: meta.createdAt,
    reason: meta.reason,
    tables,
    blobs: blobCount,
    entries,
  };
  const manifestBytes = utf8Encode(JSON.stringify(manifest, null, 2));
  const zippable: Zippable = { [MANIFEST_ENTRY]: manifestBytes, [MANIFEST_HASH_ENTRY]: utf8Encode(await sha256Hex(manifestBytes)) };
  // Attachments are often already compressed (images, PDFs): stored as they are, the JSON deflated.
  for (const [name, bytes] of Object.entries(files)) zippable[name] = [bytes, { level: name.startsWith('blobs/') ? 0 : 6 }];
  return zipSync(zippable, { mtime: meta.createdAt });
}
