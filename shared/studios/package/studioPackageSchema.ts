/**
 * The studio data package (DESIGN §4, docs/formats.md): one studio's records as a studio lead's laptop sends
 * them to the union office. Records keep their stable ids and per-record versions; deletions travel as
 * tombstones. Validated with this schema before anything is merged.
 */
import { z } from 'zod';
import { achievementSchema, activitySchema, attachmentSchema, departmentSchema, idSchema, isoDateTimeSchema, personSchema, projectSchema, studioSchema, tombstoneSchema } from '../../domain';

export const STUDIO_PACKAGE_FORMAT = 'jiangxin.studio-package';
/** Version 2 carries the records' attachments (metadata as a table, bytes in `blobs`); version 1 files still read. */
export const STUDIO_PACKAGE_VERSION = 2;
export const STUDIO_PACKAGE_EXTENSION = 'jxstudio';

export const STUDIO_PACKAGE_TABLES = ['departments', 'people', 'studios', 'projects', 'achievements', 'activities', 'attachments'] as const;
export type StudioPackageTable = (typeof STUDIO_PACKAGE_TABLES)[number];

export const studioPackageSchema = z.object({
  format: z.literal(STUDIO_PACKAGE_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(STUDIO_PACKAGE_VERSION)]),
  exportedAt: isoDateTimeSchema,
  studioId: idSchema,
  records: z.object({
    departments: z.array(departmentSchema),
    people: z.array(personSchema),
    studios: z.array(studioSchema),
    projects: z.array(projectSchema),
    achievements: z.array(achievementSchema),
    activities: z.array(activitySchema),
    /** Files of the studio, its projects, achievements and activities (version 2). */
    attachments: z.array(attachmentSchema).default([]),
  }),
  tombstones: z.array(tombstoneSchema),
  /** Each attachment's bytes, base64, by attachment id (version 2). */
  blobs: z.record(idSchema, z.string()).default({}),
  /** SHA-256 (hex) of the canonical JSON of `{ records, tombstones }` (version 1) or `{ records, tombstones, blobs }`. */
  checksum: z.string().length(64),
});
export type StudioPackage = z.infer<typeof studioPackageSchema>;
export type PackageRecord = StudioPackage['records'][StudioPackageTable][number];
