/**
 * Competition package, version 1 (DESIGN §4; documented in docs/formats.md): what the master laptop gives each
 * judge laptop on a USB stick. It carries the rubric, the judge assignments and the anonymous codes — and
 * nothing that identifies an entrant. Every object is strict, so a file carrying extra fields (names, members,
 * departments) is refused rather than silently read.
 */
import { z } from 'zod';
import {
  competitionSchema,
  entryStatusSchema,
  idSchema,
  isoDateTimeSchema,
  judgeRoleSchema,
} from '../../domain';

export const COMPETITION_PACKAGE_FORMAT = 'jiangxin.competition-package';
export const COMPETITION_PACKAGE_VERSION = 1;
/** File extension of a competition package (registered with the OS in electron-builder.yml). */
export const COMPETITION_PACKAGE_EXTENSION = 'jxcomp';

/**
 * The competition as judges see it: the organiser's record minus what is private to the organiser or useless
 * to a judge — the organiser and organising department, prize money, and the draw seed (with the seed and the
 * entry ids the draw could be re-run, which is the organiser's to publish, not a judge's to hold).
 */
export const packageCompetitionSchema = z.strictObject(
  competitionSchema.omit({ organiser: true, organiserDepartmentId: true, prizeFen: true, drawSeed: true }).shape,
);
export type PackageCompetition = z.infer<typeof packageCompetitionSchema>;

/** An entry reduced to its anonymous identity. No names, members, department or coaches. */
export const packageEntrySchema = z.strictObject({
  id: idSchema,
  anonCode: z.string().min(1).max(20),
  status: entryStatusSchema,
  drawOrder: z.number().int().positive().optional(),
  station: z.number().int().positive().optional(),
});
export type PackageEntry = z.infer<typeof packageEntrySchema>;

/** A judge assignment as the judge laptop needs it to log a judge in and show their modules. */
export const packageJudgeSchema = z.strictObject({
  /** The assignment id: marks made on the judge laptop carry it as `judgeId`. */
  id: idSchema,
  role: judgeRoleSchema,
  moduleIds: z.array(idSchema),
  stations: z.array(z.number().int().positive()),
  /** Label on the login screen, chosen by the organiser (e.g. 3号裁判, 裁判长); not necessarily a real name. */
  displayName: z.string().trim().min(1).max(50),
  /** PBKDF2 hash of the judge's PIN (hex) and its salt (hex), see pinKdf. */
  pinHash: z.string().regex(/^[0-9a-f]{64}$/),
  pinSalt: z.string().regex(/^(?:[0-9a-f]{2}){8,64}$/),
});
export type PackageJudge = z.infer<typeof packageJudgeSchema>;

export const pinKdfSchema = z.strictObject({
  algorithm: z.literal('PBKDF2-HMAC-SHA256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
});

export const packageChecksumSchema = z.strictObject({
  algorithm: z.literal('SHA-256'),
  /** SHA-256 (hex) of the canonical JSON of the package without this `checksum` member. */
  value: z.string().regex(/^[0-9a-f]{64}$/),
});

export const competitionPackageV1Schema = z
  .strictObject({
    format: z.literal(COMPETITION_PACKAGE_FORMAT),
    version: z.literal(COMPETITION_PACKAGE_VERSION),
    exportedAt: isoDateTimeSchema,
    competition: packageCompetitionSchema,
    entries: z.array(packageEntrySchema),
    judges: z.array(packageJudgeSchema),
    pinKdf: pinKdfSchema,
    checksum: packageChecksumSchema,
  })
  .superRefine((pkg, ctx) => {
    const unique = (values: readonly string[], path: (i: number) => (string | number)[], message: string) => {
      const seen = new Set<string>();
      values.forEach((v, i) => {
        if (seen.has(v)) ctx.addIssue({ code: 'custom', path: path(i), message });
        seen.add(v);
      });
    };
    unique(pkg.entries.map((e) => e.id), (i) => ['entries', i, 'id'], 'duplicate entry id');
    unique(pkg.entries.map((e) => e.anonCode), (i) => ['entries', i, 'anonCode'], 'duplicate anonymous code');
    unique(pkg.judges.map((j) => j.id), (i) => ['judges', i, 'id'], 'duplicate judge id');
    const moduleIds = new Set(pkg.competition.rubric.parts.flatMap((p) => p.modules.map((m) => m.id)));
    pkg.judges.forEach((judge, i) =>
      judge.moduleIds.forEach((moduleId, k) => {
        if (!moduleIds.has(moduleId)) {
          ctx.addIssue({ code: 'custom', path: ['judges', i, 'moduleIds', k], message: 'unknown module' });
        }
      }),
    );
  });
export type CompetitionPackageV1 = z.infer<typeof competitionPackageV1Schema>;
