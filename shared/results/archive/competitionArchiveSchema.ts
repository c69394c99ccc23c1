/**
 * Competition archive (documented in docs/formats.md): one file holding everything needed to recompute a
 * competition's results anywhere — the competition with its rubric, every entry with its status and anonymous
 * code, the judges, and every judge's marks. The app exports it for any competition; the command line computes
 * results from it (`npm run cli -- results FILE`).
 *
 * Version 2 adds an entry's `teamName`, so a team event scored from its members' totals keeps its teams. The
 * schemas are strict, so a version 1 reader refuses the new field rather than silently dropping the teams: an
 * archive is therefore written as version 2 only when an entry carries a team name, and as version 1 (the same
 * bytes as before) otherwise. Both versions are read.
 */
import { z } from 'zod';
import {
  competitionSchema,
  entryStatusSchema,
  idSchema,
  isoDateTimeSchema,
  judgeRoleSchema,
  markValueSchema,
} from '../../domain';

export const COMPETITION_ARCHIVE_FORMAT = 'jiangxin.competition-archive';
/** The newest version this code writes and reads. */
export const COMPETITION_ARCHIVE_VERSION = 2;
export const COMPETITION_ARCHIVE_VERSIONS = [1, 2] as const;
export type CompetitionArchiveVersion = (typeof COMPETITION_ARCHIVE_VERSIONS)[number];
export const COMPETITION_ARCHIVE_EXTENSION = 'jxarchive';

export const archiveEntrySchema = z.strictObject({
  id: idSchema,
  /** Anonymous code (加密号), when the draw gave one. */
  anonCode: z.string().min(1).max(20).optional(),
  status: entryStatusSchema,
  drawOrder: z.number().int().positive().optional(),
  station: z.number().int().positive().optional(),
  /** Person's name or team name, as printed on results; absent in an anonymised archive. */
  name: z.string().max(200).optional(),
  department: z.string().max(200).optional(),
});

/** Version 2: an entry may name its team (members of one team share the name, as in the app's records). */
export const archiveEntryV2Schema = archiveEntrySchema.extend({
  /** Team name as the app stores it; absent in an anonymised archive (it can identify people, like `name`). */
  teamName: z.string().min(1).max(100).optional(),
});
export type ArchiveEntry = z.infer<typeof archiveEntryV2Schema>;

export const archiveJudgeSchema = z.strictObject({
  /** The judge assignment id; marks name it as `judgeId`. */
  id: idSchema,
  role: judgeRoleSchema,
  displayName: z.string().min(1).max(100),
});
export type ArchiveJudge = z.infer<typeof archiveJudgeSchema>;

export const archiveMarkSchema = z.strictObject({
  entryId: idSchema,
  itemId: idSchema,
  judgeId: idSchema,
  value: markValueSchema,
  safetyVeto: z.boolean().optional(),
});
export type ArchiveMark = z.infer<typeof archiveMarkSchema>;

export const archiveChecksumSchema = z.strictObject({
  algorithm: z.literal('SHA-256'),
  /** SHA-256 (hex) of the canonical JSON of the archive without this `checksum` member. */
  value: z.string().regex(/^[0-9a-f]{64}$/),
});

function archiveSchema<V extends CompetitionArchiveVersion, E extends typeof archiveEntrySchema | typeof archiveEntryV2Schema>(version: V, entrySchema: E) {
  return z
    .strictObject({
      format: z.literal(COMPETITION_ARCHIVE_FORMAT),
      version: z.literal(version),
      exportedAt: isoDateTimeSchema,
      competition: competitionSchema,
      entries: z.array(entrySchema),
      judges: z.array(archiveJudgeSchema),
      marks: z.array(archiveMarkSchema),
      checksum: archiveChecksumSchema,
    })
    .superRefine((archive, ctx) => checkReferences(archive, ctx));
}

function checkReferences(
  archive: { readonly competition: z.infer<typeof competitionSchema>; readonly entries: readonly z.infer<typeof archiveEntrySchema>[]; readonly judges: readonly ArchiveJudge[]; readonly marks: readonly ArchiveMark[] },
  ctx: z.RefinementCtx,
): void {
  const entryIds = new Set<string>();
  archive.entries.forEach((e, i) => {
    if (entryIds.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: 'duplicate entry id' });
    entryIds.add(e.id);
  });
  const codes = new Set<string>();
  archive.entries.forEach((e, i) => {
    if (e.anonCode === undefined) return;
    if (codes.has(e.anonCode)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'anonCode'], message: 'duplicate anonymous code' });
    codes.add(e.anonCode);
  });
  const judgeIds = new Set(archive.judges.map((j) => j.id));
  const itemIds = new Set(archive.competition.rubric.parts.flatMap((p) => p.modules.flatMap((m) => m.items.map((it) => it.id))));
  const seen = new Set<string>();
  archive.marks.forEach((m, i) => {
    if (!entryIds.has(m.entryId)) ctx.addIssue({ code: 'custom', path: ['marks', i, 'entryId'], message: 'unknown entry' });
    if (!itemIds.has(m.itemId)) ctx.addIssue({ code: 'custom', path: ['marks', i, 'itemId'], message: 'unknown item' });
    if (!judgeIds.has(m.judgeId)) ctx.addIssue({ code: 'custom', path: ['marks', i, 'judgeId'], message: 'unknown judge' });
    const key = `${m.entryId}\u0000${m.itemId}\u0000${m.judgeId}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['marks', i], message: 'second mark of one judge on one item' });
    seen.add(key);
  });
}

/** Version 1: entries without team names. */
export const competitionArchiveV1Schema = archiveSchema(1, archiveEntrySchema);
export type CompetitionArchiveV1 = z.infer<typeof competitionArchiveV1Schema>;
/** Version 2: entries may carry `teamName`. */
export const competitionArchiveV2Schema = archiveSchema(2, archiveEntryV2Schema);
export type CompetitionArchiveV2 = z.infer<typeof competitionArchiveV2Schema>;
/** An archive of either version, as read; inside the app and the command line both are handled alike. */
export type CompetitionArchive = CompetitionArchiveV1 | CompetitionArchiveV2;
