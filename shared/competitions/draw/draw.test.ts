import { describe, expect, it } from 'vitest';
import type { Entry, EntryStatus } from '../../domain';
import { createDrawSeed } from './createDrawSeed';
import { drawCompetition } from './drawCompetition';
import { createSeededRandom, shuffled } from './seededRandom';
import { verifyDraw } from './verifyDraw';

const SEED = '5f2c0d9a4e7b1c3d8e6f0a2b4c6d8e0f';

function entries(n: number, status: (i: number) => EntryStatus = () => 'registered'): Pick<Entry, 'id' | 'status'>[] {
  return Array.from({ length: n }, (_, i) => ({ id: `entry-${String(i).padStart(4, '0')}`, status: status(i) }));
}

describe('seeded generator', () => {
  it('is frozen: the same seed gives these numbers forever (recorded draws are re-run from their seed)', () => {
    const random = createSeededRandom('jiangxin');
    expect([random.nextUint32(), random.nextUint32(), random.nextUint32()]).toMatchInlineSnapshot(`
      [
        2023019497,
        3202282756,
        3192353266,
      ]
    `);
    expect(shuffled([1, 2, 3, 4, 5, 6, 7, 8], createSeededRandom('jiangxin'))).toMatchInlineSnapshot(`
      [
        3,
        6,
        1,
        7,
        4,
        5,
        8,
        2,
      ]
    `);
  });

  it('draws integers in range, roughly uniformly', () => {
    const random = createSeededRandom('uniform');
    const counts = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) counts[random.nextInt(6)]!++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });
});

describe('createDrawSeed', () => {
  it('makes a hex seed from at least 16 random bytes', () => {
    expect(createDrawSeed(new Uint8Array(16).fill(0xab))).toBe('ab'.repeat(16));
    expect(() => createDrawSeed(new Uint8Array(8))).toThrow(RangeError);
  });
});

describe('drawCompetition', () => {
  it('gives each registered or checked-in entry an order and a station, and no anonymous code', () => {
    const list = entries(10, (i) => (i === 3 ? 'absent' : i === 7 ? 'withdrawn' : i % 2 ? 'checked_in' : 'registered'));
    const result = drawCompetition({ seed: SEED, entries: list, stations: 4 });
    expect(result.assignments).toHaveLength(8);
    expect(result.excluded).toEqual([
      { entryId: 'entry-0003', status: 'absent' },
      { entryId: 'entry-0007', status: 'withdrawn' },
    ]);
    expect(result.assignments.map((a) => a.drawOrder)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(result.assignments.map((a) => a.station)).toEqual([1, 2, 3, 4, 1, 2, 3, 4]);
    expect(result.assignments.map((a) => a.session)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    for (const a of result.assignments) expect(a).not.toHaveProperty('anonCode');
  });

  it('is frozen: this seed and these entries give this order forever (jx-draw-2 keeps the order and stations of jx-draw-1)', () => {
    const result = drawCompetition({ seed: SEED, entries: entries(5), stations: 2 });
    expect(result.assignments.map((a) => `${a.drawOrder} ${a.entryId} S${a.station}`)).toMatchInlineSnapshot(`
      [
        "1 entry-0004 S1",
        "2 entry-0003 S2",
        "3 entry-0002 S1",
        "4 entry-0000 S2",
        "5 entry-0001 S1",
      ]
    `);
  });

  it('gives the same draw for the same seed and entries, whatever order they are passed in', () => {
    const list = entries(30);
    const a = drawCompetition({ seed: SEED, entries: list, stations: 6 });
    const b = drawCompetition({ seed: SEED, entries: [...list].reverse(), stations: 6 });
    expect(b).toEqual(a);
  });

  it('gives another draw for another seed', () => {
    const list = entries(30);
    const a = drawCompetition({ seed: SEED, entries: list });
    const b = drawCompetition({ seed: `${SEED.slice(0, -1)}1`, entries: list });
    expect(b.assignments.map((x) => x.entryId)).not.toEqual(a.assignments.map((x) => x.entryId));
  });

  it('leaves stations out when there are none', () => {
    const [first] = drawCompetition({ seed: SEED, entries: entries(3) }).assignments;
    expect(first).not.toHaveProperty('station');
    expect(first).not.toHaveProperty('session');
  });
});

describe('verifyDraw', () => {
  const list = entries(12);
  const result = drawCompetition({ seed: SEED, entries: list, stations: 3 });
  const recorded: Entry[] = list.map((e) => {
    const a = result.assignments.find((x) => x.entryId === e.id)!;
    return {
      ...e,
      version: 1,
      updatedAt: '2024-05-01T08:00:00Z',
      competitionId: 'c-1',
      memberIds: ['p'],
      departmentId: 'd',
      coachIds: [],
      drawOrder: a.drawOrder,
      station: a.station!,
    };
  });

  it('confirms a draw re-derived from its seed, and the order and stations of a jx-draw-1 draw', () => {
    expect(verifyDraw(SEED, recorded, result)).toEqual({ ok: true });
    expect(verifyDraw(SEED, recorded, { ...result, algorithm: 'jx-draw-1' })).toEqual({ ok: true });
    expect(verifyDraw(SEED, recorded, { ...result, algorithm: 'jx-draw-9' })).toMatchObject({ ok: false, issues: [{ code: 'unknown_algorithm' }] });
  });

  it('still confirms it after an entrant withdraws', () => {
    const later = recorded.map((e, i) => (i === 0 ? { ...e, status: 'withdrawn' as const } : e));
    expect(verifyDraw(SEED, later, result)).toEqual({ ok: true });
  });

  it('finds an edited order, a wrong seed, a changed entry and a late entrant', () => {
    const tampered = { ...result, assignments: result.assignments.map((a, i) => (i === 0 ? { ...a, station: 99 } : a)) };
    const first = tampered.assignments[0]!;
    const expectedStation = result.assignments[0]!.station!;
    const verification = verifyDraw(SEED, recorded, tampered);
    expect(verification).toEqual({
      ok: false,
      issues: [
        { code: 'draw_mismatch', entryId: first.entryId, params: { field: 'station', expected: expectedStation, actual: 99 } },
        { code: 'entry_record_differs', entryId: first.entryId, params: { field: 'station', expected: 99, actual: expectedStation } },
      ],
    });
    expect(verifyDraw('another-seed', recorded, result)).toEqual({ ok: false, issues: [{ code: 'seed_differs' }] });
    const late = [...recorded, { ...recorded[0]!, id: 'entry-late', drawOrder: undefined, station: undefined }];
    expect(verifyDraw(SEED, late, result)).toEqual({ ok: false, issues: [{ code: 'entry_not_in_draw', entryId: 'entry-late' }] });
  });
});
