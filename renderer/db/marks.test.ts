import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import type { JudgeAssignment } from '../../shared/domain';
import { FIXTURE_COMPETITION_ID as C, judgingRubric } from '../../shared/judging/testing/judgingFixture';
import { appSchemaVersion, JiangxinDatabase, SCHEMA_V1 } from './database';
import { createRepositories, type Repositories } from './repositories';
import { testDatabases } from './testing/testDatabases';
import { watchCompetitionMarks } from '../features/judging/review/watchCompetitionMarks';

const databases = testDatabases();
const openDb = databases.open;

const rubric = judgingRubric();
const judge = (id: string): JudgeAssignment => ({ id, version: 1, updatedAt: '2024-05-01T00:00:00.000Z', competitionId: C, personId: `p-${id}`, role: 'judge', moduleIds: ['mod-a'], stations: [] });

async function seedMaster(repos: Repositories) {
  const base = generateDemoWorkspace().competitions[0]!;
  await repos.competitions.save({ ...base, id: C, status: 'scoring', rubric });
  await repos.competitions.judges.save(judge('as-1'));
  await repos.competitions.judges.save(judge('as-2'));
}

async function scoreOn(repos: Repositories, assignmentId: string, values: [string, string, unknown][]) {
  const { deviceId } = await repos.marks.deviceKey();
  for (const [itemId, subjectRef, value] of values) {
    await repos.marks.append({ competitionId: C, assignmentId, deviceId, at: new Date().toISOString(), type: 'set', moduleId: 'mod-a', itemId, subjectRef, value: value as never });
  }
}

describe('database version 3', () => {
  it('upgrades a version-1 database, keeping its records', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('settings').put({ key: 'workspace.origin', value: 'demo' });
    await v1.table('marks').put({ id: 'old', competitionId: 'c', entryId: 'e', judgeId: 'j' });
    v1.close();
    const { db, repos } = await openDb(name);
    expect(db.verno).toBe(appSchemaVersion());
    expect(await repos.settings.get('workspace.origin')).toBe('demo');
    expect(await db.marks.count()).toBe(0);
    expect(await repos.marks.deviceKey()).toMatchObject({ id: 'this-device' });
  });

  it('writes every value as an event and keeps the marks view equal to the log', async () => {
    const { repos } = await openDb();
    await scoreOn(repos, 'as-1', [
      ['it-level', 'order:1', { kind: 'level', level: 2 }],
      ['it-level', 'order:1', { kind: 'level', level: 3 }],
      ['it-met', 'order:1', { kind: 'met', met: true }],
    ]);
    const marks = await repos.marks.marksOf(C);
    expect(marks.map((m) => [m.itemId, m.value])).toEqual([
      ['it-level', { kind: 'level', level: 3 }],
      ['it-met', { kind: 'met', met: true }],
    ]);
    expect(await repos.marks.verifyChains(C)).toMatchObject({ chains: 1, events: 3, issues: [], viewMatches: true });
  });

  it('moves score packages from judge laptops to the master: pin on first import, re-import is a no-op, tampering writes nothing', async () => {
    const laptop1 = await openDb();
    const laptop2 = await openDb();
    const master = await openDb();
    await seedMaster(master.repos);
    await scoreOn(laptop1.repos, 'as-1', [['it-level', 'order:1', { kind: 'level', level: 3 }], ['it-met', 'order:1', { kind: 'met', met: true }]]);
    await scoreOn(laptop2.repos, 'as-2', [['it-level', 'order:1', { kind: 'level', level: 1 }], ['it-met', 'order:1', { kind: 'met', met: false }]]);
    const pkg1 = await laptop1.repos.marks.exportScorePackage(C, rubric);
    const pkg2 = await laptop2.repos.marks.exportScorePackage(C, rubric);

    const first = await master.repos.marks.importScorePackage(C, pkg1);
    expect(first).toMatchObject({ ok: true, outcome: 'confirm_key' });
    expect(await master.repos.marks.marksOf(C)).toEqual([]);
    const fingerprint = first.ok && first.outcome === 'confirm_key' ? first.fingerprint : '';
    expect(await master.repos.marks.importScorePackage(C, pkg1, { confirmedFingerprint: fingerprint })).toMatchObject({ ok: true, outcome: 'imported', report: { newMarks: 2 } });
    expect(await master.repos.marks.importScorePackage(C, pkg1)).toMatchObject({ ok: true, outcome: 'unchanged', report: { newMarks: 0 } });

    const tampered = pkg2.slice();
    const at = new TextDecoder().decode(pkg2).indexOf('"level":1');
    tampered[at + 8] = '2'.charCodeAt(0);
    expect(await master.repos.marks.importScorePackage(C, tampered)).toMatchObject({ ok: false, code: 'bad_signature' });
    expect(await master.repos.marks.marksOf(C)).toHaveLength(2);

    const second = await master.repos.marks.importScorePackage(C, pkg2);
    const fp2 = second.ok && second.outcome === 'confirm_key' ? second.fingerprint : '';
    expect(await master.repos.marks.importScorePackage(C, pkg2, { confirmedFingerprint: fp2 })).toMatchObject({ ok: true, outcome: 'imported' });
    expect(await master.repos.marks.marksOf(C)).toHaveLength(4);
    expect(await master.repos.marks.verifyChains(C)).toMatchObject({ chains: 2, issues: [], viewMatches: true });
  });
});

describe('database version 9 and the live review board feed', () => {
  it('upgrades a version-6 database: mark events gain the [competitionId+type] index and the lock state reads through it', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v6 = new JiangxinDatabase(name, { upToVersion: 6 });
    await v6.open();
    const v6repos = createRepositories(v6);
    await seedMaster(v6repos);
    await scoreOn(v6repos, 'as-1', [['it-level', 'order:1', { kind: 'level', level: 3 }]]);
    const { deviceId } = await v6repos.marks.deviceKey();
    await v6repos.marks.append({ competitionId: C, assignmentId: 'as-1', deviceId, at: new Date().toISOString(), type: 'submit_module', moduleId: 'mod-a' });
    v6.close();
    const { db, repos } = await openDb(name);
    expect(db.verno).toBe(appSchemaVersion());
    expect(await db.markEvents.where('[competitionId+type]').equals([C, 'submit_module']).count()).toBe(1);
    const lock = await repos.marks.lockState(C);
    expect(lock.isSubmitted('as-1', 'mod-a')).toBe(true);
    expect(lock.isSubmitted('as-2', 'mod-a')).toBe(false);
    expect(await repos.marks.verifyChains(C)).toMatchObject({ issues: [], viewMatches: true });
  });

  it('tells a watcher which marks changed, one by one after a save and `all` after a bulk import', async () => {
    const { repos } = await openDb();
    const other = await openDb();
    await seedMaster(repos);
    const deltas: (string[] | 'all')[] = [];
    const watched = watchCompetitionMarks(repos.marks, C, (delta) => deltas.push(delta === 'all' ? 'all' : [...delta.keys()]));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
    expect(watched.loaded).toBe(true);
    expect(deltas).toEqual(['all']);

    await scoreOn(repos, 'as-1', [['it-level', 'order:1', { kind: 'level', level: 3 }]]);
    await settle();
    expect(deltas.at(-1)).toEqual(['as-1|mod-a|it-level|order:1']);
    expect(watched.marks.get('as-1|mod-a|it-level|order:1')?.value).toEqual({ kind: 'level', level: 3 });
    // Another database's writes are not this board's business.
    await other.repos.marks.append({ competitionId: C, assignmentId: 'as-2', deviceId: 'd', at: new Date().toISOString(), type: 'set', moduleId: 'mod-a', itemId: 'it-level', subjectRef: 'order:1', value: { kind: 'level', level: 1 } });
    await settle();
    expect(deltas).toHaveLength(2);

    const laptop = await openDb();
    const values: [string, string, unknown][] = Array.from({ length: 60 }, (_, i) => ['it-level', `order:${i + 1}`, { kind: 'level', level: i % 4 }]);
    await scoreOn(laptop.repos, 'as-2', values);
    const pkg = await laptop.repos.marks.exportScorePackage(C, rubric);
    const first = await repos.marks.importScorePackage(C, pkg);
    const fingerprint = first.ok && first.outcome === 'confirm_key' ? first.fingerprint : '';
    expect(await repos.marks.importScorePackage(C, pkg, { confirmedFingerprint: fingerprint })).toMatchObject({ ok: true, outcome: 'imported' });
    await settle();
    expect(deltas.at(-1)).toBe('all');
    expect(watched.marks.size).toBe(61);
    expect([...watched.marks.values()].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(await repos.marks.marksOf(C));
    watched.stop();
  });
});
