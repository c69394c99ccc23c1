import { describe, expect, it } from 'vitest';
import { drawnCompetition } from '../../../../shared/competitions/testing/competitionFixture';
import type { Entry, Module, Rubric } from '../../../../shared/domain';
import { buildScoreSheets, CODES_PER_SHEET } from './buildScoreSheets';
import { toSheetEntry, type SheetEntry } from './sheetEntries';

const meta = { version: 1, updatedAt: '2024-05-01T00:00:00.000Z' };
const judged = (id: string): Module => ({
  id,
  name: `模块${id}`,
  max: 10,
  judging: 'live',
  aggregation: 'mean',
  minJudgesToTrim: 5,
  safetyVeto: 'none',
  disagreementShare: 0.3,
  items: [{ id: `${id}-i1`, name: '操作', max: 10, kind: 'judgement', scale: 'points' }],
});
const theory: Module = { ...judged('theory'), items: [{ id: 'exam', name: '笔试', max: 100, kind: 'imported' }] };
const rubric: Rubric = {
  parts: [
    { id: 'p1', name: '理论', weightPercent: 30, practical: false, modules: [theory] },
    { id: 'p2', name: '实操', weightPercent: 70, practical: true, modules: [judged('m1'), judged('m2')] },
  ],
  tieBreak: [],
  awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' },
};

function entry(order: number, code: string, station?: number, status: SheetEntry['status'] = 'checked_in'): SheetEntry {
  return { drawOrder: order, anonCode: code, status, ...(station === undefined ? {} : { station }) };
}

const summary = (sheets: ReturnType<typeof buildScoreSheets>) => sheets.map((s) => [s.module.id, s.station ?? null, s.codes.join(' '), `${s.page}/${s.pages}`]);

describe('buildScoreSheets', () => {
  it('makes one sheet per module judged on site and per station, codes in draw order', () => {
    const entries = [entry(3, 'C03', 2), entry(1, 'C01', 1), entry(2, 'C02', 2), entry(4, 'C04', 1)];
    expect(summary(buildScoreSheets(rubric, entries))).toEqual([
      ['m1', 1, 'C01 C04', '1/1'],
      ['m1', 2, 'C02 C03', '1/1'],
      ['m2', 1, 'C01 C04', '1/1'],
      ['m2', 2, 'C02 C03', '1/1'],
    ]);
  });

  it('makes one sheet per module when the draw used no stations', () => {
    const entries = [entry(2, 'B'), entry(1, 'A')];
    expect(summary(buildScoreSheets(rubric, entries))).toEqual([
      ['m1', null, 'A B', '1/1'],
      ['m2', null, 'A B', '1/1'],
    ]);
  });

  it('splits a group wider than a portrait sheet evenly and numbers its sheets', () => {
    const entries = Array.from({ length: CODES_PER_SHEET + 1 }, (_, i) => entry(i + 1, `X${i + 1}`, 1));
    const sheets = buildScoreSheets(rubric, entries, { moduleId: 'm1' });
    expect(summary(sheets)).toEqual([
      ['m1', 1, 'X1 X2 X3 X4', '1/2'],
      ['m1', 1, 'X5 X6 X7', '2/2'],
    ]);
    expect(new Set(sheets.map((s) => s.key)).size).toBe(2);
    const thirteen = Array.from({ length: 13 }, (_, i) => entry(i + 1, `Y${i + 1}`));
    expect(buildScoreSheets(rubric, thirteen, { moduleId: 'm1', codesPerSheet: 6 }).map((s) => s.codes.length)).toEqual([5, 5, 3]);
  });

  it('leaves out entrants not taking part, entrants without a code, and a station-less entrant goes last', () => {
    const entries = [
      entry(1, 'A', 1),
      entry(2, 'B', 1, 'withdrawn'),
      entry(3, 'C', 1, 'absent'),
      entry(4, 'D', 1, 'disqualified'),
      entry(5, 'E', undefined, 'registered'),
      { drawOrder: 6, status: 'registered', station: 1 } as SheetEntry,
    ];
    expect(summary(buildScoreSheets(rubric, entries, { moduleId: 'm2' }))).toEqual([
      ['m2', 1, 'A', '1/1'],
      ['m2', null, 'E', '1/1'],
    ]);
  });

  it('prints nothing before the draw, for a module of imported items, or for an unknown module', () => {
    expect(buildScoreSheets(rubric, [{ status: 'registered' }])).toEqual([]);
    expect(buildScoreSheets(rubric, [entry(1, 'A')], { moduleId: 'theory' })).toEqual([]);
    expect(buildScoreSheets(rubric, [entry(1, 'A')], { moduleId: 'nope' })).toEqual([]);
  });

  it('carries no trace of who the entrants are', () => {
    const { competition, entries } = drawnCompetition();
    const sheets = buildScoreSheets(competition.rubric, entries.map(toSheetEntry));
    expect(sheets.length).toBeGreaterThan(0);
    const text = JSON.stringify(sheets);
    for (const e of entries as Entry[]) {
      expect(text).toContain(e.anonCode);
      for (const secret of [e.id, ...e.memberIds, e.departmentId, ...e.coachIds]) expect(text).not.toContain(secret);
    }
  });
});

describe('toSheetEntry', () => {
  it('keeps only the code, order, station and status', () => {
    const { entries } = drawnCompetition();
    expect(Object.keys(toSheetEntry({ ...entries[0]!, ...meta, teamName: '一队' })).sort()).toEqual(['anonCode', 'drawOrder', 'station', 'status']);
  });
});
