import { describe, expect, it } from 'vitest';
import { canonicalJson, inCanonicalOrder } from '../competitions/package/canonicalJson';
import fc from 'fast-check';
import { exportPublicKey, generateSigningKeyPair } from '../crypto/signing';
import type { Mark } from '../domain';
import { utf8Bytes } from '../util/sha256';
import { buildScorePackage } from './buildScorePackage';
import { checkMarkChange } from './checkMarkChange';
import { computeCompleteness } from './computeCompleteness';
import { drawReviewSample, reviewVerdict } from './drawReviewSample';
import { computeResults, findMarkFlags } from '../scoring';
import { scoringMarksOf } from './scoringMarksOf';
import { chainMarkEvent, hashMarkEvent, hashMarkEvents, verifyMarkChain } from './markChain';
import { mergeScopeOf, planScoreMerge } from './planScoreMerge';
import { replayMarkEvents } from './replayMarkEvents';
import { rubricHash } from './rubricHash';
import { subjectsForModule } from './subjectsForModule';
import { FIXTURE_COMPETITION_ID as C, judgingRubric, setEvents } from './testing/judgingFixture';
import { parseDuration, validateMarkValue } from './validateMarkValue';
import { verifyScorePackage, type ScorePackageContext } from './verifyScorePackage';

const keyA = { competitionId: C, assignmentId: 'as-1', deviceId: 'dev-1' };
const keyB = { competitionId: C, assignmentId: 'as-2', deviceId: 'dev-2' };
const rubric = judgingRubric();
const module = rubric.parts[0]!.modules[0]!;

function chainA() {
  return setEvents([], keyA, [
    { itemId: 'it-level', subjectRef: 'order:1', value: { kind: 'level', level: 3 } },
    { itemId: 'it-points', subjectRef: 'order:1', value: { kind: 'points', points: 8.5 }, note: '动作稳' },
    { itemId: 'it-met', subjectRef: 'order:1', value: { kind: 'met', met: true } },
    { itemId: 'it-level', subjectRef: 'order:1', value: { kind: 'level', level: 2 } },
  ]);
}

describe('the mark event chain', () => {
  it('chains events by hash and seq, and a clean chain verifies', () => {
    const chain = chainA();
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(chain[1]!.prevHash).toBe(chain[0]!.id);
    expect(verifyMarkChain(chain)).toEqual([]);
  });

  it('hashes a batch of events with WebCrypto exactly as one at a time', async () => {
    const chain = chainA();
    expect(await hashMarkEvents(chain)).toEqual(chain.map((e) => hashMarkEvent(e)));
    expect(await hashMarkEvents(chain)).toEqual(chain.map((e) => e.id));
  });

  it('detects a changed field, a dropped event, a re-ordering and an event moved from another chain', () => {
    const chain = chainA();
    const changed = chain.map((e, i) => (i === 1 ? { ...e, value: { kind: 'points' as const, points: 9 } } : e));
    expect(verifyMarkChain(changed).map((i) => i.code)).toContain('hash_mismatch');
    expect(verifyMarkChain([chain[0]!, chain[2]!, chain[3]!]).map((i) => i.code)).toContain('prev_hash_mismatch');
    expect(verifyMarkChain([chain[0]!, chain[2]!, chain[1]!, chain[3]!]).length).toBeGreaterThan(0);
    const foreign = setEvents([], keyB, [{ itemId: 'it-level', subjectRef: 'order:1', value: { kind: 'level', level: 0 } }]);
    expect(verifyMarkChain([...chain, foreign[0]!]).map((i) => i.code)).toContain('mixed_chain');
  });

  it('rebuilds marks from events: the last value counts, clears remove, submit and sign-off lock', () => {
    let chain = chainA();
    chain = [...chain, chainMarkEvent(chain.at(-1), { ...keyA, at: '2024-05-17T09:10:00.000Z', type: 'clear', moduleId: 'mod-a', itemId: 'it-met', subjectRef: 'order:1' })];
    chain = [...chain, chainMarkEvent(chain.at(-1), { ...keyA, at: '2024-05-17T09:11:00.000Z', type: 'submit_module', moduleId: 'mod-a' })];
    const state = replayMarkEvents(chain);
    expect(state.marks.map((m) => [m.itemId, m.value, m.version, m.lockedAt])).toEqual([
      ['it-level', { kind: 'level', level: 2 }, 2, '2024-05-17T09:11:00.000Z'],
      ['it-points', { kind: 'points', points: 8.5 }, 1, '2024-05-17T09:11:00.000Z'],
    ]);
    expect(state.marks[1]!.note).toBe('动作稳');
    expect(checkMarkChange(state, { assignmentId: 'as-1', moduleId: 'mod-a' }, 'judge')).toEqual({ ok: false, code: 'module_submitted' });
    expect(checkMarkChange(state, { assignmentId: 'as-1', moduleId: 'mod-a' }, 'chief')).toEqual({ ok: false, code: 'reason_required' });
    expect(checkMarkChange(state, { assignmentId: 'as-1', moduleId: 'mod-a' }, 'chief', '复核更正')).toEqual({ ok: true, needsReason: true });
    expect(checkMarkChange(state, { assignmentId: 'as-2', moduleId: 'mod-a' }, 'judge')).toEqual({ ok: true, needsReason: false });
  });
});

describe('score packages', async () => {
  const keys = await generateSigningKeyPair();
  const publicKey = await exportPublicKey(keys.publicKey);
  const other = await generateSigningKeyPair();
  const hash = rubricHash(rubric);
  const context = (pinned?: string): ScorePackageContext => ({
    competitionId: C,
    rubricHash: hash,
    assignmentIds: new Set(['as-1', 'as-2']),
    pinnedKeyOf: () => pinned,
  });
  const build = (events = chainA(), privateKey = keys.privateKey, key = publicKey) =>
    buildScorePackage({ competitionId: C, rubricHash: hash, deviceId: 'dev-1', publicKey: key, privateKey, events, exportedAt: '2024-05-17T10:00:00.000Z' });

  it('verifies a genuine package and asks for the fingerprint on first import', async () => {
    const check = await verifyScorePackage(await build(), context());
    expect(check.ok && check.firstImport).toBe(true);
    expect(check.ok && check.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    const again = await verifyScorePackage(await build(), context(publicKey));
    expect(again.ok && again.firstImport).toBe(false);
  });

  it('refuses every single-byte change', async () => {
    const bytes = await build();
    // Every byte position, each changed once (xor with a position-dependent value), must be refused.
    for (let i = 0; i < bytes.length; i++) {
      const copy = bytes.slice();
      copy[i] = copy[i]! ^ (1 + (i % 127));
      const check = await verifyScorePackage(copy, context(publicKey));
      if (check.ok) throw new Error(`byte ${i} changed and the package was accepted`);
    }
  }, 120_000);

  it('refuses a member the schema does not know, since signature and hashes cover the file as written', async () => {
    const pkg = JSON.parse(new TextDecoder().decode(await build()));
    pkg.marks[0].extra = 'x';
    const check = await verifyScorePackage(utf8Bytes(`${canonicalJson(pkg)}\n`), context(publicKey));
    expect(check).toMatchObject({ ok: false, code: 'invalid_content', params: { path: 'marks.0.extra' } });
  });

  it('refuses a dropped event, a re-ordering, a truncation, another key, another competition and another rubric', async () => {
    const text = new TextDecoder().decode(await build());
    const pkg = JSON.parse(text);
    const resign = async (events: ReturnType<typeof chainA>) => build(events);
    const dropped = await resign(chainA().filter((_, i) => i !== 1));
    expect(await verifyScorePackage(dropped, context(publicKey))).toMatchObject({ ok: false, code: 'chain_broken' });
    const chain = chainA();
    const reordered = { ...pkg, events: [chain[1], chain[0], ...chain.slice(2)] };
    expect(await verifyScorePackage(utf8Bytes(JSON.stringify(reordered)), context(publicKey))).toMatchObject({ ok: false });
    expect(await verifyScorePackage(utf8Bytes(text.slice(0, text.length / 2)), context(publicKey))).toMatchObject({ ok: false, code: 'not_json' });
    const swapped = await build(chainA(), other.privateKey, await exportPublicKey(other.publicKey));
    expect(await verifyScorePackage(swapped, context(publicKey))).toMatchObject({ ok: false, code: 'key_changed' });
    const signedByOther = await build(chainA(), other.privateKey, publicKey);
    expect(await verifyScorePackage(signedByOther, context(publicKey))).toMatchObject({ ok: false, code: 'bad_signature' });
    expect(await verifyScorePackage(await build(), { ...context(publicKey), competitionId: 'other' })).toMatchObject({ ok: false, code: 'wrong_competition' });
    expect(await verifyScorePackage(await build(), { ...context(publicKey), rubricHash: '0'.repeat(64) })).toMatchObject({ ok: false, code: 'rubric_mismatch' });
    expect(await verifyScorePackage(await build(), { ...context(publicKey), assignmentIds: new Set(['as-2']) })).toMatchObject({ ok: false, code: 'unknown_assignment' });
  });
});

describe('merging score packages', () => {
  it('a re-import is a no-op, a newer package adds only its tail, and the order of imports does not matter', () => {
    const a = chainA();
    const b = setEvents([], keyB, [{ itemId: 'it-level', subjectRef: 'order:1', value: { kind: 'level', level: 0 } }]);
    const first = planScoreMerge([], a.slice(0, 2));
    expect(first.ok && first.plan.report).toEqual({ newMarks: 2, unchangedMarks: 0, conflictMarks: 0, newEvents: 2 });
    const again = planScoreMerge(a.slice(0, 2), a.slice(0, 2));
    expect(again.ok && again.plan.report).toEqual({ newMarks: 0, unchangedMarks: 2, conflictMarks: 0, newEvents: 0 });
    const newer = planScoreMerge(a.slice(0, 2), a);
    expect(newer.ok && newer.plan.newEvents.map((e) => e.seq)).toEqual([3, 4]);
    const ab = planScoreMerge(a, b);
    const ba = planScoreMerge(b, a);
    expect(ab.ok && ba.ok && ab.plan.marksAfter).toEqual(ba.ok && ba.plan.marksAfter);
  });

  it('refuses a forked chain (same seq, other content)', () => {
    const a = chainA();
    const fork = setEvents(a.slice(0, 1), keyA, [{ itemId: 'it-level', subjectRef: 'order:2', value: { kind: 'level', level: 1 } }]);
    expect(planScoreMerge(a, fork)).toMatchObject({ ok: false, code: 'chain_forked' });
  });

  it('a merge that reads only its scope (the package\'s assignments and sign-offs) changes the view as a full replay does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.boolean(), (storedA, extra, signedOff) => {
        const a = chainA();
        const b = setEvents([], keyB, [
          { itemId: 'it-level', subjectRef: 'order:1', value: { kind: 'level', level: 0 } },
          { itemId: 'it-met', subjectRef: 'order:1', value: { kind: 'met', met: false } },
        ]);
        const chief = { competitionId: C, assignmentId: 'as-chief', deviceId: 'dev-master' };
        const signOff = chainMarkEvent(undefined, { ...chief, at: '2024-05-17T09:00:02.500Z', type: 'sign_off' });
        const cleared = chainMarkEvent(a[3], { ...keyA, at: '2024-05-17T09:10:00.000Z', type: 'clear', moduleId: 'mod-a', itemId: 'it-met', subjectRef: 'order:1' });
        const fullA = [...a, cleared];
        const stored = [...fullA.slice(0, storedA), ...b, ...(signedOff ? [signOff] : [])];
        const incoming = fullA.slice(0, Math.min(fullA.length, storedA + extra));
        const scope = mergeScopeOf(incoming);
        const scoped = stored.filter((e) => scope.assignmentIds.includes(e.assignmentId) || e.type === 'sign_off');
        const plan = planScoreMerge(scoped, incoming);
        if (!plan.ok) return false;
        const view = new Map(replayMarkEvents(stored).marks.map((m) => [m.id, m]));
        for (const id of plan.plan.markIdsToDelete) view.delete(id);
        for (const mark of plan.plan.marksToPut) view.set(mark.id, mark);
        const expected = replayMarkEvents([...stored, ...plan.plan.newEvents]).marks;
        expect([...view.values()].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(expected);
        const full = planScoreMerge(stored, incoming);
        expect(full.ok && full.plan.report).toEqual(plan.plan.report);
      }),
    );
  });

  it('merging is idempotent for any split of a chain', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), (i, j) => {
        const a = chainA();
        const [lo, hi] = [Math.min(i, j), Math.max(i, j)];
        const step1 = planScoreMerge([], a.slice(0, hi));
        if (!step1.ok) return false;
        const stored = [...step1.plan.newEvents];
        const step2 = planScoreMerge(stored, a.slice(0, lo));
        return step2.ok && step2.plan.newEvents.length === 0;
      }),
    );
  });
});

describe('disagreements and measurement conflicts (through the scoring engine)', () => {
  const mark = (assignmentId: string, itemId: string, value: Mark['value']): Mark => ({
    id: `${assignmentId}|mod-a|${itemId}|K1`,
    version: 1,
    updatedAt: '2024-05-17T09:00:00.000Z',
    competitionId: C,
    assignmentId,
    moduleId: 'mod-a',
    itemId,
    subjectRef: 'K1',
    value,
    deviceId: 'd',
    eventId: '0'.repeat(64),
  });
  const flags = (marks: Mark[]) => findMarkFlags(rubric, scoringMarksOf(marks)).map((f) => [f.code, f.subject, f.itemId]);

  it('flags levels more than one apart, not one apart', () => {
    expect(flags([mark('a', 'it-level', { kind: 'level', level: 1 }), mark('b', 'it-level', { kind: 'level', level: 2 })])).toEqual([]);
    expect(flags([mark('a', 'it-level', { kind: 'level', level: 0 }), mark('b', 'it-level', { kind: 'level', level: 2 })])).toEqual([['levels_apart', 'K1', 'it-level']]);
  });

  it('flags a points spread over 30 % of the maximum, not at exactly 30 %', () => {
    expect(flags([mark('a', 'it-points', { kind: 'points', points: 5 }), mark('b', 'it-points', { kind: 'points', points: 8 })])).toEqual([]);
    expect(flags([mark('a', 'it-points', { kind: 'points', points: 5 }), mark('b', 'it-points', { kind: 'points', points: 8.01 })])).toHaveLength(1);
  });

  it('finds measurement items entered differently', () => {
    expect(flags([mark('a', 'it-met', { kind: 'met', met: true }), mark('b', 'it-met', { kind: 'met', met: false })])).toEqual([['measurement_conflict', 'K1', 'it-met']]);
    expect(flags([mark('a', 'it-met', { kind: 'met', met: true }), mark('b', 'it-met', { kind: 'met', met: true })])).toEqual([]);
  });
});

describe('review sampling', () => {
  const ranked = Array.from({ length: 40 }, (_, i) => `K${i + 1}`);
  it('rechecks the top N and at least 15 % of the rest, the same for the same seed', () => {
    const sample = drawReviewSample(ranked, 6, 'seed-1');
    expect(sample.top).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6']);
    expect(sample.sampled).toHaveLength(Math.ceil(34 * 0.15));
    expect(sample.sampled.every((ref) => !sample.top.includes(ref))).toBe(true);
    expect(drawReviewSample(ranked, 6, 'seed-1')).toEqual(sample);
    expect(drawReviewSample(ranked, 6, 'seed-2').sampled).not.toEqual(sample.sampled);
  });
  it('asks for a full review above a 5 % error rate', () => {
    expect(reviewVerdict(20, 1).code).toBe('passed');
    expect(reviewVerdict(19, 1).code).toBe('full_review_needed');
  });
});

describe('the score grid rules', () => {
  it('validates range and step by item kind', () => {
    const [level, points, met, faults] = module.items;
    expect(validateMarkValue(level!, { kind: 'level', level: 4 })).toMatchObject({ code: 'out_of_range' });
    expect(validateMarkValue(points!, { kind: 'points', points: 10.5 })).toMatchObject({ code: 'out_of_range' });
    expect(validateMarkValue(points!, { kind: 'points', points: 3.333 })).toMatchObject({ code: 'bad_step' });
    expect(validateMarkValue(met!, { kind: 'level', level: 1 })).toMatchObject({ code: 'wrong_kind' });
    expect(validateMarkValue(faults!, { kind: 'faults', faultCounts: { 'f-gloves': 2 } })).toBeUndefined();
    expect(parseDuration('12:05')).toBe(725);
    expect(parseDuration('1:02:03')).toBe(3723);
    expect(parseDuration('7:61')).toBeUndefined();
  });

  it('gives live modules order refs and sealed modules codes, never both', () => {
    const entries = [
      { drawOrder: 1, station: 3, status: 'checked_in' as const },
      { drawOrder: 2, station: 1, status: 'registered' as const },
      { drawOrder: 3, station: 2, status: 'absent' as const },
    ];
    expect(subjectsForModule(module, entries)).toEqual([
      { ref: 'order:1', label: '1', station: 3 },
      { ref: 'order:2', label: '2', station: 1 },
    ]);
    expect(subjectsForModule(module, entries, [1])).toEqual([{ ref: 'order:2', label: '2', station: 1 }]);
    // Sealed: the codes of the secret draw (the sealed map's public list), never linked to the entries.
    expect(subjectsForModule({ ...module, judging: 'sealed' } as typeof module, entries, [], ['K2', 'K1'])).toEqual([
      { ref: 'K1', label: 'K1' },
      { ref: 'K2', label: 'K2' },
    ]);
  });

  it('counts what each judge still has to score', () => {
    const marks = replayMarkEvents(chainA()).marks;
    const cells = computeCompleteness({ modules: [module], scorers: [{ assignmentId: 'as-1', moduleIds: ['mod-a'] }], subjectsOf: () => ['order:1', 'order:2'], marks });
    expect(cells).toEqual([{ assignmentId: 'as-1', moduleId: 'mod-a', expected: 10, done: 3, missing: [{ subjectRef: 'order:1', items: 2 }, { subjectRef: 'order:2', items: 5 }] }]);
  });
});

describe('safety veto', () => {
  it('travels with its mark through the log, and the engine applies the module rule', () => {
    const vetoRubric = { ...rubric, parts: rubric.parts.map((p) => ({ ...p, modules: p.modules.map((m) => ({ ...m, safetyVeto: 'zero_module' as const })) })) };
    let chain = setEvents([], keyA, [
      { itemId: 'it-points', subjectRef: 'order:1', value: { kind: 'points', points: 8 } },
      { itemId: 'it-points', subjectRef: 'order:2', value: { kind: 'points', points: 7 } },
    ]);
    chain = [...chain, chainMarkEvent(chain.at(-1), { ...keyA, at: '2024-05-17T09:20:00.000Z', type: 'set', moduleId: 'mod-a', itemId: 'it-points', subjectRef: 'order:1', value: { kind: 'points', points: 8 }, note: '未断电作业', safetyVeto: true })];
    const { marks } = replayMarkEvents(chain);
    expect(marks.find((m) => m.subjectRef === 'order:1')).toMatchObject({ safetyVeto: true, note: '未断电作业' });
    expect(marks.find((m) => m.subjectRef === 'order:2')?.safetyVeto).toBeUndefined();
    expect(verifyMarkChain(chain)).toEqual([]);
    const results = computeResults(vetoRubric, [{ key: 'order:1', status: 'checked_in' }, { key: 'order:2', status: 'checked_in' }], scoringMarksOf(marks));
    const row = (key: string) => results.rows.find((r) => r.key === key)!;
    expect(row('order:1').total).toBe(0);
    expect(row('order:2').total).toBeGreaterThan(0);
    // Lifted: the same value set again without the flag scores normally.
    const lifted = [...chain, chainMarkEvent(chain.at(-1), { ...keyA, at: '2024-05-17T09:25:00.000Z', type: 'set', moduleId: 'mod-a', itemId: 'it-points', subjectRef: 'order:1', value: { kind: 'points', points: 8 } })];
    const again = computeResults(vetoRubric, [{ key: 'order:1', status: 'checked_in' }, { key: 'order:2', status: 'checked_in' }], scoringMarksOf(replayMarkEvents(lifted).marks));
    expect(again.rows.find((r) => r.key === 'order:1')!.total).toBeGreaterThan(row('order:2').total);
  });
});

describe('checking a score package quickly', () => {
  it('knows when parsed JSON already has its keys in canonical order (so the native writer gives the canonical text)', () => {
    const ordered = JSON.parse('{"a":1,"b":[{"x":"y","z":-0}],"c":{"d":null}}');
    expect(inCanonicalOrder(ordered)).toBe(true);
    expect(JSON.stringify(ordered)).toBe(canonicalJson(ordered));
    expect(inCanonicalOrder(JSON.parse('{"b":1,"a":2}'))).toBe(false);
    // Integer-like keys are listed first by JavaScript, not in canonical order: the slow path is used.
    expect(inCanonicalOrder(JSON.parse('{"10":1,"9":2}'))).toBe(false);
  });
});
