/**
 * The caps of every import path, in one registry (issue #12): the largest file accepted (checked before a byte
 * is read), and for zip-based kinds the entry count and uncompressed sizes (checked before anything inflates),
 * and the row / nesting limits the parsers enforce while they read.
 *
 * A feature that adds an import path (Markdown folders, attachments, score and studio packages…) adds its kind
 * here with its caps, calls `checkFileSize` before reading and, for a zip, `inspectZip` with `zipLimitsOf(kind)`
 * before inflating. docs/reliability.md lists this table (written by tests/unit/reliability.test.ts).
 */
import type { ZipLimits } from './inspectZip';

export interface ImportLimits {
  /** Largest file accepted (bytes). */
  readonly maxFileBytes: number;
  /** For zip-based kinds: the archive's caps. */
  readonly zip?: ZipLimits;
  /** Most data rows (spreadsheets, CSV) or records read. */
  readonly maxRows?: number;
  /** Deepest JSON nesting accepted. */
  readonly maxDepth?: number;
  /** Longest single field (characters), for text formats. */
  readonly maxFieldChars?: number;
}

const MB = 1024 * 1024;

export const IMPORT_LIMITS = {
  /** Roster as CSV: a 20,000-row roster of a dozen columns is about 2 MB. */
  rosterCsv: { maxFileBytes: 20 * MB, maxRows: 20_000, maxFieldChars: 10_000 },
  /** Roster as xlsx: the same rows zipped; sheet XML is about 20× the data. */
  rosterXlsx: {
    maxFileBytes: 20 * MB,
    zip: { maxEntries: 500, maxEntryBytes: 100 * MB, maxTotalBytes: 150 * MB },
    maxRows: 20_000,
  },
  /** A rubric sheet is a few kilobytes; anything near these caps is not one. */
  rubricXlsx: {
    maxFileBytes: 10 * MB,
    zip: { maxEntries: 200, maxEntryBytes: 20 * MB, maxTotalBytes: 40 * MB },
    maxRows: 5_000,
  },
  /** A competition package (.jxcomp, JSON): rubric, assignments, codes for a few thousand entrants. */
  competitionPackage: { maxFileBytes: 50 * MB, maxDepth: 64 },
  /**
   * A backup (.jxbak): the whole database with attachments. Entries: one per table and one per attachment;
   * the format writes no ZIP64, so a backup holds fewer than 65,535 entries.
   */
  backup: {
    maxFileBytes: 200 * MB,
    zip: { maxEntries: 60_000, maxEntryBytes: 256 * MB, maxTotalBytes: 1024 * MB },
    maxDepth: 64,
  },
  /** A judge laptop's score package (.jxscore, JSON): 300 entrants × 40 items with their edits is about 10 MB. */
  scorePackage: { maxFileBytes: 64 * MB, maxDepth: 64 },
  /** A studio package (.jxstudio, JSON): a studio's records and tombstones, attachments not included. */
  studioPackage: { maxFileBytes: 100 * MB, maxDepth: 64 },
  /** A competition archive (CLI, JSON): 2,000 entrants × 60 items × 5 judges is about 90 MB of marks. */
  competitionArchive: { maxFileBytes: 256 * MB, maxDepth: 64 },
  /** One Markdown article of the knowledge base; its body is at most 200,000 characters. */
  markdownArticle: { maxFileBytes: 2 * MB, maxFieldChars: 200_000 },
  /** An attachment (a photo, a drawing, a PDF): stored as it is, never parsed. */
  attachment: { maxFileBytes: 50 * MB },
} as const satisfies Record<string, ImportLimits>;

export type ImportKind = keyof typeof IMPORT_LIMITS;

export function limitsOf(kind: ImportKind): ImportLimits {
  return IMPORT_LIMITS[kind];
}

export type FileSizeCheck = { readonly ok: true } | { readonly ok: false; readonly code: 'file_too_large'; readonly params: { size: number; limit: number } };

/** Checked before reading: refuses a file larger than its kind's cap. */
export function checkFileSize(kind: ImportKind, size: number): FileSizeCheck {
  const limit = IMPORT_LIMITS[kind].maxFileBytes;
  return size > limit ? { ok: false, code: 'file_too_large', params: { size, limit } } : { ok: true };
}

/** Bytes as megabytes with one decimal, for messages ("12.5"). */
export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
