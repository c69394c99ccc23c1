/**
 * Writes a workspace of five demo years (2020–2024) as JSON, for the dashboard benchmark: each year is the demo
 * generated for that year, so the whole is about five times the demo's records. Run with tsx:
 * `tsx scripts/bench/multiYearWorkspace.ts OUT.json`.
 */
import { writeFileSync } from 'node:fs';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import { WORKSPACE_TABLES, type WorkspaceRecords } from '../../shared/domain';

const YEARS = [2020, 2021, 2022, 2023, 2024];
/** People, departments and studios are the same organisation every year; the rest is per year. */
const SHARED = new Set(['departments', 'people', 'studios', 'categories', 'articles']);

const merged: Record<string, Map<string, unknown>> = Object.fromEntries(WORKSPACE_TABLES.map((t) => [t, new Map()]));
for (const year of YEARS) {
  const w = generateDemoWorkspace({ year }) as unknown as Record<string, { id: string }[]>;
  const suffix = year === 2024 ? '' : `-y${year}`;
  // Projects, achievements and activities have ids without the year: make them distinct, with their references.
  const rename = (id: string | undefined) => (id === undefined ? undefined : `${id}${suffix}`);
  for (const table of WORKSPACE_TABLES) {
    for (const record of w[table] ?? []) {
      let r = record as Record<string, unknown>;
      if (table === 'projects' || table === 'activities') r = { ...r, id: rename(r.id as string) };
      if (table === 'achievements') r = { ...r, id: rename(r.id as string), projectId: rename(r.projectId as string | undefined) };
      if (table === 'incentives' && r.sourceKind === 'project') r = { ...r, sourceId: rename(r.sourceId as string) };
      const id = r.id as string;
      if (SHARED.has(table) && merged[table]!.has(id)) continue;
      merged[table]!.set(id, r);
    }
  }
}
const out = Object.fromEntries(WORKSPACE_TABLES.map((t) => [t, [...merged[t]!.values()]])) as unknown as WorkspaceRecords;
writeFileSync(process.argv[2] ?? 'multi-year.json', JSON.stringify(out));
console.log(Object.fromEntries(WORKSPACE_TABLES.map((t) => [t, out[t].length])));
