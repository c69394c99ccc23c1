/**
 * Competition package, version 2 (DESIGN §4; documented in docs/formats.md): what the master laptop gives each
 * judge laptop on a USB stick. It carries the rubric, the judge assignments and the subjects each module's judges
 * score — and nothing that identifies an entrant: no entry ids, no names.
 *
 * - A `sealed` module's judges score anonymous codes only (subjects.sealed), with no order and no station.
 * - A `live` module's judges score by running order and station (subjects.live, refs `order:<n>`), which the
 *   public draw list ties to names anyway; they never see a code.
 * The two lists are written in their own order (codes in code order, orders in running order) with nothing
 * linking one to the other. A list no module needs is left empty.
 *
 * The file is signed with the master laptop's Ed25519 key (`signer`, `signature`) over the canonical JSON of
 * everything but `checksum` and `signature`; the checksum only tells a damaged file from a forged one. Every
 * object is strict, so a file carrying extra fields is refused rather than silently read.
 */
import { z } from 'zod';
import { competitionSchema, idSchema, isoDateTimeSchema, judgeRoleSchema } from '../../domain';

export const COMPETITION_PACKAGE_FORMAT = 'jiangxin.competition-package';
export const COMPETITION_PACKAGE_VERSION = 2;
/** File extension of a competition package (registered with the OS in electron-builder.yml). */
export const COMPETITION_PACKAGE_EXTENSION = 'jxcomp';

/** The prefix of a live subject's ref: `order:7` is the entrant who runs seventh. Codes never contain ':'. */
export const LIVE_REF_PREFIX = 'order:';
export const ANON_CODE_PATTERN = /^[^:\s]{1,20}$/;

/**
 * The competition as judges see it: the organiser's record minus what is private to the organiser or useless
 * to a judge — the organiser and organising department, prize money, and the draw seed and settings.
 */
export const packageCompetitionSchema = z.strictObject(
  competitionSchema.omit({ organiser: true, organiserDepartmentId: true, prizeFen: true, drawSeed: true, drawStations: true }).shape,
);
export type PackageCompetition = z.infer<typeof packageCompetitionSchema>;

export const pinKdfSchema = z.strictObject({
  algorithm: z.literal('PBKDF2-HMAC-SHA256'),
  iterations: z.number().int().min(100_000).max(10_000_000),
});

/** A judge assignment as the judge laptop needs it to sign a judge in and show their modules. */
export const packageJudgeSchema = z.strictObject({
  /** The assignment id: marks made on the judge laptop carry it as `judgeId`. */
  id: idSchema,
  role: judgeRoleSchema,
  moduleIds: z.array(idSchema),
  stations: z.array(z.number().int().positive()),
  /** Label on the sign-in screen, chosen by the organiser (e.g. 3号裁判, 裁判长); not necessarily a real name. */
  displayName: z.string().trim().min(1).max(50),
  /** PBKDF2 hash (hex) of the judge's PIN, its salt (hex) and the KDF parameters it was made with. */
  pin: z.strictObject({
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    salt: z.string().regex(/^(?:[0-9a-f]{2}){8,64}$/),
    kdf: pinKdfSchema,
  }),
});
export type PackageJudge = z.infer<typeof packageJudgeSchema>;

export const liveSubjectSchema = z.strictObject({
  /** `order:<drawOrder>`: what a live module's marks name. */
  ref: z.string().regex(/^order:[1-9]\d*$/),
  order: z.number().int().positive(),
  station: z.number().int().positive().optional(),
});
export type LiveSubject = z.infer<typeof liveSubjectSchema>;

export const sealedSubjectSchema = z.strictObject({
  /** The anonymous code: what a sealed module's marks name. */
  ref: z.string().regex(ANON_CODE_PATTERN),
});
export type SealedSubject = z.infer<typeof sealedSubjectSchema>;

const base64Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

export const competitionPackageV2Schema = z
  .strictObject({
    format: z.literal(COMPETITION_PACKAGE_FORMAT),
    version: z.literal(COMPETITION_PACKAGE_VERSION),
    exportedAt: isoDateTimeSchema,
    competition: packageCompetitionSchema,
    subjects: z.strictObject({ live: z.array(liveSubjectSchema), sealed: z.array(sealedSubjectSchema) }),
    judges: z.array(packageJudgeSchema),
    /** The master laptop's public key (raw 32 bytes, base64); its fingerprint is what people compare. */
    signer: z.strictObject({ algorithm: z.literal('Ed25519'), publicKey: base64Key }),
    checksum: z.strictObject({
      algorithm: z.literal('SHA-256'),
      /** SHA-256 (hex) of the canonical JSON of the package without `checksum` and `signature`. */
      value: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    signature: z.strictObject({
      algorithm: z.literal('Ed25519'),
      /** Ed25519 signature (base64) of the same canonical JSON, by `signer.publicKey`. */
      value: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
    }),
  })
  .superRefine((pkg, ctx) => {
    const unique = (values: readonly string[], path: (i: number) => (string | number)[], message: string) => {
      const seen = new Set<string>();
      values.forEach((v, i) => {
        if (seen.has(v)) ctx.addIssue({ code: 'custom', path: path(i), message });
        seen.add(v);
      });
    };
    unique(pkg.subjects.live.map((s) => s.ref), (i) => ['subjects', 'live', i, 'ref'], 'duplicate order');
    unique(pkg.subjects.sealed.map((s) => s.ref), (i) => ['subjects', 'sealed', i, 'ref'], 'duplicate anonymous code');
    pkg.subjects.live.forEach((s, i) => {
      if (s.ref !== `${LIVE_REF_PREFIX}${s.order}`) ctx.addIssue({ code: 'custom', path: ['subjects', 'live', i, 'ref'], message: 'ref and order differ' });
    });
    unique(pkg.judges.map((j) => j.id), (i) => ['judges', i, 'id'], 'duplicate judge id');
    const modules = pkg.competition.rubric.parts.flatMap((p) => p.modules);
    // A list no module needs must be empty: a fully sealed competition's package carries no order or station.
    if (!modules.some((m) => m.judging === 'live') && pkg.subjects.live.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['subjects', 'live'], message: 'no live module' });
    }
    if (!modules.some((m) => m.judging === 'sealed') && pkg.subjects.sealed.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['subjects', 'sealed'], message: 'no sealed module' });
    }
    const moduleIds = new Set(modules.map((m) => m.id));
    pkg.judges.forEach((judge, i) =>
      judge.moduleIds.forEach((moduleId, k) => {
        if (!moduleIds.has(moduleId)) ctx.addIssue({ code: 'custom', path: ['judges', i, 'moduleIds', k], message: 'unknown module' });
      }),
    );
  });
export type CompetitionPackageV2 = z.infer<typeof competitionPackageV2Schema>;
/** The package as the rest of the app uses it. */
export type CompetitionPackage = CompetitionPackageV2;
