import { describe, expect, it } from 'vitest';
import { departments, people } from '../../../../shared/competitions/testing/orgFixture';
import type { JudgeAssignment, Rubric } from '../../../../shared/domain';
import { drawListRows } from './drawListRows';
import { formatDateRange } from './formatDates';
import { judgeSheetRows } from './judgeSheetRows';
import { pageColumns } from './pageColumns';
import { printablesAvailability } from './printablesAvailability';
import { printRoutes, safeFileName } from './printRoutes';

const module = (id: string, kind: 'judgement' | 'imported') => ({
  id,
  name: id === 'm1' ? '出库检查' : id === 'm2' ? '应急处置' : '理论考试',
  max: 10,
  judging: 'live' as const,
  aggregation: 'mean' as const,
  minJudgesToTrim: 5,
  safetyVeto: 'none' as const,
  disagreementShare: 0.3,
  items: [kind === 'imported' ? { id: `${id}-i`, name: '笔试', max: 10, kind } : { id: `${id}-i`, name: '操作', max: 10, kind, scale: 'points' as const }],
});
const rubric: Rubric = {
  parts: [
    { id: 'p1', name: '理论', weightPercent: 30, practical: false, modules: [module('t', 'imported')] },
    { id: 'p2', name: '实操', weightPercent: 70, practical: true, modules: [module('m1', 'judgement'), module('m2', 'judgement')] },
  ],
  tieBreak: [],
  awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' },
};

describe('drawListRows', () => {
  it('lists every placed entry in draw order with its entrant and no code, without stations when there are none', () => {
    const rows = drawListRows([
      { drawOrder: 2, station: 1, entrant: '钱思远' },
      { entrant: '未抽签' },
      { drawOrder: 1, entrant: '赵子墨' },
    ]);
    expect(rows).toEqual([
      { order: 1, entrant: '赵子墨' },
      { order: 2, station: 1, entrant: '钱思远' },
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/code/i);
  });
});

describe('pageColumns', () => {
  const rows = Array.from({ length: 7 }, (_, i) => i + 1);

  it('fills the columns of a page, then the next page', () => {
    expect(pageColumns(rows, 2, 2)).toEqual([
      [
        [1, 2],
        [3, 4],
      ],
      [
        [5, 6],
        [7],
      ],
    ]);
  });

  it('balances the columns of a short page', () => {
    expect(pageColumns(rows, 30, 2)).toEqual([[[1, 2, 3, 4, 5, 6, 7]]]);
    expect(pageColumns(Array.from({ length: 34 }, (_, i) => i), 30, 2)[0]!.map((c) => c.length)).toEqual([17, 17]);
    expect(pageColumns([], 30, 2)).toEqual([]);
  });
});

describe('judgeSheetRows', () => {
  const meta = { version: 1, updatedAt: '2024-05-01T00:00:00.000Z', competitionId: 'c-1' };
  const judge = (id: string, personId: string, role: JudgeAssignment['role'], moduleIds: string[] = [], stations: number[] = []): JudgeAssignment => ({
    ...meta,
    id,
    personId,
    role,
    moduleIds,
    stations,
  });

  it('lists the chief judge first, judges by module, then the other roles; modules by name in rubric order', () => {
    const rows = judgeSheetRows(
      [
        judge('a', 'p-li', 'arbitration'),
        judge('j2', 'p-wang', 'judge', ['m2', 'gone'], [3, 1]),
        judge('j1', 'p-zhao', 'judge', ['m1']),
        judge('c', 'p-judge', 'chief', ['m2', 'm1']),
        judge('x', 'p-missing', 'scorer'),
      ],
      new Map(people.map((p) => [p.id, p])),
      new Map(departments.map((d) => [d.id, d])),
      rubric,
      new Intl.Collator('zh-CN'),
    );
    expect(rows.map((r) => [r.id, r.name, r.role, r.modules.join('、'), r.stations.join(',')])).toEqual([
      ['c', '孙立新', 'chief', '出库检查、应急处置', ''],
      ['j1', '赵红霞', 'judge', '出库检查', ''],
      ['j2', '王建国', 'judge', '应急处置', '1,3'],
      ['x', '', 'scorer', '', ''],
      ['a', '李晓梅', 'arbitration', '', ''],
    ]);
    expect(rows[1]).toMatchObject({ employeeNo: 'TH30088', department: '通号分公司 / 信号车间' });
  });
});

describe('printablesAvailability', () => {
  it('says why each document cannot be printed yet', () => {
    expect(printablesAvailability(rubric, [{ status: 'registered' }], 0)).toEqual({
      scoreSheets: { ok: false, reason: 'no_codes' },
      draw: { ok: false, reason: 'no_draw' },
      judges: { ok: false, reason: 'no_judges' },
    });
    expect(printablesAvailability({ parts: [{ ...rubric.parts[0]! }] }, [{ status: 'registered', drawOrder: 1 }], 3)).toEqual({
      scoreSheets: { ok: false, reason: 'no_judged_modules' },
      draw: { ok: true },
      judges: { ok: true },
    });
  });

  it('needs a code of an entrant taking part for the score sheets', () => {
    expect(printablesAvailability(rubric, [{ status: 'withdrawn', drawOrder: 1 }], 1).scoreSheets).toEqual({ ok: false, reason: 'no_codes' });
    expect(printablesAvailability(rubric, [{ status: 'checked_in', drawOrder: 1 }], 1).scoreSheets).toEqual({ ok: true });
  });
});

describe('printRoutes and safeFileName', () => {
  it('builds the routes registered under /print, with the optional module', () => {
    expect(printRoutes.scoreSheets('comp-1')).toBe('/print/score-sheets/comp-1');
    expect(printRoutes.scoreSheets('comp-1', 'm 1')).toBe('/print/score-sheets/comp-1?moduleId=m%201');
    expect(printRoutes.draw('comp-1')).toBe('/print/draw/comp-1');
    expect(printRoutes.judges('comp-1')).toBe('/print/judges/comp-1');
  });

  it('replaces characters a file name cannot hold', () => {
    expect(safeFileName('2024/“匠心杯”: 评分表?.pdf')).toBe('2024_“匠心杯”_ 评分表_.pdf');
    expect(safeFileName('  ')).toBe('document');
  });
});

describe('formatDateRange', () => {
  const join = (from: string, to: string) => `${from}至${to}`;

  it('writes one day once and two days as a range, in the UI language', () => {
    expect(formatDateRange('2024-06-04', '2024-06-04', 'zh-CN', join)).toBe('2024年6月4日');
    expect(formatDateRange('2024-06-04', '2024-06-05', 'zh-CN', join)).toBe('2024年6月4日至2024年6月5日');
    expect(formatDateRange('2024-06-04', '2024-06-05', 'en-US', (a, b) => `${a} – ${b}`)).toBe('June 4, 2024 – June 5, 2024');
  });

  it('shows a malformed date as it is', () => {
    expect(formatDateRange('2024-13-99', '2024-06-05', 'zh-CN', join)).toBe('2024-13-99');
  });
});
