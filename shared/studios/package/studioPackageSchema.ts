/**
 * The studio data package (DESIGN §4, docs/formats.md): one studio's records as a studio lead's laptop sends
 * them to the union office. Records keep their stable ids and per-record versions; deletions travel as
 * tombstones. Validated with this schema before anything is merged.
 */
import { z } from 'zod';
import { achievementSchema, activitySchema, departmentSchema, idSchema, isoDateTimeSchema, personSchema, projectSchema, studioSchema, tombstoneSchema } from '../../domain';

export const STUDIO_PACKAGE_FORMAT = 'jiangxin.studio-package';
export const STUDIO_PACKAGE_VERSION = 1;
export const STUDIO_PACKAGE_EXTENSION = 'jxstudio';

export const STUDIO_PACKAGE_TABLES = ['departments', 'people', 'studios', 'projects', 'achievements', 'activities'] as const;
export type StudioPackageTable = (typeof STUDIO_PACKAGE_TABLES)[number];

export const studioPackageSchema = z.object({
  format: z.literal(STUDIO_PACKAGE_FORMAT),
  formatVersion: z.literal(STUDIO_PACKAGE_VERSION),
  exportedAt: isoDateTimeSchema,
  studioId: idSchema,
  records: z.object({
    departments: z.array(departmentSchema),
    people: z.array(personSchema),
    studios: z.array(studioSchema),
    projects: z.array(projectSchema),
    achievements: z.array(achievementSchema),
    activities: z.array(activitySchema),
  }),
  tombstones: z.array(tombstoneSchema),
  /** SHA-256 (hex) of the canonical JSON of `{ records, tombstones }`. */
  checksum: z.string().length(64),
});
export type StudioPackage = z.infer<typeof studioPackageSchema>;
export type PackageRecord = StudioPackage['records'][StudioPackageTable][number];
