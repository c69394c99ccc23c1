import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyWorkspace, type Department, type Person, type WorkspaceRecords } from '../../shared/domain';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import { JiangxinDatabase } from './database';
import { createRepositories, type Repositories } from './repositories';

const at = '2024-03-01T08:00:00.000Z';
const department: Department = { id: 'dept-1', version: 1, updatedAt: at, name: '通号中心' };
const person = (id: string, employeeNo: string, name: string): Person => ({
  id,
  version: 1,
  updatedAt: at,
  name,
  employeeNo,
  departmentId: department.id,
  trade: '信号工',
  honours: [],
});

function workspaceWith(people: Person[]): WorkspaceRecords {
  return { ...emptyWorkspace(), departments: [department], people };
}

let db: JiangxinDatabase;
let repos: Repositories;

beforeEach(async () => {
  db = new JiangxinDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  repos = createRepositories(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('the database', () => {
  it('starts empty and reports it', async () => {
    expect(await repos.workspace.isEmpty()).toBe(true);
    expect(await repos.workspace.totalRecords()).toBe(0);
  });

  it('replaces the whole workspace in one transaction', async () => {
    await repos.workspace.replaceWith(workspaceWith([person('p1', 'E001', '王伟'), person('p2', 'E002', '李娜')]));
    const counts = await repos.workspace.counts();
    expect(counts.people).toBe(2);
    expect(counts.departments).toBe(1);
    expect((await repos.people.byEmployeeNo('E002'))?.name).toBe('李娜');
  });

  it('lands a replacement whole or not at all', async () => {
    await repos.workspace.replaceWith(workspaceWith([person('p1', 'E001', '王伟')]));
    // Two people with one employee number break the unique index half-way through the writes.
    const broken = workspaceWith([person('p2', 'E002', '李娜'), person('p3', 'E002', '张敏')]);
    await expect(repos.workspace.replaceWith(broken)).rejects.toThrow();
    const people = await repos.people.list();
    expect(people.map((p) => p.name)).toEqual(['王伟']);
  });

  it('bumps the version and the timestamp of a record on every save', async () => {
    await repos.people.departments.save(department);
    const first = await repos.people.save(person('p1', 'E001', '王伟'));
    const second = await repos.people.save({ ...first, trade: '通信工' });
    expect(first.version).toBe(1);
    expect(second.version).toBe(2);
    expect((await repos.people.get('p1'))?.trade).toBe('通信工');
  });

  it('keeps data when the database is closed and opened again, as after a restart', async () => {
    await repos.workspace.replaceWith(workspaceWith([person('p1', 'E001', '王伟')]));
    const name = db.name;
    db.close();
    const reopened = new JiangxinDatabase(name);
    await reopened.open();
    expect(await createRepositories(reopened).people.count()).toBe(1);
    reopened.close();
    db = new JiangxinDatabase(name);
  });

  it('reads several tables at once', async () => {
    await repos.workspace.replaceWith(workspaceWith([person('p1', 'E001', '王伟')]));
    const records = await repos.workspace.read(['people', 'departments']);
    expect(records.people).toHaveLength(1);
    expect(records.departments[0]?.name).toBe('通号中心');
  });

  it('remembers settings', async () => {
    await repos.settings.set('workspace.origin', 'demo');
    expect(await repos.settings.get('workspace.origin')).toBe('demo');
    expect(await repos.settings.get('missing')).toBeUndefined();
  });

  it('records a draw, and going back to registration removes it with the status change', async () => {
    const competition = generateDemoWorkspace().competitions[0]!;
    await repos.competitions.save({ ...competition, id: 'c1', status: 'registration' });
    const entry = { id: 'e1', competitionId: 'c1', memberIds: ['p1'], departmentId: department.id, coachIds: [], status: 'registered' as const };
    await repos.competitions.saveEntries([entry]);
    await repos.competitions.applyDraw('c1', 'seed-1', [{ entryId: 'e1', drawOrder: 1, station: 2 }], { stations: 3 });
    expect(await repos.competitions.get('c1')).toMatchObject({ drawSeed: 'seed-1', drawStations: 3 });
    expect(await repos.competitions.entries.get('e1')).toMatchObject({ drawOrder: 1, station: 2 });

    await repos.competitions.setStatus('c1', 'registration', { clearDraw: true });
    const cleared = await repos.competitions.get('c1');
    expect([cleared?.status, cleared?.drawSeed, cleared?.drawStations]).toEqual(['registration', undefined, undefined]);
    const stored = await repos.competitions.entries.get('e1');
    expect([stored?.drawOrder, stored?.station]).toEqual([undefined, undefined]);
  });
});

