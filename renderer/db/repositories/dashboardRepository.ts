/**
 * The dashboard's slice of the workspace: one stored snapshot plus the journal of changes since
 * (renderer/db/dashboardJournal.ts). Reading it touches only the `dashboardCache` table, so a live query over it
 * re-runs on any change to the records the dashboard counts, without reading those records.
 */
import {
  applyDashboardFactChange,
  buildDashboardFacts,
  type DashboardFacts,
} from '../../../shared/dashboard/dashboardFacts';
import { DASHBOARD_TABLES } from '../../../shared/dashboard/dashboardRecords';
import type { JiangxinDatabase } from '../database';
import { JOURNAL_PREFIX, SNAPSHOT_KEY, type DashboardCacheRow } from '../dashboardJournal';

export interface DashboardSlice {
  /** Null when the snapshot is missing or a journalled change cannot be replayed: call `rebuild()`. */
  readonly facts: DashboardFacts | null;
  /** Journal entries folded in on reading; `compact()` writes them into the snapshot. */
  readonly pending: number;
}

function replay(snapshot: DashboardCacheRow | undefined, journal: readonly DashboardCacheRow[]): DashboardFacts | null {
  if (!snapshot?.json) return null;
  const facts = JSON.parse(snapshot.json) as DashboardFacts;
  for (const row of journal) {
    if (!row.change || row.change.kind === 'invalidate') return null;
    applyDashboardFactChange(facts, row.change);
  }
  return facts;
}

export function createDashboardRepository(db: JiangxinDatabase) {
  const journal = () => db.dashboardCache.where('key').startsWith(JOURNAL_PREFIX);

  /** Builds the snapshot from the records themselves (first use, or after a change that cannot be replayed). */
  async function rebuildNow(): Promise<void> {
    const sources = DASHBOARD_TABLES.map((name) => db.table(name));
    await db.transaction('rw', [...sources, db.dashboardCache], async () => {
      const rows = await Promise.all(sources.map((t) => t.toArray()));
      const facts = buildDashboardFacts(Object.fromEntries(DASHBOARD_TABLES.map((name, i) => [name, rows[i]])) as never);
      await journal().delete();
      await db.dashboardCache.put({ key: SNAPSHOT_KEY, json: JSON.stringify(facts) });
    });
  }

  /** Folds the journal into the snapshot, in one transaction over the cache alone. */
  async function compactNow(): Promise<void> {
    const needsRebuild = await db.transaction('rw', db.dashboardCache, async () => {
      const [snapshot, rows] = await Promise.all([db.dashboardCache.get(SNAPSHOT_KEY), journal().toArray()]);
      if (rows.length === 0 && snapshot) return false;
      const facts = replay(snapshot, rows);
      if (!facts) return true;
      await db.dashboardCache.bulkDelete(rows.map((r) => r.key));
      await db.dashboardCache.put({ key: SNAPSHOT_KEY, json: JSON.stringify(facts) });
      return false;
    });
    if (needsRebuild) await rebuildNow();
  }

  /** One rebuild or compaction at a time: a live query may ask again while one is running. */
  let running: Promise<void> | undefined;
  const once = (work: () => Promise<void>) => {
    running ??= work().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    async slice(): Promise<DashboardSlice> {
      const [snapshot, rows] = await Promise.all([db.dashboardCache.get(SNAPSHOT_KEY), journal().toArray()]);
      return { facts: replay(snapshot, rows), pending: rows.length };
    },
    rebuild: () => once(rebuildNow),
    compact: () => once(compactNow),
  };
}

export type DashboardRepository = ReturnType<typeof createDashboardRepository>;
