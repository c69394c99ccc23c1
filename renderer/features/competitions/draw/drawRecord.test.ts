import { describe, expect, it } from 'vitest';
import { drawCompetition } from '../../../../shared/competitions/draw/drawCompetition';
import { verifyDraw } from '../../../../shared/competitions/draw/verifyDraw';
import type { Entry, EntryStatus } from '../../../../shared/domain';
import { drawPermission, drawTableRows, placementsOf, recordedDraw, suggestedStations } from './drawRecord';

const SEED = '5f2c0d9a4e7b1c3d8e6f0a2b4c6d8e0f5f2c0d9a4e7b1c3d8e6f0a2b4c6d8e0f';

function entries(n: number, status: (i: number) => EntryStatus = () => 'registered'): Entry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `entry-${String(i).padStart(3, '0')}`,
    version: 1,
    updatedAt: '2024-05-01T08:00:00.000Z',
    competitionId: 'c-1',
    memberIds: [`p-${i}`],
    departmentId: 'd',
    coachIds: [],
    status: status(i),
  }));
}

/** What applyDraw stores: the placements on the entries, nothing on the others. */
function applied(list: readonly Entry[], seed: string, stations: number): Entry[] {
  const placements = new Map(placementsOf(drawCompetition({ seed, entries: list, stations })).map((p) => [p.entryId, p]));
  return list.map((e) => ({ ...e, ...placements.get(e.id) }));
}

describe('recordedDraw', () => {
  it('verifies a draw read back from its entries, stations included', () => {
    const stored = applied(entries(10, (i) => (i === 4 ? 'absent' : 'registered')), SEED, 4);
    const recorded = recordedDraw(SEED, stored);
    expect(recorded.stations).toBe(4);
    expect(recorded.assignments).toHaveLength(9);
    expect(verifyDraw(SEED, stored, recorded)).toEqual({ ok: true });
  });

  it('still verifies when there were more stations than entrants, or none', () => {
    const few = applied(entries(3), SEED, 8);
    expect(recordedDraw(SEED, few).stations).toBe(3);
    expect(verifyDraw(SEED, few, recordedDraw(SEED, few))).toEqual({ ok: true });
    const none = applied(entries(5), SEED, 0);
    expect(verifyDraw(SEED, none, recordedDraw(SEED, none))).toEqual({ ok: true });
  });

  it('catches an edited station, a swapped order, a removed entrant and a late one', () => {
    const stored = applied(entries(6), SEED, 2);
    const edited = stored.map((e, i) => (i === 2 ? { ...e, station: e.station === 1 ? 2 : 1 } : e));
    expect(verifyDraw(SEED, edited, recordedDraw(SEED, edited))).toMatchObject({ ok: false, issues: [{ code: 'draw_mismatch', entryId: 'entry-002' }] });

    const [a, b] = [stored[0]!, stored[1]!];
    const swapped = stored.map((e) => (e === a ? { ...e, drawOrder: b.drawOrder, station: b.station } : e === b ? { ...e, drawOrder: a.drawOrder, station: a.station } : e));
    expect(verifyDraw(SEED, swapped, recordedDraw(SEED, swapped)).ok).toBe(false);

    const removed = stored.slice(1);
    expect(verifyDraw(SEED, removed, recordedDraw(SEED, removed)).ok).toBe(false);

    const late = [...stored, ...entries(7).slice(6)];
    expect(verifyDraw(SEED, late, recordedDraw(SEED, late))).toEqual({ ok: false, issues: [{ code: 'entry_not_in_draw', entryId: 'entry-006' }] });
  });

  it('keeps verifying after an entrant drawn is marked absent', () => {
    const stored = applied(entries(6), SEED, 3).map((e, i) => (i === 1 ? { ...e, status: 'absent' as const } : e));
    expect(verifyDraw(SEED, stored, recordedDraw(SEED, stored))).toEqual({ ok: true });
  });
});

describe('drawTableRows', () => {
  it('lists order, session and station in running order, and nothing else', () => {
    const rows = drawTableRows(applied(entries(5), SEED, 2));
    expect(rows.map((r) => [r.drawOrder, r.session, r.station])).toEqual([
      [1, 1, 1],
      [2, 1, 2],
      [3, 2, 1],
      [4, 2, 2],
      [5, 3, 1],
    ]);
    expect(Object.keys(rows[0]!).sort()).toEqual(['drawOrder', 'entryId', 'session', 'station']);
  });
});

describe('drawPermission', () => {
  it('draws during registration with someone taking part; a second draw, until scoring, is a redraw', () => {
    expect(drawPermission('registration', 3, false)).toEqual({ ok: true, redraw: false });
    expect(drawPermission('registration', 3, true)).toEqual({ ok: true, redraw: true });
    expect(drawPermission('registration', 0, false)).toEqual({ ok: false, reason: 'no_active_entries' });
    expect(drawPermission('draft', 3, false)).toEqual({ ok: false, reason: 'registration_not_open' });
    expect(drawPermission('drawn', 3, true)).toEqual({ ok: true, redraw: true });
    expect(drawPermission('scoring', 3, true)).toEqual({ ok: false, reason: 'locked' });
  });

  it('suggests the last draw’s stations, else one per entrant up to 8', () => {
    expect(suggestedStations(entries(3))).toBe(3);
    expect(suggestedStations(entries(30))).toBe(8);
    expect(suggestedStations(applied(entries(30), SEED, 5))).toBe(5);
  });
});
