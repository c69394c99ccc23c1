/**
 * Runs in Chromium (bundled by judging.bench.mjs): the two judging figures of DESIGN §7 on the real repository
 * code and IndexedDB.
 * 1. One mark saved (an event appended to its chain and the marks view updated, one transaction) and the live
 *    provisional totals refreshed by the scoring engine, at 300 entrants × 40 items × 5 judges.
 * 2. Importing a 20,000-mark score package (verify signature, chains and marks, plan the merge, write events and
 *    marks in one transaction) beside a raw IndexedDB bulk write of the same rows.
 */
import { JiangxinDatabase } from '../../renderer/db/database';
import { createRepositories } from '../../renderer/db/repositories';
import type { Competition, JudgeAssignment, Mark, MarkEvent, Rubric } from '../../shared/domain';
import { chainMarkEvent, createLiveReviewBoard, replayMarkEvents, rubricHash, scoringMarksOf, verifyScorePackage } from '../../shared/judging';
import { watchCompetitionMarks } from '../../renderer/features/judging/review/watchCompetitionMarks';
import { computeResults } from '../../shared/scoring';

const C = 'bench-competition';

function rubric(): Rubric {
  const modules = Array.from({ length: 4 }, (_, m) => ({
    id: `m${m}`,
    name: `模块${m}`,
    max: 100,
    judging: 'live' as const,
    aggregation: 'mean' as const,
    minJudgesToTrim: 5,
    safetyVeto: 'none' as const,
    disagreementShare: 0.3,
    items: Array.from({ length: 10 }, (_, i) => ({ id: `m${m}i${i}`, name: `评分项${i}`, kind: 'judgement' as const, scale: 'levels' as const, max: 10, descriptors: ['0', '1', '2', '3'] as [string, string, string, string] })),
  }));
  return { parts: [{ id: 'p', name: '实操', weightPercent: 100, practical: true, modules }], tieBreak: [], awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' } } as unknown as Rubric;
}

const at0 = Date.parse('2024-05-17T09:00:00.000Z');
function competition(r: Rubric): Competition {
  return { id: C, version: 1, updatedAt: '2024-05-01T00:00:00.000Z', name: 'bench', year: 2024, level: 'company', trade: '', startDate: '2024-05-17', endDate: '2024-05-17', venue: '', organiser: '', status: 'scoring', teamBased: false, rubric: r } as Competition;
}
function judges(n: number): JudgeAssignment[] {
  return Array.from({ length: n }, (_, j) => ({ id: `as${j}`, version: 1, updatedAt: '2024-05-01T00:00:00.000Z', competitionId: C, personId: `p${j}`, role: 'judge' as const, moduleIds: ['m0', 'm1', 'm2', 'm3'], stations: [] }));
}

/** `subjects` × 40 items by one judge on one device, as a chain. */
function chainFor(assignmentId: string, deviceId: string, subjects: number): MarkEvent[] {
  const events: MarkEvent[] = [];
  for (let s = 1; s <= subjects; s++) {
    for (let m = 0; m < 4; m++) {
      for (let i = 0; i < 10; i++) {
        events.push(chainMarkEvent(events[events.length - 1], {
          competitionId: C, assignmentId, deviceId, at: new Date(at0 + events.length * 1000).toISOString(), type: 'set',
          moduleId: `m${m}`, itemId: `m${m}i${i}`, subjectRef: `order:${s}`, value: { kind: 'level', level: (s + i + m) % 4 },
        }));
      }
    }
  }
  return events;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

/** Saves before measuring (the first ones compile the code paths). */
const WARM_UP = 3;

async function saveAndRefresh(runs: number) {
  const db = new JiangxinDatabase(`bench-save-${crypto.randomUUID()}`);
  await db.open();
  const repos = createRepositories(db);
  const r = rubric();
  await db.competitions.put(competition(r));
  await db.judges.bulkPut(judges(5));
  const events = Array.from({ length: 5 }, (_, j) => chainFor(`as${j}`, `dev${j}`, 300)).flat();
  await db.markEvents.bulkAdd(events);
  await repos.marks.rebuildView(C);
  const subjectRefs = Array.from({ length: 300 }, (_, s) => `order:${s + 1}`);
  const entrants = subjectRefs.map((key) => ({ key, status: 'checked_in' as const }));
  const modules = r.parts.flatMap((p) => p.modules);

  // The review board as the app runs it (useReviewData): marks watched in memory, a live board over them.
  const board = createLiveReviewBoard({
    rubric: r,
    subjectRefs,
    modules,
    scorers: judges(5).map((j) => ({ assignmentId: j.id, moduleIds: j.moduleIds })),
    subjectsOf: () => subjectRefs,
  });
  let arrived: ((ids: readonly string[]) => void) | undefined;
  let loaded!: () => void;
  const ready = new Promise<void>((resolve) => (loaded = resolve));
  const watched = watchCompetitionMarks(repos.marks, C, (delta) => {
    if (delta === 'all') {
      for (const [id, mark] of watched.marks) board.setMark(id, mark);
      loaded();
      return;
    }
    for (const [id, mark] of delta) board.setMark(id, mark);
    arrived?.([...delta.keys()]);
  });
  await ready;
  board.results();
  board.flags();
  board.completeness();

  const { deviceId } = await repos.marks.deviceKey();
  const times: number[] = [];
  const boardTimes: number[] = [];
  const engineTimes: number[] = [];
  const rereadTimes: number[] = [];
  const writeTimes: number[] = [];
  for (let k = 0; k < runs + WARM_UP; k++) {
    const id = `as0|m1|m1i${k % 10}|order:${1 + ((k * 7) % 300)}`;
    const started = performance.now();
    const delivered = new Promise<void>((resolve) => (arrived = (ids) => ids.includes(id) && resolve()));
    await repos.marks.append({ competitionId: C, assignmentId: 'as0', deviceId, at: new Date().toISOString(), type: 'set', moduleId: 'm1', itemId: `m1i${k % 10}`, subjectRef: `order:${1 + ((k * 7) % 300)}`, value: { kind: 'level', level: (k + 1) % 4 } });
    const written = performance.now();
    await delivered;
    const results = board.results();
    const saved = performance.now();
    board.flags();
    board.completeness();
    const done = performance.now();
    if (results.rows.length !== 300) throw new Error('bench: wrong row count');
    if (k < WARM_UP) continue;
    times.push(saved - started);
    boardTimes.push(done - started);
    writeTimes.push(written - started);
  }
  const full = computeResults(r, entrants, scoringMarksOf([...watched.marks.values()]));
  const rowsOf = (x: typeof full) => JSON.stringify(x.rows.map((row) => [row.key, row.total, row.rank, row.award]));
  if (rowsOf(full) !== rowsOf(board.results())) throw new Error('bench: live results differ from a full recomputation');
  // Baselines in the same run, after the saves so their garbage does not land in them: the whole engine over
  // every mark in memory, and what the board did before: re-read every mark from IndexedDB and recompute all.
  const all = scoringMarksOf([...watched.marks.values()]);
  for (let k = 0; k < Math.min(runs, 20); k++) {
    const engineStarted = performance.now();
    computeResults(r, entrants, all);
    engineTimes.push(performance.now() - engineStarted);
  }
  for (let k = 0; k < 3; k++) {
    const rereadStarted = performance.now();
    computeResults(r, entrants, scoringMarksOf(await repos.marks.marksOf(C)));
    rereadTimes.push(performance.now() - rereadStarted);
  }
  watched.stop();
  const marks = board.marks.size;
  db.close();
  await db.delete();
  return {
    marks,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    boardP50: percentile(boardTimes, 50),
    boardP95: percentile(boardTimes, 95),
    engineP50: percentile(engineTimes, 50),
    engineP95: percentile(engineTimes, 95),
    rereadP50: percentile(rereadTimes, 50),
    writeP50: percentile(writeTimes, 50),
    writeP95: percentile(writeTimes, 95),
    rereadRuns: rereadTimes.length,
  };
}

/**
 * A raw IndexedDB write of the rows in one transaction, `put` by `put`. `indexed`: into stores with the indexes the
 * app's markEvents and marks tables have (database.ts, version 9), which every real write has to maintain.
 */
async function rawBulkWrite(name: string, eventRows: readonly MarkEvent[], markRows: readonly Mark[], indexed: boolean): Promise<number> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const events = open.result.createObjectStore('events', { keyPath: 'id' });
    const marks = open.result.createObjectStore('marks', { keyPath: 'id' });
    if (!indexed) return;
    events.createIndex('competitionId', 'competitionId');
    events.createIndex('chain', ['competitionId', 'assignmentId', 'deviceId', 'seq'], { unique: true });
    events.createIndex('assignment', ['competitionId', 'assignmentId']);
    events.createIndex('type', ['competitionId', 'type']);
    marks.createIndex('competitionId', 'competitionId');
    marks.createIndex('assignment', ['competitionId', 'assignmentId']);
  };
  const idb = await new Promise<IDBDatabase>((resolve, reject) => { open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
  const started = performance.now();
  const tx = idb.transaction(['events', 'marks'], 'readwrite');
  const events = tx.objectStore('events');
  const marks = tx.objectStore('marks');
  for (const row of eventRows) events.put(row);
  for (const row of markRows) marks.put(row);
  await new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); });
  const elapsed = performance.now() - started;
  idb.close();
  // Awaited, so the next run does not share the disk with this deletion.
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  return elapsed;
}

async function importPackage(runs: number) {
  const r = rubric();
  // The judge laptop: 500 subjects × 40 items = 20,000 marks by one judge.
  const laptop = new JiangxinDatabase(`bench-laptop-${crypto.randomUUID()}`);
  await laptop.open();
  const laptopRepos = createRepositories(laptop);
  const key = await laptopRepos.marks.deviceKey();
  const events = chainFor('as0', key.deviceId, 500);
  await laptop.markEvents.bulkAdd(events);
  const bytes = await laptopRepos.marks.exportScorePackage(C, r);
  const marks = replayMarkEvents(events).marks;
  const imports: number[] = [];
  const raws: number[] = [];
  const rawsIndexed: number[] = [];
  const verifies: number[] = [];
  for (let k = 0; k < runs; k++) {
    const master = new JiangxinDatabase(`bench-master-${crypto.randomUUID()}`);
    await master.open();
    const repos = createRepositories(master);
    await master.competitions.put(competition(r));
    await master.judges.bulkPut(judges(5));
    await repos.marks.pinDeviceKey(key.deviceId, key.publicKey);
    const started = performance.now();
    const result = await repos.marks.importScorePackage(C, bytes);
    imports.push(performance.now() - started);
    if (!result.ok || result.outcome !== 'imported' || result.report.newMarks !== 20_000) throw new Error(`bench: import failed ${JSON.stringify(result)}`);
    // The checks alone (what the import does before its transaction), on the same bytes, after the import.
    const verifyStarted = performance.now();
    const check = await verifyScorePackage(bytes, { competitionId: C, rubricHash: rubricHash(r), assignmentIds: new Set(judges(5).map((j) => j.id)), pinnedKeyOf: () => key.publicKey });
    verifies.push(performance.now() - verifyStarted);
    if (!check.ok) throw new Error('bench: verification failed');
    master.close();
    await master.delete();
    raws.push(await rawBulkWrite(`bench-raw-${k}`, events, marks, false));
    rawsIndexed.push(await rawBulkWrite(`bench-raw-indexed-${k}`, events, marks, true));
  }
  laptop.close();
  await laptop.delete();
  const median = (v: number[]) => percentile(v, 50);
  return {
    marks: marks.length,
    megabytes: bytes.length / 2 ** 20,
    importMedian: median(imports),
    rawMedian: median(raws),
    rawIndexedMedian: median(rawsIndexed),
    verifyMedian: median(verifies),
    // Import and raw writes alternate, so each run's ratio compares neighbours in time on a noisy machine.
    ratioMedian: median(imports.map((v, i) => v / raws[i]!)),
    ratioIndexedMedian: median(imports.map((v, i) => v / rawsIndexed[i]!)),
    imports,
    raws,
    rawsIndexed,
    verifies,
  };
}

(globalThis as unknown as { runJudgingBench: unknown }).runJudgingBench = async (saveRuns: number, importRuns: number) => ({
  save: saveRuns > 0 ? await saveAndRefresh(saveRuns) : undefined,
  importing: importRuns > 0 ? await importPackage(importRuns) : undefined,
});
