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

function entry(order: number, station?: number, status: SheetEntry['status'] = 'checked_in'): SheetEntry {
  return { drawOrder: order, status, ...(station === undefined ? {} : { station }) };
}

const summary = (sheets: ReturnType<typeof buildScoreSheets>) => sheets.map((s) => [s.module.id, s.station ?? null, s.codes.join(' '), `${s.page}/${s.pages}`]);
const sealedRubric: Rubric = { ...rubric, parts: rubric.parts.map((p) => ({ ...p, modules: p.modules.map((m) => (m.id === 'm2' ? { ...m, judging: 'sealed' as const } : m)) })) };

describe('buildScoreSheets', () => {
  it('makes one sheet per live module and station, with running orders as columns', () => {
    const entries = [entry(3, 2), entry(1, 1), entry(2, 2), entry(4, 1)];
    expect(summary(buildScoreSheets(rubric, entries, []))).toEqual([
      ['m1', 1, '1 4', '1/1'],
      ['m1', 2, '2 3', '1/1'],
      ['m2', 1, '1 4', '1/1'],
      ['m2', 2, '2 3', '1/1'],
    ]);
  });

  it('gives a sealed module its codes only, in code order, with no station', () => {
    const entries = [entry(3, 2), entry(1, 1)];
    const sheets = buildScoreSheets(sealedRubric, entries, ['K417', 'K108']);
    expect(summary(sheets)).toEqual([
      ['m1', 1, '1', '1/1'],
      ['m1', 2, '3', '1/1'],
      ['m2', null, 'K108 K417', '1/1'],
    ]);
    expect(sheets.map((s) => s.judging)).toEqual(['live', 'live', 'sealed']);
  });

  it('makes one sheet per module when the draw used no stations', () => {
    expect(summary(buildScoreSheets(rubric, [entry(2), entry(1)], []))).toEqual([
      ['m1', null, '1 2', '1/1'],
      ['m2', null, '1 2', '1/1'],
    ]);
  });

  it('splits a group wider than a portrait sheet evenly and numbers its sheets', () => {
    const entries = Array.from({ length: CODES_PER_SHEET + 1 }, (_, i) => entry(i + 1, 1));
    const sheets = buildScoreSheets(rubric, entries, [], { moduleId: 'm1' });
    expect(summary(sheets)).toEqual([
      ['m1', 1, '1 2 3 4', '1/2'],
      ['m1', 1, '5 6 7', '2/2'],
    ]);
    expect(new Set(sheets.map((s) => s.key)).size).toBe(2);
    const thirteen = Array.from({ length: 13 }, (_, i) => entry(i + 1));
    expect(buildScoreSheets(rubric, thirteen, [], { moduleId: 'm1', codesPerSheet: 6 }).map((s) => s.codes.length)).toEqual([5, 5, 3]);
  });

  it('leaves out entrants not taking part or not drawn, and a station-less entrant goes last', () => {
    const entries = [entry(1, 1), entry(2, 1, 'withdrawn'), entry(3, 1, 'absent'), entry(4, 1, 'disqualified'), entry(5, undefined, 'registered'), { status: 'registered', station: 1 } as SheetEntry];
    expect(summary(buildScoreSheets(rubric, entries, [], { moduleId: 'm2' }))).toEqual([
      ['m2', 1, '1', '1/1'],
      ['m2', null, '5', '1/1'],
    ]);
  });

  it('prints nothing before the draw, for a module of imported items, or for an unknown module', () => {
    expect(buildScoreSheets(rubric, [{ status: 'registered' }], [])).toEqual([]);
    expect(buildScoreSheets(rubric, [entry(1)], [], { moduleId: 'theory' })).toEqual([]);
    expect(buildScoreSheets(rubric, [entry(1)], [], { moduleId: 'nope' })).toEqual([]);
  });

  it('carries no trace of who the entrants are', () => {
    const { competition, entries } = drawnCompetition();
    const sheets = buildScoreSheets(competition.rubric, entries.map(toSheetEntry), []);
    expect(sheets.length).toBeGreaterThan(0);
    const text = JSON.stringify(sheets);
    for (const e of entries as Entry[]) {
      for (const secret of [e.id, ...e.memberIds, e.departmentId, ...e.coachIds]) expect(text).not.toContain(secret);
    }
  });
});

describe('toSheetEntry', () => {
  it('keeps only the order, station and status', () => {
    const { entries } = drawnCompetition();
    expect(Object.keys(toSheetEntry({ ...entries[0]!, ...meta, teamName: '一队' })).sort()).toEqual(['drawOrder', 'station', 'status']);
  });
});
