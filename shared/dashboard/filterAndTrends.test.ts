import { describe, expect, it } from 'vitest';
import { computeTrends } from './computeTrends';
import { computeYearFigures } from './computeYearFigures';
import { emptyDashboardRecords, type DashboardRecords } from './dashboardRecords';
import { departmentAndDescendants, filterDashboardRecords } from './filterDashboardRecords';

// A small hand-made workspace over two years and two units (运营 with its sub-unit 车队; 维修), two trades.
const records: DashboardRecords = {
  ...emptyDashboardRecords(),
  departments: [
    { id: 'd-ops', name: '运营' },
    { id: 'd-fleet', name: '车队', parentId: 'd-ops' },
    { id: 'd-maint', name: '维修' },
  ],
  people: [
    { id: 'p-1', departmentId: 'd-ops', trade: '司机', honours: [] },
    { id: 'p-2', departmentId: 'd-fleet', trade: '司机', honours: [{ kind: 'model_worker', level: 'municipal', year: 2020 }] },
    { id: 'p-3', departmentId: 'd-maint', trade: '信号工', honours: [] },
  ],
  competitions: [
    { id: 'c-23', year: 2023, level: 'company', trade: '司机', status: 'published' },
    { id: 'c-24a', year: 2024, level: 'company', trade: '司机', status: 'published' },
    { id: 'c-24b', year: 2024, level: 'grassroots', trade: '信号工', status: 'published', organiserDepartmentId: 'd-maint' },
  ],
  entries: [
    { id: 'e-1', competitionId: 'c-23', memberIds: ['p-1'], departmentId: 'd-ops' },
    { id: 'e-2', competitionId: 'c-24a', memberIds: ['p-1'], departmentId: 'd-ops' },
    { id: 'e-3', competitionId: 'c-24a', memberIds: ['p-2'], departmentId: 'd-fleet' },
    { id: 'e-4', competitionId: 'c-24b', memberIds: ['p-3'], departmentId: 'd-maint' },
  ],
  publications: [
    { id: 'pub-23', competitionId: 'c-23', publishedAt: '2023-05-01T10:00:00+08:00', results: [{ entryId: 'e-1', rank: 1, award: 'first' }] },
    {
      id: 'pub-24a',
      competitionId: 'c-24a',
      publishedAt: '2024-05-01T10:00:00+08:00',
      results: [
        { entryId: 'e-2', rank: 1, award: 'first' },
        { entryId: 'e-3', rank: 2, award: 'second' },
      ],
    },
    { id: 'pub-24b', competitionId: 'c-24b', publishedAt: '2024-06-01T10:00:00+08:00', results: [{ entryId: 'e-4', rank: 1, award: 'third' }] },
  ],
  studios: [
    { id: 's-ops', kind: 'staff', leadId: 'p-2', memberIds: [], departmentId: 'd-fleet', trade: '司机', foundedYear: 2020, ratings: [] },
    { id: 's-maint', kind: 'skill_master', leadId: 'p-3', memberIds: [], departmentId: 'd-maint', trade: '信号工', foundedYear: 2024, ratings: [] },
  ],
  projects: [
    { id: 'pr-1', studioId: 's-ops', stage: 'in_progress', gates: [], memberIds: [], startDate: '2023-03-01', originCompetitionId: 'c-23' },
    { id: 'pr-2', studioId: 's-maint', stage: 'trial', gates: [], memberIds: [], startDate: '2024-03-01' },
  ],
  achievements: [
    { id: 'a-23', kind: 'utility_model', year: 2023, studioId: 's-ops', ownerIds: ['p-2'], annualSavingsFen: 100_00 },
    { id: 'a-24', kind: 'utility_model', year: 2024, studioId: 's-ops', ownerIds: ['p-2'], annualSavingsFen: 300_00 },
    { id: 'a-24m', kind: 'paper', year: 2024, studioId: 's-maint', ownerIds: ['p-3'], annualSavingsFen: 0 },
  ],
  incentives: [
    { id: 'i-1', personId: 'p-1', year: 2024, amountFen: 500_00, kind: 'bonus' },
    { id: 'i-3', personId: 'p-3', year: 2024, amountFen: 200_00, kind: 'bonus' },
  ],
};

describe('filterDashboardRecords', () => {
  it('takes a department with the units under it', () => {
    expect([...departmentAndDescendants(records.departments, 'd-ops')].sort()).toEqual(['d-fleet', 'd-ops']);
  });

  it('counts only what belongs to the department', () => {
    const f = computeYearFigures(filterDashboardRecords(records, { departmentId: 'd-ops' }), 2024);
    expect(f.competitions.ids).toEqual(['c-24a']);
    expect(f.participants.ids).toEqual(['p-1', 'p-2']);
    expect(f.honouredPeople.ids).toEqual(['p-2']);
    expect(f.awards.first.ids).toEqual(['e-2']);
    expect(f.awards.second.ids).toEqual(['e-3']);
    expect(f.awards.third.ids).toEqual([]);
    expect(f.studios.ids).toEqual(['s-ops']);
    expect(f.achievements.ids).toEqual(['a-24']);
    expect(f.savingsFen.value).toBe(300_00);
    expect(f.synergy.incentivesFen.value).toBe(500_00);
  });

  it('counts only what belongs to the trade, and combines with a department', () => {
    const signal = computeYearFigures(filterDashboardRecords(records, { trade: '信号工' }), 2024);
    expect(signal.competitions.ids).toEqual(['c-24b']);
    expect(signal.competitionsByTrade).toEqual({ 信号工: { table: 'competitions', value: 1, ids: ['c-24b'] } });
    expect(signal.projectsByStage.trial.ids).toEqual(['pr-2']);
    expect(signal.synergy.incentivesFen.ids).toEqual(['i-3']);
    const none = computeYearFigures(filterDashboardRecords(records, { trade: '信号工', departmentId: 'd-ops' }), 2024);
    expect(none.competitions.value).toBe(0);
    expect(none.studios.value).toBe(0);
  });
});

describe('computeYearFigures breakdowns', () => {
  it('counts competitions by trade, awards by prize and active projects by stage', () => {
    const f = computeYearFigures(records, 2024);
    expect(Object.keys(f.competitionsByTrade)).toEqual(['信号工', '司机']);
    expect(f.competitionsByTrade['司机']!.ids).toEqual(['c-24a']);
    expect([f.awards.first.value, f.awards.second.value, f.awards.third.value]).toEqual([1, 1, 1]);
    expect(f.projectsByStage.in_progress.ids).toEqual(['pr-1']);
    expect(f.projectsByStage.trial.ids).toEqual(['pr-2']);
    expect(f.participantsByLevel.company.ids).toEqual(['p-1', 'p-2']);
    expect(f.participantsByLevel.grassroots.ids).toEqual(['p-3']);
    expect(f.savingsByKind.utility_model).toEqual({ table: 'achievements', value: 300_00, ids: ['a-24'] });
    expect(f.savingsByKind.paper.value).toBe(0);
  });
});

describe('computeTrends', () => {
  it('gives each headline figure per year, oldest first, with the change from the year before', () => {
    const trends = computeTrends([computeYearFigures(records, 2024), computeYearFigures(records, 2023)]);
    expect(trends.competitions.map((p) => [p.year, p.value, p.change, p.changePercent])).toEqual([
      [2023, 1, null, null],
      [2024, 2, 1, 100],
    ]);
    expect(trends.awards.map((p) => p.value)).toEqual([1, 3]);
    expect(trends.awards[1]!.figure.ids).toEqual(['e-2', 'e-3', 'e-4']);
    expect(trends.savingsFen.map((p) => [p.value, p.changePercent])).toEqual([
      [100_00, null],
      [300_00, 200],
    ]);
    expect(trends.studios.map((p) => p.value)).toEqual([1, 2]);
    // Zero the year before: a change, but no percentage.
    expect(trends.incentivesFen.map((p) => [p.value, p.change, p.changePercent])).toEqual([
      [0, null, null],
      [700_00, 700_00, null],
    ]);
    expect(trends.projectsFromCompetitions.map((p) => p.value)).toEqual([1, 1]);
  });
});
