import { describe, expect, it } from 'vitest';
import { computeYearFigures } from '../dashboard/computeYearFigures';
import { generateDemoWorkspace } from './generateDemoWorkspace';

// The figures the demo organisation is built to reproduce (DESIGN, opening paragraph).
describe('the 2024 dashboard computed from the demo workspace', () => {
  const figures = computeYearFigures(generateDemoWorkspace(), 2024);

  it('counts 83 competitions: 1 national, 2 provincial, 4 municipal, 9 company and 67 grassroots', () => {
    expect(figures.competitions.value).toBe(83);
    const byLevel = figures.competitionsByLevel;
    expect([byLevel.national.value, byLevel.provincial.value, byLevel.municipal.value, byLevel.company.value, byLevel.grassroots.value]).toEqual([1, 2, 4, 9, 67]);
  });

  it('counts at least 2,000 entries, from fewer distinct participants because some entered several', () => {
    expect(figures.entries.value).toBeGreaterThanOrEqual(2000);
    expect(figures.participants.value).toBeGreaterThan(1000);
    expect(figures.participants.value).toBeLessThan(figures.entries.value);
  });

  it('counts 25 people holding a municipal-or-higher 劳模 or 五一劳动奖章', () => {
    expect(figures.honouredPeople.value).toBe(25);
  });

  it('counts 18 studios, of which 3 municipal 劳模创新工作室 and 11 municipal 职工创新工作室', () => {
    expect(figures.studios.value).toBe(18);
    expect(figures.studiosByKindAndRating.model_worker.municipal.value).toBe(3);
    expect(figures.studiosByKindAndRating.staff.municipal.value).toBe(11);
  });

  it('counts 105 achievements, 24 of them utility-model patents', () => {
    expect(figures.achievements.value).toBe(105);
    expect(figures.utilityModelPatents.value).toBe(24);
    expect(figures.achievementsByKind.utility_model.ids).toEqual(figures.utilityModelPatents.ids);
  });

  it('sums about 1.8 亿 yuan of annual savings: at least 180,000,000 and below 185,000,000 yuan', () => {
    expect(figures.savingsFen.value).toBeGreaterThanOrEqual(18_000_000_000);
    expect(figures.savingsFen.value).toBeLessThan(18_500_000_000);
  });

  it('shows the synergy: projects from competitions, winners in and outside studios, cross-department projects, incentives', () => {
    const { synergy } = figures;
    expect(synergy.projectsFromCompetitions.value).toBeGreaterThan(0);
    expect(synergy.winnersInStudio.value).toBeGreaterThan(0);
    expect(synergy.winnersNotInStudio.value).toBeGreaterThan(0);
    expect(synergy.crossDepartmentProjects.value).toBeGreaterThan(0);
    expect(synergy.incentivesFen.value).toBeGreaterThan(0);
  });
});
