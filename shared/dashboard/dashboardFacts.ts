/**
 * The dashboard slice kept by record id, so a change to the workspace updates it record by record instead of
 * rebuilding it from whole tables. Pure: the database layer stores it and feeds it each change.
 */
import type { Id } from '../domain';
import {
  DASHBOARD_TABLES,
  projectDashboardRow,
  type DashboardRecords,
  type DashboardRow,
  type DashboardTable,
} from './dashboardRecords';

export const DASHBOARD_FACTS_FORMAT = 1;

export interface DashboardFacts {
  readonly format: typeof DASHBOARD_FACTS_FORMAT;
  readonly tables: { [T in DashboardTable]: Record<Id, DashboardRow<T>> };
}

export type DashboardFactChange =
  | { readonly kind: 'put'; readonly table: DashboardTable; readonly records: readonly { id: Id }[] }
  | { readonly kind: 'delete'; readonly table: DashboardTable; readonly ids: readonly Id[] }
  | { readonly kind: 'clear'; readonly table: DashboardTable };

export function isDashboardTable(name: string): name is DashboardTable {
  return (DASHBOARD_TABLES as readonly string[]).includes(name);
}

export function buildDashboardFacts(records: { readonly [T in DashboardTable]: readonly { id: Id }[] }): DashboardFacts {
  const tables = {} as Record<DashboardTable, Record<Id, unknown>>;
  for (const table of DASHBOARD_TABLES) {
    const byId: Record<Id, unknown> = {};
    for (const record of records[table]) byId[record.id] = projectDashboardRow(table, record as never);
    tables[table] = byId;
  }
  return { format: DASHBOARD_FACTS_FORMAT, tables: tables as DashboardFacts['tables'] };
}

/** Applies one change in place (the caller owns `facts`, a freshly parsed copy). */
export function applyDashboardFactChange(facts: DashboardFacts, change: DashboardFactChange): void {
  const byId = facts.tables[change.table] as Record<Id, unknown>;
  switch (change.kind) {
    case 'put':
      for (const record of change.records) byId[record.id] = projectDashboardRow(change.table, record as never);
      break;
    case 'delete':
      for (const id of change.ids) delete byId[id];
      break;
    case 'clear':
      (facts.tables as Record<DashboardTable, Record<Id, unknown>>)[change.table] = {};
      break;
  }
}

export function dashboardRecordsOf(facts: DashboardFacts): DashboardRecords {
  const out = {} as Record<DashboardTable, unknown[]>;
  for (const table of DASHBOARD_TABLES) out[table] = Object.values(facts.tables[table] ?? {});
  return out as unknown as DashboardRecords;
}
