import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import * as fixture from '../../shared/synergy/talentPipeline.fixture';
import { JiangxinDatabase, SCHEMA_V1 } from './database';
import { createRepositories } from './repositories';
import { testDatabases } from './testing/testDatabases';

const at = '2024-01-01T00:00:00.000Z';
const meta = { version: 1, updatedAt: at };

const databases = testDatabases();

/** The hand-made pipeline workspace in a database created by version 1 of the app. */
async function databaseCreatedAtVersion1(): Promise<string> {
  const name = `pipeline-${crypto.randomUUID()}`;
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('departments').bulkAdd(fixture.departments.map((d) => ({ ...meta, name: d.id, ...d })));
  await v1.table('people').bulkAdd(fixture.people.map((p) => ({ ...meta, employeeNo: p.id, ...p })));
  await v1.table('competitions').bulkAdd(fixture.competitions.map((c) => ({ ...meta, ...c })));
  await v1.table('entries').bulkAdd(fixture.entries.map((e) => ({ ...meta, competitionId: 'c', departmentId: 'd-ops', status: 'checked_in', ...e })));
  await v1.table('publications').bulkAdd(fixture.publications.map((p) => ({ ...meta, hash: '0'.repeat(64), ...p })));
  await v1.table('studios').bulkAdd(fixture.studios.map((s) => ({ ...meta, kind: 'staff', focus: '', foundedYear: 2020, ratings: [], ...s })));
  v1.close();
  return name;
}

async function open() {
  const db = new JiangxinDatabase(await databaseCreatedAtVersion1());
  databases.track(db);
  await db.open();
  return { db, r: createRepositories(db) };
}

describe('the talent pipeline repository (version 7)', () => {
  it('upgrades a version 1 database and finds studios by trade through the new index', async () => {
    const { db, r } = await open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect((await r.studios.ofTrades(['信号工'])).map((s) => s.id).sort()).toEqual(['s-old', 's-sig', 's-sig2']);
  });

  it('lists the candidates of a year with their suggested studios', async () => {
    const { r } = await open();
    const y2022 = await r.pipeline.candidates(2022);
    expect(y2022.candidates.map((c) => [c.personId, c.suggestions.map((s) => s.studioId)])).toEqual([
      ['p1', ['s-sig', 's-sig2', 's-ops']],
      ['p3', ['s-sig2', 's-sig']],
    ]);
    expect((await r.pipeline.candidates('all')).candidates.map((c) => c.personId)).toEqual(['p21', 'p32', 'p1', 'p31', 'p3', 'p22']);
    expect(await r.pipeline.years()).toEqual([2024, 2023, 2022]);
  });

  it('records an invitation, refuses a second pending one, and makes the person a member when accepted', async () => {
    const { r } = await open();
    const invited = await r.pipeline.invite({ personId: 'p1', studioId: 's-sig', year: 2022, competitionId: 'c-22', award: 'first', note: ' 推荐 ' }, new Date('2024-05-01T00:00:00Z'));
    expect(invited.ok).toBe(true);
    expect(await r.pipeline.invite({ personId: 'p1', studioId: 's-sig', year: 2022, note: '' })).toEqual({ ok: false, problems: [{ code: 'already_invited' }] });
    expect((await r.pipeline.candidates(2022)).candidates.find((c) => c.personId === 'p1')?.suggestions.map((s) => s.studioId)).toEqual(['s-sig2', 's-ops']);

    const [row] = await r.pipeline.invitations('pending');
    expect(row).toMatchObject({ invitation: { personId: 'p1', status: 'pending', note: '推荐' }, person: { name: '王一' }, studio: { id: 's-sig' }, competition: { id: 'c-22' } });
    expect(await r.pipeline.answer(row!.invitation.id, 'accepted', new Date('2024-05-10T00:00:00Z'))).toEqual({ ok: true });
    expect((await r.studios.get('s-sig'))?.memberIds).toEqual(['p2', 'p1']);
    expect((await r.studios.get('s-sig'))?.version).toBe(2);
    expect(await r.pipeline.answer(row!.invitation.id, 'declined')).toEqual({ ok: false, problems: [{ code: 'not_pending', status: 'accepted' }] });
    expect((await r.pipeline.candidates(2022)).candidates.map((c) => c.personId)).toEqual(['p3']);
    expect((await r.pipeline.invitationsOf('p1')).map((i) => [i.invitation.status, i.invitation.answeredAt])).toEqual([['accepted', '2024-05-10T00:00:00.000Z']]);

    const cohorts = await r.pipeline.cohorts(2024);
    const joined = cohorts.cohorts.find((c) => c.year === 2022)?.rows.find((row) => row.metric === 'joined_studio');
    expect(joined?.byYear.map((c) => [c.year, c.personIds])).toEqual([
      [2022, []],
      [2023, []],
      [2024, ['p1']],
    ]);
  });

  it('records a declined answer and changes no studio', async () => {
    const { r } = await open();
    const invited = await r.pipeline.invite({ personId: 'p3', studioId: 's-sig2', year: 2022, note: '' });
    expect(await r.pipeline.answer(invited.id!, 'declined')).toEqual({ ok: true });
    expect(await r.studios.get('s-sig2')).toMatchObject({ memberIds: [], version: 1 });
    expect((await r.pipeline.invitations('declined')).map((i) => i.invitation.personId)).toEqual(['p3']);
  });
});

describe('the pipeline page query', () => {
  it('shows the newest year with competitions when no year is chosen', async () => {
    const { r } = await open();
    const view = await r.pipeline.candidates(undefined);
    expect([view.year, view.years]).toEqual([2024, [2024, 2023, 2022]]);
    expect(view.candidates.map((c) => c.personId)).toEqual(['p32', 'p31']);
  });
});
