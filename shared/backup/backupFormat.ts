/**
 * The backup file (.jxbak), version 1 (docs/formats.md): a ZIP holding
 *   manifest.json         what the backup is: format, versions, when and why it was made, its tables and entries
 *   manifest.sha256       SHA-256 (hex) of manifest.json's bytes
 *   tables/<name>.json    every row of one database table, as a JSON array
 *   blobs/<n>.bin         binary values (attachment contents) lifted out of the rows
 * manifest.json lists the SHA-256 and size of every other entry, so any changed, missing or extra byte is found
 * before anything is restored.
 */
import { z } from 'zod';

export const BACKUP_FORMAT = 'jiangxin-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_EXTENSION = 'jxbak';
export const MANIFEST_ENTRY = 'manifest.json';
export const MANIFEST_HASH_ENTRY = 'manifest.sha256';

/** Why a backup was made; automatic ones say what was about to happen. */
export const BACKUP_REASONS = ['manual', 'scheduled', 'before-import', 'before-restore', 'before-demo', 'before-upgrade'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const tableName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/);
const entryName = z.string().regex(/^(tables\/[A-Za-z][A-Za-z0-9_]{0,63}\.json|blobs\/\d{1,9}\.bin)$/);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const backupManifestSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    /** The database schema version the rows were read at (Dexie's `verno`). */
    schemaVersion: z.number().int().positive(),
    appVersion: z.string().max(50),
    createdAt: z.iso.datetime(),
    reason: z.enum(BACKUP_REASONS),
    tables: z.array(z.object({ name: tableName, rows: z.number().int().nonnegative(), entry: entryName })).max(500),
    blobs: z.number().int().nonnegative(),
    entries: z.record(entryName, z.object({ size: z.number().int().nonnegative(), sha256 })),
  })
  .strict();
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** What a backup holds: every table's rows by table name, read at one schema version. */
export interface DatabaseSnapshot {
  readonly schemaVersion: number;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
}

/** Marker objects that stand for values JSON cannot carry. */
export const BYTES_MARKER = '$jxBytes';
export const DATE_MARKER = '$jxDate';
/** Small typed arrays (the knowledge search index's postings), written inline as numbers. */
export const UINT16_MARKER = '$jxUint16';
export const UINT32_MARKER = '$jxUint32';
