/**
 * Keeps the dashboard's slice of the workspace (shared/dashboard/dashboardFacts.ts) up to date as records change,
 * so the dashboard opens by reading one stored snapshot and a short journal instead of nine whole tables.
 *
 * A Dexie DBCore middleware: every read-write transaction that touches a table the dashboard counts from also
 * gets the `dashboardCache` store, and every write to such a table appends, in the same transaction, one journal
 * row with the change (the written records cut down to the fields the dashboard needs). The journal therefore
 * commits or aborts with the data it describes, whoever wrote it (repositories, imports, demo load, other tabs).
 * The dashboard reads the snapshot plus the journal and folds the journal into the snapshot now and then
 * (renderer/db/repositories/dashboardRepository.ts).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { isDashboardTable, type DashboardFactChange } from '../../shared/dashboard/dashboardFacts';
import { projectDashboardRow } from '../../shared/dashboard/dashboardRecords';

export const DASHBOARD_CACHE_TABLE = 'dashboardCache';
export const SNAPSHOT_KEY = 'snapshot';
export const JOURNAL_PREFIX = 'journal:';

/** A journalled change; `invalidate` when it cannot be replayed (a partial range delete, a partly failed write). */
export type JournalChange = DashboardFactChange | { readonly kind: 'invalidate' };

/** A row of the `dashboardCache` table: the snapshot (JSON of DashboardFacts), or one journal entry. */
export interface DashboardCacheRow {
  readonly key: string;
  readonly json?: string;
  readonly change?: JournalChange;
}

let sequence = 0;

/** Journal keys sort in write order: wall-clock milliseconds, then a per-page counter, then a random tag. */
function journalKey(): string {
  sequence = (sequence + 1) % 1_000_000;
  const random = Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0');
  return `${JOURNAL_PREFIX}${String(Date.now()).padStart(15, '0')}:${String(sequence).padStart(6, '0')}:${random}`;
}

function changeOf(table: string, req: DBCoreMutateRequest, res: DBCoreMutateResponse): JournalChange {
  if (!isDashboardTable(table) || res.numFailures > 0) return { kind: 'invalidate' };
  switch (req.type) {
    case 'add':
    case 'put':
      return { kind: 'put', table, records: req.values.map((v: { id: string }) => projectDashboardRow(table, v as never) as { id: string }) };
    case 'delete':
      return { kind: 'delete', table, ids: req.keys as string[] };
    case 'deleteRange': {
      // DBCoreRangeType.Any (3): Table.clear(). Dexie declares the enum `const`, so it is not importable.
      return req.range.type === 3 ? { kind: 'clear', table } : { kind: 'invalidate' };
    }
  }
}

export const dashboardJournalMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DashboardJournal',
  create(down) {
    const hasCache = () => down.schema.tables.some((t) => t.name === DASHBOARD_CACHE_TABLE);
    return {
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.some(isDashboardTable) && !stores.includes(DASHBOARD_CACHE_TABLE) && hasCache();
        return down.transaction(widen ? [...stores, DASHBOARD_CACHE_TABLE] : stores, mode, options);
      },
      table(name): DBCoreTable {
        const table = down.table(name);
        if (!isDashboardTable(name)) return table;
        return {
          ...table,
          mutate(req) {
            return table.mutate(req).then((res) => {
              // During an upgrade from an older version the store may not exist yet: nothing to journal into.
              const stores = (req.trans as unknown as IDBTransaction).objectStoreNames;
              if (stores && !stores.contains(DASHBOARD_CACHE_TABLE)) return res;
              const row: DashboardCacheRow = { key: journalKey(), change: changeOf(name, req, res) };
              return down
                .table(DASHBOARD_CACHE_TABLE)
                .mutate({ trans: req.trans, type: 'put', values: [row] })
                .then(() => res);
            });
          },
        };
      },
    };
  },
};
