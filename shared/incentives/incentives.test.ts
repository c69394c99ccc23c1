/** The incentives ledger's rules: collaboration proposals, the entry form's checks, filters and sums, decisions. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Incentive, Project } from '../domain';
import { buildIncentivesWorkbook, type IncentiveLedgerRow } from './buildIncentivesWorkbook';
import { checkIncentiveDecision } from './checkIncentiveDecision';
import { filterIncentives, incentiveTotals } from './filterIncentives';
import { incentiveStatusOf } from './incentiveStatusOf';
import { COLLABORATION_BONUS_FEN, proposeCollaborationAwards } from './proposeCollaborationAwards';
import { parseYuan, validateIncentiveDraft } from './validateIncentiveDraft';

const people = new Map([
  ['p1', { departmentId: 'd1' }],
  ['p2', { departmentId: 'd2' }],
  ['p3', { departmentId: 'd3' }],
  ['p4', { departmentId: 'd1' }],
  ['p5', { departmentId: 'd2' }],
]);

const project = (id: string, memberIds: string[], gates: Project['gates']): Pick<Project, 'id' | 'title' | 'memberIds' | 'gates'> => ({ id, title: `项目${id}`, memberIds, gates });
const go = (at: string) => ({ from: 'review' as const, to: 'approved' as const, decision: 'go' as const, at, note: '' });

describe('proposeCollaborationAwards', () => {
  const projects = [
    project('x', ['p1', 'p2', 'p3'], [go('2024-03-01')]), // three departments, go in 2024
    project('y', ['p1', 'p4', 'p2', 'p5'], [go('2024-05-01')]), // four people, two departments
    project('z', ['p1', 'p2', 'p3', 'p4'], [go('2023-11-01'), { ...go('2024-02-01'), decision: 'hold' }]), // no go in 2024
    project('w', ['p3', 'p2', 'p4'], [go('2024-09-01'), go('2024-01-15')]),
  ];

  it('proposes projects with members from three or more departments that passed a go gate in the year', () => {
    const proposals = proposeCollaborationAwards(projects, people, 2024, []);
    expect(proposals.map((p) => [p.projectId, p.gateOn, p.departmentIds.join(',')])).toEqual([
      ['w', '2024-01-15', 'd1,d2,d3'],
      ['x', '2024-03-01', 'd1,d2,d3'],
    ]);
    const x = proposals.find((p) => p.projectId === 'x')!;
    expect(x.drafts.map((d) => d.personId)).toEqual(['p1', 'p2', 'p3']);
    expect(x.drafts.every((d) => d.status === 'pending' && d.amountFen === COLLABORATION_BONUS_FEN && d.sourceKind === 'collaboration' && d.year === 2024)).toBe(true);
  });

  it('leaves out members already rewarded for the project', () => {
    const existing = [{ personId: 'p2', sourceKind: 'collaboration' as const, sourceId: 'x' }, { personId: 'p1', sourceKind: 'project' as const, sourceId: 'x' }];
    const x = proposeCollaborationAwards(projects, people, 2024, existing).find((p) => p.projectId === 'x')!;
    expect(x.drafts.map((d) => d.personId)).toEqual(['p1', 'p3']);
  });

  it('does not count people it cannot place in a department', () => {
    expect(proposeCollaborationAwards([project('v', ['p1', 'p2', 'ghost'], [go('2024-01-01')])], people, 2024, [])).toEqual([]);
  });
});

describe('validateIncentiveDraft', () => {
  const ok = { personId: 'p1', kind: 'bonus' as const, year: 2024, sourceKind: 'competition' as const, sourceId: 'c1', amountYuan: '1,500.50', grantedOn: '2024-06-01' };

  it('accepts a complete reward', () => {
    expect(validateIncentiveDraft(ok)).toEqual([]);
    expect(parseYuan('1,500.50')).toBe(150050);
    expect(parseYuan('abc')).toBeNull();
  });

  it('names each missing or wrong field', () => {
    expect(validateIncentiveDraft({ amountYuan: '', grantedOn: '' }).map((p) => p.field)).toEqual(['personId', 'kind', 'year', 'sourceId']);
    expect(validateIncentiveDraft({ ...ok, amountYuan: '' })).toEqual([{ field: 'amountYuan', code: 'required_for_bonus' }]);
    expect(validateIncentiveDraft({ ...ok, kind: 'title', amountYuan: '' })).toEqual([]);
    expect(validateIncentiveDraft({ ...ok, amountYuan: '12.345' })).toEqual([{ field: 'amountYuan', code: 'too_many_decimals' }]);
    expect(validateIncentiveDraft({ ...ok, amountYuan: '-5' })).toEqual([{ field: 'amountYuan', code: 'negative' }]);
    expect(validateIncentiveDraft({ ...ok, amountYuan: '五百' })).toEqual([{ field: 'amountYuan', code: 'not_a_number' }]);
    expect(validateIncentiveDraft({ ...ok, amountYuan: '20000000' })).toEqual([{ field: 'amountYuan', code: 'too_large' }]);
    expect(validateIncentiveDraft({ ...ok, grantedOn: '2023-12-31' })).toEqual([{ field: 'grantedOn', code: 'other_year', params: { year: 2024 } }]);
    expect(validateIncentiveDraft({ ...ok, year: 1900 })).toEqual([{ field: 'year', code: 'out_of_range' }]);
  });
});

const incentive = (id: string, over: Partial<Incentive>): Incentive => ({
  id,
  version: 1,
  updatedAt: '2024-01-01T00:00:00Z',
  personId: 'p1',
  kind: 'bonus',
  year: 2024,
  amountFen: 0,
  description: '',
  sourceKind: 'competition',
  sourceId: 'c1',
  ...over,
});

describe('filters, sums and decisions', () => {
  const rows = [
    incentive('a', { amountFen: 100_000 }), // no status: granted by its rule
    incentive('b', { amountFen: 50_000, status: 'pending' }),
    incentive('c', { amountFen: 30_000, status: 'rejected' }),
    incentive('d', { kind: 'title', year: 2023, status: 'approved' }),
    incentive('e', { amountFen: 20_000, sourceKind: 'project', status: 'approved' }),
  ];

  it('reads a reward without a status as approved', () => {
    expect(incentiveStatusOf(rows[0]!)).toBe('approved');
  });

  it('filters by year, kind, status and source', () => {
    expect(filterIncentives(rows, { year: 2024 }).map((r) => r.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(filterIncentives(rows, { status: 'approved' }).map((r) => r.id)).toEqual(['a', 'd', 'e']);
    expect(filterIncentives(rows, { kind: 'title' }).map((r) => r.id)).toEqual(['d']);
    expect(filterIncentives(rows, { year: 2024, sourceKind: 'project' }).map((r) => r.id)).toEqual(['e']);
  });

  it('sums every row and the approved rows apart', () => {
    expect(incentiveTotals(filterIncentives(rows, { year: 2024 }))).toEqual({ count: 4, totalFen: 200_000, approvedFen: 120_000, pending: 1 });
  });

  it('decides a pending reward once, by someone named; a rejection needs a reason', () => {
    expect(checkIncentiveDecision(rows[1]!, 'approved', '王主席')).toBeNull();
    expect(checkIncentiveDecision(rows[1]!, 'approved', ' ')).toBe('decider_required');
    expect(checkIncentiveDecision(rows[1]!, 'rejected', '王主席')).toBe('note_required');
    expect(checkIncentiveDecision(rows[1]!, 'rejected', '王主席', '重复申报')).toBeNull();
    expect(checkIncentiveDecision(rows[0]!, 'rejected', '王主席', 'x')).toBe('already_decided');
  });
});

describe('buildIncentivesWorkbook', () => {
  it('writes the rows with a total and neutralises formula-like text', async () => {
    const row = (over: Partial<IncentiveLedgerRow>): IncentiveLedgerRow => ({ year: 2024, grantedOn: '2024-06-01', personName: '张三', employeeNo: 'E1', department: '车辆部', kind: '奖金', sourceKind: '竞赛', sourceName: '技能竞赛', description: '', amountFen: 150_050, status: '已批准', decidedBy: '', decidedOn: '', ...over });
    const bytes = await buildIncentivesWorkbook([row({}), row({ personName: '=HYPERLINK("x")', amountFen: 49_950 })], (key, params) => (params ? `${key}:${JSON.stringify(params)}` : key), 'ledger');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const ledger = workbook.getWorksheet('sheetLedger')!;
    expect(ledger.getRow(2).getCell(10).value).toBe(1500.5);
    expect(String(ledger.getRow(3).getCell(3).value).startsWith("'=")).toBe(true);
    expect(ledger.getRow(4).getCell(10).value).toBe(2000);
    const summary = workbook.getWorksheet('sheetSummary')!;
    expect(summary.getRow(2).values).toEqual([undefined, '奖金', '已批准', 2, 2000]);
    const people = workbook.getWorksheet('sheetPeople')!;
    expect(people.getRow(2).values).toEqual([undefined, '张三', 'E1', '车辆部', 2, 2, 2000]);
  });
});
