/**
 * Paper score sheets on the master (database version 10): a version-1 database gains the table; a sheet typed in
 * by one person and confirmed by another becomes ordinary mark events in the master's chain, in one transaction.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../shared/demo/generateDemoWorkspace';
import type { Entry, JudgeAssignment } from '../../shared/domain';
import { parsePaperSheetReason } from '../../shared/judging';
import { FIXTURE_COMPETITION_ID as C, judgingRubric } from '../../shared/judging/testing/judgingFixture';
import { appSchemaVersion, SCHEMA_V1 } from './database';
import { type Repositories } from './repositories';
import { testDatabases } from './testing/testDatabases';

const databases = testDatabases();
const openDb = databases.open;

const AT = '2024-05-01T00:00:00.000Z';
const judge = (id: string, moduleIds = ['mod-a']): JudgeAssignment => ({ id, version: 1, updatedAt: AT, competitionId: C, personId: `p-${id}`, role: 'judge', moduleIds, stations: [] });
const entry = (order: number): Entry => ({ id: `e-${order}`, version: 1, updatedAt: AT, competitionId: C, memberIds: [`m-${order}`], departmentId: 'd', coachIds: [], status: 'checked_in', drawOrder: order, station: 1 });

async function seedMaster(repos: Repositories) {
  const base = generateDemoWorkspace().competitions[0]!;
  await repos.competitions.save({ ...base, id: C, status: 'scoring', rubric: judgingRubric() });
  await repos.competitions.judges.save(judge('as-1'));
  for (const order of [1, 2]) await repos.competitions.entries.save(entry(order));
}

describe('database version 10: paper score sheets', () => {
  it('upgrades a version-1 database with an empty paperSheets table and its indexes', async () => {
    const name = `test-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('settings').put({ key: 'workspace.origin', value: 'demo' });
    v1.close();
    const { db, repos } = await openDb(name);
    expect(db.verno).toBe(appSchemaVersion());
    expect(db.verno).toBeGreaterThanOrEqual(10);
    expect(await repos.settings.get('workspace.origin')).toBe('demo');
    expect(await db.paperSheets.count()).toBe(0);
    expect(db.paperSheets.schema.indexes.map((i) => i.name).sort()).toEqual(['[competitionId+assignmentId+moduleId]', 'competitionId']);
  });

  it('goes entry → rejected → corrected → confirmed, and the marks are ordinary chained events', async () => {
    const { repos } = await openDb();
    await seedMaster(repos);
    const started = await repos.paperSheets.start({ competitionId: C, assignmentId: 'as-1', moduleId: 'mod-a', enteredBy: '张三' });
    if (!started.ok) throw new Error(started.code);
    const id = started.sheet.id;
    expect(await repos.paperSheets.start({ competitionId: C, assignmentId: 'as-1', moduleId: 'mod-a', enteredBy: '王五' })).toMatchObject({ ok: false, code: 'open_sheet_exists' });

    await repos.paperSheets.setCell(id, { subjectRef: 'order:1', itemId: 'it-level' }, { kind: 'level', level: 3 });
    await repos.paperSheets.setCell(id, { subjectRef: 'order:2', itemId: 'it-level' }, { kind: 'level', level: 1 });
    expect(await repos.paperSheets.setCell(id, { subjectRef: 'order:3', itemId: 'it-level' }, { kind: 'level', level: 1 })).toMatchObject({ ok: false, code: 'unknown_cell' });
    expect((await repos.paperSheets.handOver(id)).ok).toBe(true);
    expect(await repos.paperSheets.confirm(id, '张三')).toMatchObject({ ok: false, code: 'same_person' });

    const rejected = await repos.paperSheets.reject(id, { confirmer: '李四', cells: [{ subjectRef: 'order:2', itemId: 'it-level' }], reason: '纸上是 2' });
    expect(rejected).toMatchObject({ ok: true, sheet: { status: 'returned' } });
    await repos.paperSheets.setCell(id, { subjectRef: 'order:2', itemId: 'it-level' }, { kind: 'level', level: 2 });
    await repos.paperSheets.handOver(id);
    expect(await repos.marks.marksOf(C)).toHaveLength(0);

    const confirmed = await repos.paperSheets.confirm(id, '李四');
    expect(confirmed).toMatchObject({ ok: true, sheet: { status: 'confirmed', confirmedBy: '李四', unchangedCells: 0 } });
    const marks = await repos.marks.marksOf(C);
    expect(marks.map((m) => [m.subjectRef, m.value])).toEqual([
      ['order:1', { kind: 'level', level: 3 }],
      ['order:2', { kind: 'level', level: 2 }],
    ]);
    const events = await repos.marks.eventsOf(C);
    expect(events.map((e) => parsePaperSheetReason(e.reason))).toEqual([
      { sheetId: id, enteredBy: '张三', confirmedBy: '李四' },
      { sheetId: id, enteredBy: '张三', confirmedBy: '李四' },
    ]);
    expect(confirmed.ok && confirmed.sheet.eventIds).toEqual(events.sort((a, b) => a.seq - b.seq).map((e) => e.id));
    const check = await repos.marks.verifyChains(C);
    expect(check).toMatchObject({ chains: 1, events: 2, issues: [], viewMatches: true });

    // A confirmed sheet stays; a new sheet for the same judge × module may start, and be thrown away before confirming.
    expect(await repos.paperSheets.discard(id)).toMatchObject({ ok: false, code: 'wrong_status' });
    const next = await repos.paperSheets.start({ competitionId: C, assignmentId: 'as-1', moduleId: 'mod-a', enteredBy: '张三' });
    expect(next.ok).toBe(true);
    if (next.ok) expect((await repos.paperSheets.discard(next.sheet.id)).ok).toBe(true);
    expect(await repos.paperSheets.sheetsOf(C)).toHaveLength(1);
  });

  it('writes nothing when a conflict appeared after the hand-over', async () => {
    const { repos } = await openDb();
    await seedMaster(repos);
    const started = await repos.paperSheets.start({ competitionId: C, assignmentId: 'as-1', moduleId: 'mod-a', enteredBy: '张三' });
    if (!started.ok) throw new Error(started.code);
    await repos.paperSheets.setCell(started.sheet.id, { subjectRef: 'order:1', itemId: 'it-met' }, { kind: 'met', met: true });
    await repos.paperSheets.setCell(started.sheet.id, { subjectRef: 'order:2', itemId: 'it-met' }, { kind: 'met', met: true });
    await repos.paperSheets.handOver(started.sheet.id);
    const { deviceId } = await repos.marks.deviceKey();
    await repos.marks.append({ competitionId: C, assignmentId: 'as-1', deviceId, at: new Date().toISOString(), type: 'set', moduleId: 'mod-a', itemId: 'it-met', subjectRef: 'order:1', value: { kind: 'met', met: false } });
    expect(await repos.paperSheets.confirm(started.sheet.id, '李四')).toMatchObject({ ok: false, code: 'conflicts', params: { count: 1 } });
    expect(await repos.marks.eventsOf(C)).toHaveLength(1);
    expect((await repos.paperSheets.get(started.sheet.id))?.status).toBe('awaiting_confirmation');
  });
});
