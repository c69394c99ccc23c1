/**
 * The results repository on a real (fake-indexeddb) database holding the demo: a ruling that changes a mark writes
 * the appeal, the mark and a chained `set` event (judging's chain format) together; publishing writes the snapshot, the status, the
 * incentives and the honours together, and a second snapshot counts up and pays nothing twice.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoWorkspace } from '../../../shared/demo/generateDemoWorkspace';
import { buildResultsReport } from '../../../shared/results/buildResultsReport';
import { buildPublication, differsFromSnapshot, latestPublication } from '../../../shared/results/publication/buildPublication';
import { publicationRewards } from '../../../shared/results/publication/publicationRewards';
import { demoCodeMaps } from '../../../shared/demo/generateEntries';
import { groupChains, verifyMarkChain } from '../../../shared/judging/markChain';
import { resolveSubjects } from '../../../shared/results/resolveSubjects';
import { JiangxinDatabase } from '../database';
import { createRepositories, type Repositories } from './index';

const demo = generateDemoWorkspace();
const COMPETITION = 'comp-2024-076';
/** The demo's unsealed code map (entry → code), as the encryption officer would open it. */
const codeOf = demoCodeMaps(demo).find((m) => m.competitionId === COMPETITION)!.codes;
let db: JiangxinDatabase;
let repos: Repositories;

beforeEach(async () => {
  db = new JiangxinDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  repos = createRepositories(db);
  await repos.workspace.replaceWith(demo);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function report() {
  const competition = (await repos.competitions.get(COMPETITION))!;
  const inputs = await repos.results.inputsOf(COMPETITION);
  return {
    competition,
    inputs,
    report: buildResultsReport({
      competition,
      ...inputs,
      publication: latestPublication(inputs.publications),
      people: new Map(inputs.people.map((p) => [p.id, p])),
      departments: new Map(inputs.departments.map((d) => [d.id, d])),
      namesRevealed: false,
      codeOf,
      judgeLabel: (j) => j.id,
      generatedAt: '2024-12-01T00:00:00.000Z',
    }),
  };
}

describe('results repository', () => {
  it('rules an appeal: the mark changes, a set event is chained, results recompute', async () => {
    const before = await report();
    const appeal = before.inputs.appeals.find((a) => a.status === 'open')!;
    const { entryOf } = resolveSubjects(before.inputs.entries, codeOf);
    const mark = before.inputs.marks.find((m) => entryOf.get(m.subjectRef) === appeal.entryId && m.value.kind === 'level' && m.value.level < 3)!;
    const eventsBefore = await db.markEvents.where('competitionId').equals(COMPETITION).count();
    await repos.results.ruleAppeal(appeal.id, {
      status: 'upheld',
      ruling: '申诉成立',
      ruledBy: '仲裁组',
      ruledAt: '2024-12-01T09:00:00.000Z',
      markChanges: [{ markId: mark.id, itemId: mark.itemId, assignmentId: mark.assignmentId, from: mark.value, to: { kind: 'level', level: 3 }, reason: '录像' }],
    });
    const after = await report();
    expect(after.inputs.marks.find((m) => m.id === mark.id)!.value).toEqual({ kind: 'level', level: 3 });
    expect(after.inputs.appeals.find((a) => a.id === appeal.id)).toMatchObject({ status: 'upheld', ruledBy: '仲裁组' });
    const events = await db.markEvents.where('competitionId').equals(COMPETITION).toArray();
    expect(events).toHaveLength(eventsBefore + 1);
    const added = events.find((e) => e.reason === '录像')!;
    const ruler = before.inputs.judges.find((j) => j.role === 'arbitration') ?? before.inputs.judges.find((j) => j.role === 'chief');
    expect(added).toMatchObject({ type: 'set', assignmentId: mark.assignmentId, subjectRef: mark.subjectRef, itemId: mark.itemId, byAssignmentId: ruler!.id });
    for (const chain of groupChains(events).values()) expect(verifyMarkChain(chain)).toEqual([]);
    expect(after.inputs.marks.find((m) => m.id === mark.id)!.eventId).toBe(added.id);
    const total = (r: typeof before) => r.report.results.rows.find((x) => x.key === appeal.entryId)!.total;
    expect(total(after)).toBeGreaterThan(total(before));
  });

  it('publishes a snapshot with status, incentives and honours in one go; a second snapshot pays nothing twice', async () => {
    const { competition, inputs, report: r } = await report();
    const open = inputs.appeals.find((a) => a.status === 'open')!;
    await repos.results.ruleAppeal(open.id, { status: 'rejected', ruling: '维持', ruledBy: '仲裁组', ruledAt: '2024-12-01T09:00:00.000Z', markChanges: [] });
    const first = buildPublication(r, { id: 'pub-1', publishedAt: '2024-12-01T10:00:00.000Z' });
    const entries = new Map(inputs.entries.map((e) => [e.id, e]));
    const rewards = publicationRewards(competition, first, entries);
    await repos.results.publish(first, rewards);
    expect((await repos.competitions.get(COMPETITION))!.status).toBe('published');
    const incentives = await repos.results.incentivesOf(COMPETITION);
    expect(incentives.length).toBe(rewards.incentives.length);
    expect(incentives.length).toBeGreaterThan(0);
    const champion = first.results.find((x) => x.award === 'first')!;
    const person = (await db.people.get(entries.get(champion.entryId)!.memberIds[0]!))!;
    expect(person.honours).toContainEqual({ kind: 'technical_expert', level: 'company', year: 2024 });
    expect(first.sequence).toBe(1);
    expect(differsFromSnapshot(r, { ...first, version: 1, updatedAt: first.publishedAt })).toBe(false);

    const again = buildPublication(r, { id: 'pub-2', publishedAt: '2024-12-02T10:00:00.000Z', previous: { ...first, version: 1, updatedAt: first.publishedAt } });
    expect(again).toMatchObject({ sequence: 2, supersedesId: 'pub-1' });
    expect(publicationRewards(competition, again, entries, incentives).incentives).toEqual([]);
  });
});
