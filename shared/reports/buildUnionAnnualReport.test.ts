/**
 * The union annual report from a small hand-made workspace whose answers are counted by hand: two years, three
 * competitions in 2024 (one national, two grassroots, one still in draft), a published result with three awards,
 * two studios, projects and achievements with savings, and rewards of every status.
 */
import { describe, expect, it } from 'vitest';
import { computeYearFigures } from '../dashboard/computeYearFigures';
import { emptyWorkspace, type Achievement, type Competition, type Entry, type Incentive, type Level, type Person, type Project, type Studio, type WorkspaceRecords } from '../domain';
import { buildUnionAnnualReport } from './buildUnionAnnualReport';

const meta = (id: string) => ({ id, version: 1, updatedAt: '2024-06-01T09:00:00+08:00' });
const person = (id: string, name: string, departmentId: string): Person => ({ ...meta(id), name, employeeNo: id, departmentId, trade: '信号工', honours: [] });
const competition = (id: string, name: string, level: Level, year: number, status: Competition['status'] = 'published', startDate = `${year}-05-10`): Competition => ({
  ...meta(id),
  name,
  year,
  level,
  trade: '信号工',
  startDate,
  endDate: startDate,
  venue: '',
  organiser: '',
  status,
  teamBased: false,
  rubric: { parts: [], tieBreak: [], awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' } },
});
const entry = (id: string, competitionId: string, memberIds: string[]): Entry => ({ ...meta(id), competitionId, memberIds, departmentId: 'd1', coachIds: [], status: 'checked_in' });
const studio = (id: string, name: string, kind: Studio['kind'], ratings: Studio['ratings'], leadId: string, memberIds: string[]): Studio => ({ ...meta(id), name, kind, leadId, memberIds, departmentId: 'd1', trade: '信号工', focus: '', foundedYear: 2018, ratings });
const project = (id: string, studioId: string, stage: Project['stage'], extra: Partial<Project> = {}): Project => ({ ...meta(id), studioId, title: `项目${id}`, summary: '', stage, gates: [], memberIds: [], startDate: '2024-02-01', budgetFen: 0, spentFen: 0, milestones: [], notes: [], ...extra });
const achievement = (id: string, kind: Achievement['kind'], year: number, savingsFen: number, studioId?: string, projectId?: string): Achievement => ({
  ...meta(id),
  title: `成果${id}`,
  kind,
  ownerIds: [],
  year,
  date: `${year}-06-01`,
  annualSavingsFen: savingsFen,
  savingsBasis: '',
  efficiencyGain: '',
  rolledOutTo: [],
  ...(studioId ? { studioId } : {}),
  ...(projectId ? { projectId } : {}),
});
const incentive = (id: string, personId: string, kind: Incentive['kind'], amountFen: number, status?: Incentive['status'], sourceKind: Incentive['sourceKind'] = 'competition', year = 2024): Incentive => ({
  ...meta(id),
  personId,
  kind,
  year,
  amountFen,
  description: '',
  sourceKind,
  sourceId: 'c-nat',
  ...(status ? { status } : {}),
});

const records: WorkspaceRecords = {
  ...emptyWorkspace(),
  departments: [
    { ...meta('d1'), name: '车辆部' },
    { ...meta('d2'), name: '通号部' },
  ],
  people: [person('p1', '张伟', 'd1'), person('p2', '李娜', 'd2'), person('p3', '王强', 'd1'), person('p4', '赵敏', 'd2'), person('p5', '陈杰', 'd1')],
  competitions: [
    competition('c-nat', '全国信号工大赛', 'national', 2024, 'published', '2024-09-01'),
    competition('c-g1', '车间比武', 'grassroots', 2024, 'published', '2024-03-01'),
    competition('c-g2', '班组练兵', 'grassroots', 2024, 'draft', '2024-11-01'),
    competition('c-old', '去年比武', 'company', 2023),
  ],
  entries: [entry('e1', 'c-nat', ['p1']), entry('e2', 'c-nat', ['p2']), entry('e3', 'c-nat', ['p3']), entry('e4', 'c-g1', ['p1', 'p4']), entry('e-old', 'c-old', ['p5'])],
  publications: [
    {
      ...meta('pub1'),
      competitionId: 'c-nat',
      publishedAt: '2024-09-10T10:00:00+08:00',
      hash: '0'.repeat(64),
      results: [
        { entryId: 'e1', rank: 1, award: 'first', total: '95.00' },
        { entryId: 'e2', rank: 2, award: 'second', total: '90.00' },
        { entryId: 'e3', rank: 3, total: '80.00' },
      ],
    } as never,
    { ...meta('pub2'), competitionId: 'c-g1', publishedAt: '2024-03-05T10:00:00+08:00', hash: '0'.repeat(64), results: [{ entryId: 'e4', rank: 1, award: 'third', total: '70.00' }] } as never,
  ],
  studios: [studio('s1', '张伟劳模创新工作室', 'model_worker', [{ level: 'municipal', year: 2020 }], 'p1', ['p2']), studio('s2', '信号工作室', 'staff', [], 'p3', [])],
  projects: [
    project('pr1', 's1', 'completed', { originCompetitionId: 'c-nat' }),
    project('pr2', 's1', 'in_progress'),
    project('pr3', 's2', 'trial'),
  ],
  achievements: [
    achievement('a1', 'utility_model', 2024, 500_000_00, 's1', 'pr1'),
    achievement('a2', 'utility_model', 2024, 0, 's1'),
    achievement('a3', 'five_small', 2024, 120_000_00, 's2', 'pr3'),
    achievement('a-old', 'utility_model', 2023, 999_00, 's1'),
  ],
  incentives: [
    incentive('i1', 'p1', 'bonus', 300_000), // granted by its rule (no status): approved
    incentive('i2', 'p2', 'bonus', 200_000, 'approved'),
    incentive('i3', 'p1', 'promotion_recommendation', 0, 'approved'),
    incentive('i4', 'p4', 'bonus', 50_000, 'pending', 'project'),
    incentive('i5', 'p3', 'bonus', 70_000, 'rejected', 'collaboration'),
    incentive('i-old', 'p5', 'bonus', 10_000, undefined, 'competition', 2023),
  ],
};

function inputs() {
  return {
    figures: computeYearFigures(records, 2024),
    previous: computeYearFigures(records, 2023),
    competitions: records.competitions,
    entries: records.entries,
    people: records.people,
    departments: records.departments,
    studios: records.studios,
    projects: records.projects,
    achievements: records.achievements,
    incentives: records.incentives.filter((i) => i.year === 2024),
  };
}

function report() {
  return buildUnionAnnualReport(inputs());
}

describe('buildUnionAnnualReport', () => {
  it('reports the year’s figures, with last year’s beside them', () => {
    const r = report();
    const figure = (key: string) => r.figures.find((f) => f.key === key);
    expect(r.year).toBe(2024);
    expect(r.previousYear).toBe(2023);
    expect(figure('competitions')).toEqual({ key: 'competitions', value: 3, previous: 1, money: false });
    expect(figure('entries')?.value).toBe(4);
    expect(figure('participants')?.value).toBe(4); // p1 (twice), p2, p3, p4
    expect(figure('awards')?.value).toBe(3);
    expect(figure('studios')?.value).toBe(2);
    expect(figure('achievements')).toEqual({ key: 'achievements', value: 3, previous: 1, money: false });
    expect(figure('utilityModelPatents')?.value).toBe(2);
    expect(figure('savingsFen')).toEqual({ key: 'savingsFen', value: 620_000_00, previous: 999_00, money: true });
    expect(figure('projectsFromCompetitions')?.value).toBe(1);
    // Approved rewards only: i1, i2, i3; money 3,000 + 2,000 yuan.
    expect(figure('incentives')?.value).toBe(3);
    expect(figure('incentivesFen')?.value).toBe(500_000);
  });

  it('draws the charts from the same figures', () => {
    const chart = (key: string) => report().charts.find((c) => c.key === key)?.bars;
    expect(chart('competitionsByLevel')).toEqual([
      { labelKey: 'level.national', value: 1 },
      { labelKey: 'level.provincial', value: 0 },
      { labelKey: 'level.municipal', value: 0 },
      { labelKey: 'level.company', value: 0 },
      { labelKey: 'level.grassroots', value: 2 },
    ]);
    expect(chart('awards')).toEqual([
      { labelKey: 'award.first', value: 1 },
      { labelKey: 'award.second', value: 1 },
      { labelKey: 'award.third', value: 1 },
    ]);
    expect(chart('studiosByRating')).toEqual([
      { labelKey: 'rating.municipal', value: 1 },
      { labelKey: 'rating.unrated', value: 1 },
    ]);
    expect(chart('projectsByStage')).toEqual([
      { labelKey: 'stage.in_progress', value: 1 },
      { labelKey: 'stage.trial', value: 1 },
      { labelKey: 'stage.completed', value: 1 },
    ]);
  });

  it('lists competitions by level, winners best first, studios with their year, top projects and achievements', () => {
    const r = report();
    expect(r.competitionsByLevel.find((g) => g.level === 'grassroots')?.competitions.map((c) => [c.name, c.entries])).toEqual([
      ['车间比武', 1],
      ['班组练兵', 0],
    ]);
    expect(r.winners.map((w) => [w.name, w.department, w.competitionName, w.award])).toEqual([
      ['张伟', '车辆部', '全国信号工大赛', 'first'],
      ['李娜', '通号部', '全国信号工大赛', 'second'],
      ['张伟', '车辆部', '车间比武', 'third'],
      ['赵敏', '通号部', '车间比武', 'third'],
    ]);
    expect(r.studios.map((s) => [s.name, s.rating, s.leadName, s.members, s.projects, s.achievements, s.savingsFen])).toEqual([
      ['张伟劳模创新工作室', 'municipal', '张伟', 2, 2, 2, 500_000_00],
      ['信号工作室', 'unrated', '王强', 1, 1, 1, 120_000_00],
    ]);
    expect(r.topProjects.map((p) => [p.id, p.savingsFen, p.fromCompetition])).toEqual([
      ['pr1', 500_000_00, true],
      ['pr3', 120_000_00, false],
      ['pr2', 0, false],
    ]);
    expect(r.topAchievements.map((a) => a.id)).toEqual(['a1', 'a3', 'a2']);
  });

  it('sums approved rewards by kind and source and counts those still pending', () => {
    const { incentives } = report();
    expect(incentives.count).toBe(3);
    expect(incentives.people).toBe(2);
    expect(incentives.amountFen).toBe(500_000);
    expect(incentives.byKind).toEqual([
      { key: 'bonus', count: 2, amountFen: 500_000 },
      { key: 'promotion_recommendation', count: 1, amountFen: 0 },
      { key: 'title', count: 0, amountFen: 0 },
    ]);
    expect(incentives.bySource.find((s) => s.key === 'collaboration')).toEqual({ key: 'collaboration', count: 0, amountFen: 0 });
    expect(incentives.pending).toBe(1);
  });

  it('stands alone when the year before has no competitions', () => {
    const r = buildUnionAnnualReport({ ...inputs(), figures: computeYearFigures(records, 2025), previous: computeYearFigures(records, 2024) });
    expect(r.previousYear).toBe(2024);
    const lone = buildUnionAnnualReport({ ...inputs(), figures: computeYearFigures(records, 2023), previous: computeYearFigures(records, 2022) });
    expect(lone.previousYear).toBeNull();
    expect(lone.figures.every((f) => f.previous === undefined)).toBe(true);
  });

  it('says what grew since last year', () => {
    const growth = report().highlights.filter((h) => h.code === 'growth');
    expect(growth.map((h) => h.params)).toContainEqual({ key: 'competitions', previous: 1, value: 3, previousYear: 2023 });
    expect(report().highlights[0]).toEqual({ code: 'competitions', params: { count: 3, national: 1, provincial: 0, municipal: 0, company: 0, grassroots: 2 } });
  });
});
