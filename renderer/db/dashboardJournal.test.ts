import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { computeYearFigures } from '../../shared/dashboard/computeYearFigures';
import { dashboardRecordsOf } from '../../shared/dashboard/dashboardFacts';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import { JiangxinDatabase, SCHEMA_V1 } from './database';
import { createRepositories } from './repositories';

const names: string[] = [];
function dbName() {
  const name = `test-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const demo = generateDemoWorkspace();

async function sliceFigures(db: JiangxinDatabase, year: number) {
  const slice = await createRepositories(db).dashboard.slice();
  expect(slice.facts).not.toBeNull();
  return computeYearFigures(dashboardRecordsOf(slice.facts!), year);
}

describe('the dashboard snapshot and journal', () => {
  it('follows every write to the counted tables and gives the figures of the records themselves', async () => {
    const db = new JiangxinDatabase(dbName());
    const repos = createRepositories(db);
    await repos.dashboard.rebuild();
    await repos.workspace.replaceWith(demo);
    expect(await sliceFigures(db, 2024)).toEqual(computeYearFigures(demo, 2024));

    // A new utility-model patent, a removed achievement and a renamed person, each through a repository.
    const [first, second] = demo.achievements.filter((a) => a.year === 2024);
    await repos.achievements.save({ ...first!, id: 'a-new', title: '新成果', kind: 'utility_model' });
    await repos.achievements.remove(second!.id);
    const after = { ...demo, achievements: [...demo.achievements.filter((a) => a.id !== second!.id), { ...first!, id: 'a-new', kind: 'utility_model' as const }] };
    const expected = computeYearFigures(after, 2024);
    expect((await sliceFigures(db, 2024)).utilityModelPatents).toEqual(expected.utilityModelPatents);
    expect((await repos.dashboard.slice()).pending).toBeGreaterThan(0);

    await repos.dashboard.compact();
    expect((await repos.dashboard.slice()).pending).toBe(0);
    expect(await sliceFigures(db, 2024)).toEqual(expected);
    db.close();
  });

  it('leaves no journal entry behind when the write it describes is rolled back', async () => {
    const db = new JiangxinDatabase(dbName());
    const repos = createRepositories(db);
    await repos.workspace.replaceWith(demo);
    await repos.dashboard.compact();
    await expect(
      db.transaction('rw', db.people, async () => {
        await db.people.put({ ...demo.people[0]!, honours: [] });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await repos.dashboard.slice()).pending).toBe(0);
    db.close();
  });

  it('follows deletes by query, and asks for a rebuild when a change cannot be replayed', async () => {
    const db = new JiangxinDatabase(dbName());
    const repos = createRepositories(db);
    await repos.workspace.replaceWith(demo);
    await repos.dashboard.compact();
    await db.achievements.where('year').equals(2022).delete();
    await db.dashboardCache.put({ key: 'journal:999999999999999:000000:zzzz', change: { kind: 'invalidate' } });
    expect((await repos.dashboard.slice()).facts).toBeNull();
    await repos.dashboard.compact();
    expect((await repos.dashboard.slice()).pending).toBe(0);
    const without2022 = { ...demo, achievements: demo.achievements.filter((a) => a.year !== 2022) };
    expect(await sliceFigures(db, 2022)).toEqual(computeYearFigures(without2022, 2022));
    db.close();
  });

  it('is built by the upgrade of a database created at version 1', async () => {
    const name = dbName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.transaction('rw', v1.tables, async () => {
      for (const table of ['departments', 'people', 'competitions', 'entries', 'publications', 'studios', 'projects', 'achievements', 'incentives'] as const) {
        await v1.table(table).bulkAdd([...demo[table]]);
      }
    });
    v1.close();

    const db = new JiangxinDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    expect((await createRepositories(db).dashboard.slice()).pending).toBe(0);
    expect(await sliceFigures(db, 2024)).toEqual(computeYearFigures(demo, 2024));
    expect(await db.invitations.count()).toBe(0);
    db.close();
  });
});
