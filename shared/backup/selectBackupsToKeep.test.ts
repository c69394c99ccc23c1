import { describe, expect, it } from 'vitest';
import { isoWeek, selectBackupsToKeep, type BackupListing } from './selectBackupsToKeep';

/** One backup every `hours` hours going back from `end`. */
function series(end: string, count: number, hours: number): BackupListing[] {
  const last = Date.parse(end);
  return Array.from({ length: count }, (_, i) => {
    const createdAt = new Date(last - i * hours * 3_600_000).toISOString();
    return { name: `b-${createdAt}`, createdAt };
  });
}

describe('which automatic backups are kept', () => {
  it('keeps everything while there are few', () => {
    const backups = series('2024-03-10T12:00:00Z', 3, 24);
    expect(selectBackupsToKeep(backups)).toEqual(new Set(backups.map((b) => b.name)));
  });

  it('keeps one a day for 7 days, one a week for 4 weeks and one a month for 12 months after two years of hourly backups', () => {
    const backups = series('2024-12-31T23:00:00Z', 24 * 730, 1);
    const kept = [...selectBackupsToKeep(backups)].sort().reverse();
    const days = new Set(kept.map((n) => n.slice(2, 12)));
    // 7 daily + at most 4 weekly + at most 12 monthly, overlapping: never more than 23, never fewer than 12.
    expect(kept.length).toBeLessThanOrEqual(23);
    expect(kept.length).toBeGreaterThanOrEqual(12);
    for (let d = 25; d <= 31; d++) expect(days.has(`2024-12-${d}`)).toBe(true);
    const months = new Set(kept.map((n) => n.slice(2, 9)));
    expect(months.size).toBe(12);
    expect(months.has('2024-01')).toBe(true);
    expect(months.has('2023-12')).toBe(false);
    // The newest of each day is the one kept.
    expect(kept[0]).toBe('b-2024-12-31T23:00:00.000Z');
    expect(kept).toContain('b-2024-12-30T23:00:00.000Z');
  });

  it('keeps the newest of several backups made on one day (e.g. before each import)', () => {
    const backups = series('2024-03-10T18:00:00Z', 5, 2);
    expect(selectBackupsToKeep(backups)).toEqual(new Set(['b-2024-03-10T18:00:00.000Z']));
  });

  it('never deletes an entry whose date it cannot read', () => {
    const kept = selectBackupsToKeep([{ name: 'x', createdAt: 'garbage' }, ...series('2024-03-10T12:00:00Z', 3, 1)]);
    expect(kept.has('x')).toBe(true);
    expect(kept.size).toBe(2);
  });

  it('names ISO weeks across the new year', () => {
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(new Date('2021-01-03T00:00:00Z'))).toBe('2020-W53');
  });
});
