import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Achievement, Activity, Person, Project } from '../../shared/domain';
import { JiangxinDatabase, SCHEMA_V1 } from './database';
import { createRepositories } from './repositories';
import { testDatabases } from './testing/testDatabases';

const at = '2024-03-01T08:00:00.000Z';
const project = (id: string, studioId: string, stage: Project['stage'], memberIds: string[]): Project => ({
  id, version: 1, updatedAt: at, studioId, title: id, summary: '', stage, gates: [], memberIds, startDate: '2024-01-10', budgetFen: 0, spentFen: 0, milestones: [], notes: [],
});
const achievement = (id: string, studioId: string, year: number, ownerIds: string[]): Achievement => ({
  id, version: 1, updatedAt: at, title: id, kind: 'five_small', studioId, ownerIds, year, date: `${year}-06-01`, annualSavingsFen: 0, savingsBasis: '', efficiencyGain: '', rolledOutTo: [],
});
const activity = (id: string, studioId: string, date: string, attendeeIds: string[]): Activity => ({ id, version: 1, updatedAt: at, studioId, kind: 'training', title: id, date, attendeeIds, hours: 2 });
const person = (id: string, employeeNo: string): Person => ({ id, version: 1, updatedAt: at, name: id, employeeNo, departmentId: 'd1', trade: '信号工', honours: [] });

const databases = testDatabases();

async function databaseCreatedAtVersion1(): Promise<string> {
  const name = `v1-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('projects').bulkAdd([project('p1', 's1', 'trial', ['a', 'b']), project('p2', 's1', 'review', ['b']), project('p3', 's2', 'trial', ['a'])]);
  await v1.table('achievements').bulkAdd([achievement('x1', 's1', 2023, ['a']), achievement('x2', 's1', 2024, ['a', 'b'])]);
  await v1.table('activities').bulkAdd([activity('t1', 's1', '2023-12-30', ['a']), activity('t2', 's1', '2024-03-02', ['b']), activity('t3', 's1', '2024-09-09', ['a'])]);
  await v1.table('people').bulkAdd([person('a', 'E1'), person('b', 'E2')]);
  v1.close();
  return name;
}

describe('the studios schema (version 5)', () => {
  it('upgrades a version 1 database and answers the pages through the new indexes', async () => {
    const db = new JiangxinDatabase(await databaseCreatedAtVersion1());
    databases.track(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(5);
    const r = createRepositories(db);
    expect((await r.projects.ofStudioInStage('s1', 'trial')).map((p) => p.id)).toEqual(['p1']);
    expect((await r.projects.ofMember('a')).map((p) => p.id).sort()).toEqual(['p1', 'p3']);
    expect((await r.achievements.ofStudio('s1', 2024)).map((a) => a.id)).toEqual(['x2']);
    expect((await r.achievements.ofOwner('b')).map((a) => a.id)).toEqual(['x2']);
    expect((await r.studios.activities.ofStudio('s1', 2024)).map((a) => a.id)).toEqual(['t3', 't2']);
    expect((await r.studios.activities.attendedBy('a')).map((a) => a.id).sort()).toEqual(['t1', 't3']);
  });

  it('leaves a tombstone when a record is deleted', async () => {
    const db = new JiangxinDatabase(await databaseCreatedAtVersion1());
    databases.track(db);
    const r = createRepositories(db);
    await r.projects.remove('p1');
    expect(await r.projects.get('p1')).toBeUndefined();
    expect(await db.tombstones.get('projects:p1')).toMatchObject({ table: 'projects', recordId: 'p1', version: 1 });
  });

  it('keeps a project under review read-only except its scorecard and gate', async () => {
    const db = new JiangxinDatabase(await databaseCreatedAtVersion1());
    databases.track(db);
    const r = createRepositories(db);
    const p2 = (await r.projects.get('p2'))!;
    await expect(r.projects.save({ ...p2, title: 'changed' })).rejects.toThrow(/read-only/);
    const kill = await r.projects.decideGate('p2', { decision: 'kill', by: '评审组', at: '2024-04-01', note: '重复立项' });
    expect(kill.ok).toBe(true);
    expect(await r.projects.get('p2')).toMatchObject({ stage: 'rejected', version: 2, gates: [{ from: 'review', to: 'rejected', by: '评审组' }] });
  });

  it('matches a person whose employee number is already known instead of failing on the unique index', async () => {
    const db = new JiangxinDatabase(await databaseCreatedAtVersion1());
    databases.track(db);
    const r = createRepositories(db);
    const outcome = await r.people.saveOrMatch({ ...person('other-unit-id', 'E2'), name: 'b' });
    expect(outcome).toMatchObject({ kind: 'matched', person: { id: 'b' } });
    expect(await r.people.count()).toBe(2);
  });
});
