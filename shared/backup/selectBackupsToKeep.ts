/**
 * Which automatic backups to keep (grandfather-father-son): the newest backup of each of the last 7 days that
 * have one, of each of the last 4 weeks (ISO weeks), and of each of the last 12 months; the newest backup is
 * always kept. Days, weeks and months are counted in UTC so the rule gives the same answer on every machine.
 * Everything else is deleted after each new backup; an entry whose date cannot be read is kept (the rule
 * never deletes what it does not understand).
 */
export interface BackupListing {
  readonly name: string;
  /** ISO date-time the backup was made. */
  readonly createdAt: string;
}

export interface RotationPolicy {
  readonly daily: number;
  readonly weekly: number;
  readonly monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

export function selectBackupsToKeep(backups: readonly BackupListing[], policy: RotationPolicy = DEFAULT_ROTATION): Set<string> {
  const keep = new Set(backups.filter((b) => Number.isNaN(Date.parse(b.createdAt))).map((b) => b.name));
  const newestFirst = [...backups]
    .filter((b) => !Number.isNaN(Date.parse(b.createdAt)))
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.name.localeCompare(a.name));
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  const keepNewestPerBucket = (bucketOf: (date: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const bucket = bucketOf(new Date(backup.createdAt));
      if (seen.has(bucket)) continue;
      if (seen.size >= count) break;
      seen.add(bucket);
      keep.add(backup.name);
    }
  };
  keepNewestPerBucket((d) => d.toISOString().slice(0, 10), policy.daily);
  keepNewestPerBucket(isoWeek, policy.weekly);
  keepNewestPerBucket((d) => d.toISOString().slice(0, 7), policy.monthly);
  return keep;
}

/** ISO 8601 week of a UTC date, e.g. "2024-W09". */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
