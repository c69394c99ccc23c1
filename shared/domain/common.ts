/**
 * Building blocks shared by every aggregate: ids, levels, record metadata.
 *
 * Every stored record carries a stable id and a per-record version so that data packages from other machines
 * can be merged by id (DESIGN §4). Schemas are the single source of the types: the same zod object validates
 * an imported file and describes the record inside the app.
 */
import { z } from 'zod';

/** A stable record id (UUID for user-created records, a readable deterministic id for demo records). */
export const idSchema = z.string().min(1).max(128);
export type Id = z.infer<typeof idSchema>;

/** ISO 8601 calendar date, e.g. 2024-05-17. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** ISO 8601 timestamp. */
export const isoDateTimeSchema = z.string().datetime({ offset: true });

export const yearSchema = z.number().int().min(1950).max(2100);

/** Administrative level, used for competitions, honours and studio ratings. Ordered from highest to lowest. */
export const LEVELS = ['national', 'provincial', 'municipal', 'company', 'grassroots'] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

/** True when `level` is at least as high as `floor` (national is the highest). */
export function isLevelAtLeast(level: Level, floor: Level): boolean {
  return LEVELS.indexOf(level) <= LEVELS.indexOf(floor);
}

/** Fields every stored record has; `version` grows by one on each local change and drives merges. */
export const recordMetaSchema = z.object({
  id: idSchema,
  version: z.number().int().min(1),
  updatedAt: isoDateTimeSchema,
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

/**
 * Money is kept as an integer number of fen (0.01 yuan) so sums are exact.
 * 180,000,000 yuan = 18,000,000,000 fen, well inside Number.MAX_SAFE_INTEGER.
 */
export const fenSchema = z.number().int().min(0);

/** A reference from one record to another, used by knowledge articles, incentives and origins. */
export const RECORD_KINDS = [
  'person',
  'competition',
  'entry',
  'studio',
  'project',
  'achievement',
  'activity',
  'article',
] as const;
export const recordKindSchema = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof recordKindSchema>;
export const recordRefSchema = z.object({ kind: recordKindSchema, id: idSchema });
export type RecordRef = z.infer<typeof recordRefSchema>;
