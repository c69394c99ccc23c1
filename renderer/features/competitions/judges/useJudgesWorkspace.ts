/**
 * The records the judges tab works with, live: a roster change, a studio membership or a department move
 * re-runs the conflict checks of every listed assignment.
 */
import { useMemo } from 'react';
import type { Department, Entry, JudgeAssignment, Person } from '../../../../shared/domain';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { conflictSources, type ConflictSources } from './conflictSources';
import { departmentPath } from './departmentPath';
import type { PersonChoice } from './searchPeople';

export interface JudgesWorkspace {
  readonly judges: readonly JudgeAssignment[];
  readonly entries: readonly Entry[];
  readonly personById: ReadonlyMap<string, Person>;
  readonly departmentById: ReadonlyMap<string, Department>;
  readonly entryById: ReadonlyMap<string, Entry>;
  /** Everyone, for the person search, with the department written out. */
  readonly choices: readonly PersonChoice[];
  readonly sources: ConflictSources;
  /** "运营一分公司 / 乘务中心" for a department id. */
  departmentName(departmentId: string | undefined): string | undefined;
}

export function useJudgesWorkspace(competitionId: string): JudgesWorkspace | undefined {
  const records = useLiveRecords(
    async (r) => {
      const [judges, allEntries, people, departments, studios, activities, projects, competitions] = await Promise.all([
        r.competitions.judgesOf(competitionId),
        r.competitions.entries.list(),
        r.people.list(),
        r.people.departments.list(),
        r.studios.list(),
        r.studios.activities.list(),
        r.projects.list(),
        r.competitions.list(),
      ]);
      return { judges, allEntries, people, departments, studios, activities, projects, competitions };
    },
    [competitionId],
  );

  return useMemo(() => {
    if (!records) return undefined;
    const { judges, allEntries, people, departments, studios, activities, projects, competitions } = records;
    const departmentById = new Map(departments.map((d) => [d.id, d]));
    const departmentName = (id: string | undefined) => departmentPath(id, departmentById);
    const entries = allEntries.filter((e) => e.competitionId === competitionId);
    const sources = conflictSources({
      competitionId,
      entries,
      people,
      departments,
      studios,
      activities,
      pastTeamEntries: allEntries,
      competitionNames: new Map(competitions.map((c) => [c.id, c.name])),
      projects,
    });
    return {
      judges,
      entries,
      personById: new Map(people.map((p) => [p.id, p])),
      departmentById,
      entryById: new Map(entries.map((e) => [e.id, e])),
      choices: people.map((p) => ({ id: p.id, name: p.name, employeeNo: p.employeeNo, department: departmentName(p.departmentId) ?? '' })),
      sources,
      departmentName,
    };
  }, [records, competitionId]);
}
