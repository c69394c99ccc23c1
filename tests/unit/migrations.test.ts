/**
 * Every schema version keeps its upgrade, and a database from each version is brought forward and checked
 * record by record. Each fixture (tests/fixtures/migrations/v<n>.json) holds rows exactly as version n stored
 * them; `expectAfterUpgrade` says what each table must hold once the app's upgrades have run (unchanged rows by
 * default). Whoever adds Dexie version n adds `v<n>.json` and, when the upgrade changes rows, its expectation
 * here; the harness does the rest (create at version n with `upToVersion`, close, open with the app, compare).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkInstalledDatabase } from '../../renderer/db/installedVersion';
import { appSchemaVersion, JiangxinDatabase, SCHEMA_V1 } from '../../renderer/db/database';
import type { Article, Person } from '../../shared/domain';
import { summariseArticle } from '../../shared/knowledge/articleFacets';
import { SEARCH_INDEX_VERSION } from '../../shared/knowledge/search';
import { SEARCH_INDEX_VERSION_KEY } from '../../renderer/db/repositories/knowledge/knowledgeTables';

interface MigrationFixture {
  readonly version: number;
  readonly tables: Record<string, Record<string, unknown>[]>;
}

const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/migrations');

/** Bytes are written in fixtures as { "$bytesHex": "…" }. */
function revive(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return JSON.parse(JSON.stringify(rows), (_k, v: unknown) =>
    v && typeof v === 'object' && '$bytesHex' in v ? Uint8Array.from(Buffer.from((v as { $bytesHex: string }).$bytesHex, 'hex')) : v,
  ) as Record<string, unknown>[];
}

function loadFixtures(): MigrationFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => /^v\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as MigrationFixture)
    .map((f) => ({ ...f, tables: Object.fromEntries(Object.entries(f.tables).map(([name, rows]) => [name, revive(rows)])) }))
    .sort((a, b) => a.version - b.version);
}

/**
 * What a table of a version-`from` fixture must hold after every upgrade up to the app's version. Add a case
 * when your version's upgrade changes existing rows.
 */
function expectAfterUpgrade(
  from: number,
  table: string,
  rows: Record<string, unknown>[],
  tables: MigrationFixture['tables'],
): Record<string, unknown>[] {
  const without = (field: string) => rows.map(({ [field]: _dropped, ...rest }) => rest);
  // Version 2 (sealing): anonymous codes leave entries (only the sealed map holds them), the code prefix leaves
  // competitions, and version-1 competition packages are dropped.
  if (from < 2 && table === 'entries') return without('anonCode');
  if (from < 2 && table === 'competitions') return without('drawCodePrefix');
  if (from < 2 && table === 'competitionPackages') return [];
  // Version 3 (judging): marks and mark events of the version-1 shape are dropped (never written by a release).
  if (from < 3 && (table === 'marks' || table === 'markEvents')) return [];
  // Version 4 (knowledge): article rows become summaries (body moved out, facets derived), numbered in id order.
  if (from < 4 && table === 'articles') {
    const people = new Map(((tables.people ?? []) as unknown as Person[]).map((p) => [p.id, p]));
    const articles = [...(rows as unknown as Article[])].sort((a, b) => (a.id < b.id ? -1 : 1));
    return articles.map((a, i) => summariseArticle(a, i + 1, people) as unknown as Record<string, unknown>);
  }
  // … and the search index is built once, its version recorded in settings.
  if (from < 4 && table === 'settings') return [...rows, { key: SEARCH_INDEX_VERSION_KEY, value: SEARCH_INDEX_VERSION }];
  return rows;
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('schema migrations', () => {
  const fixtures = loadFixtures();

  it('has a fixture for version 1 at least, and one per version it was written for', () => {
    expect(fixtures.map((f) => f.version)).toContain(1);
    for (const f of fixtures) expect(f.version).toBeLessThanOrEqual(appSchemaVersion());
  });

  it.each(fixtures.map((f) => [f.version, f] as const))('brings a version %i database forward, record by record', async (version, fixture) => {
    const name = `migration-${version}-${crypto.randomUUID()}`;
    names.push(name);
    const old = new JiangxinDatabase(name, { upToVersion: version });
    await old.open();
    expect(old.verno).toBe(version);
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();

    const upgraded = new JiangxinDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(appSchemaVersion());
    for (const [table, rows] of Object.entries(fixture.tables)) {
      const expected = expectAfterUpgrade(version, table, rows, fixture.tables);
      const stored = upgraded.table(table);
      expect(await stored.count(), table).toBe(expected.length);
      const key = stored.schema.primKey.keyPath as string;
      for (const row of expected) expect(await stored.get(row[key] as string), `${table} ${String(row[key])}`).toEqual(row);
    }
    upgraded.close();
  });

  it('recognises a database made by a newer version of the app, without opening it', async () => {
    const name = `migration-newer-${crypto.randomUUID()}`;
    names.push(name);
    const newer = new Dexie(name);
    newer.version(appSchemaVersion() + 1).stores(SCHEMA_V1);
    await newer.open();
    newer.close();
    expect(await checkInstalledDatabase(name)).toEqual({ kind: 'newer', installed: appSchemaVersion() + 1, app: appSchemaVersion() });
    expect(await checkInstalledDatabase(`missing-${crypto.randomUUID()}`)).toEqual({ kind: 'none' });
  });

  it('recognises an older database, which the app upgrades after backing it up', async () => {
    const name = `migration-older-${crypto.randomUUID()}`;
    names.push(name);
    const older = new JiangxinDatabase(name, { upToVersion: 1 });
    await older.open();
    older.close();
    const app = appSchemaVersion();
    expect(await checkInstalledDatabase(name, app + 1)).toEqual({ kind: 'older', installed: 1, app: app + 1 });
  });
});
