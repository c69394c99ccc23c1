/**
 * Score package, version 1 (DESIGN §4; documented in docs/formats.md): what a judge laptop gives the master on a
 * USB stick. It carries every mark event this device logged for one competition (one hash chain per judge
 * assignment, so a shared laptop's judges travel together), the marks those events give, the hash of the rubric
 * they were scored against, and the device's Ed25519 public key and signature over everything else.
 */
import { z } from 'zod';
import { idSchema, isoDateTimeSchema, markEventSchema, markSchema } from '../domain';

export const SCORE_PACKAGE_FORMAT = 'jiangxin.score-package';
export const SCORE_PACKAGE_VERSION = 1;
/** File extension of a score package. */
export const SCORE_PACKAGE_EXTENSION = 'jxscore';

export const scorePackageDeviceSchema = z.strictObject({
  /** The judge laptop's own id, fixed when its key was made. */
  deviceId: z.string().min(1).max(100),
  /** Raw Ed25519 public key (32 bytes), base64. */
  publicKey: z.string().min(40).max(60),
});

export const scorePackageSchema = z.strictObject({
  format: z.literal(SCORE_PACKAGE_FORMAT),
  version: z.literal(SCORE_PACKAGE_VERSION),
  exportedAt: isoDateTimeSchema,
  competitionId: idSchema,
  /** SHA-256 (hex) of the canonical JSON of the rubric the marks were given against. */
  rubricHash: z.string().regex(/^[0-9a-f]{64}$/),
  device: scorePackageDeviceSchema,
  /** Every event of this device for the competition, chain by chain (assignment id order), each by seq. */
  events: z.array(markEventSchema),
  /** The marks those events give (a convenience for reading the file; checked against the events on import). */
  marks: z.array(markSchema),
  signature: z.strictObject({
    algorithm: z.literal('Ed25519'),
    /** Over the UTF-8 canonical JSON of the package without `signature`, base64. */
    value: z.string().min(80).max(100),
  }),
});
export type ScorePackage = z.infer<typeof scorePackageSchema>;
export type UnsignedScorePackage = Omit<ScorePackage, 'signature'>;
