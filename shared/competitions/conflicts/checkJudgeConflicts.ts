/**
 * Conflicts of interest (回避) between one judge assignment and the entrants that judge would see (DESIGN §2):
 * hard conflicts block the assignment, soft ones are shown as warnings for the organiser to weigh.
 *
 * Which entrants a judge would score: those at the judge's stations when the assignment names stations,
 * otherwise every entry (modules do not split entrants: everyone sits every module). Withdrawn entries are
 * left out.
 */
import type { Department, Entry, JudgeAssignment, Person, Studio } from '../../domain';

export const CONFLICT_CODES = [
  // hard
  /** The judge is entered in this competition. */
  'judge_is_entrant',
  /** Same department as the entry, or as one of its members. params: { departmentId } */
  'same_department',
  /** The judge coached the entrant (entry.coachIds, or a coaching relation). */
  'coached_entrant',
  // soft
  /** Different departments under the same top-level unit. params: { departmentId } (the top unit) */
  'same_top_unit',
  /** Judge and entrant belong to the same studio. params: { studioId, studioName } */
  'same_studio',
  /** Judge and entrant worked in the same team (a past competition team, a project team…). params: { teamId, teamName } */
  'same_team',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];
export const HARD_CONFLICTS: readonly ConflictCode[] = ['judge_is_entrant', 'same_department', 'coached_entrant'];

export interface Conflict {
  code: ConflictCode;
  severity: 'hard' | 'soft';
  entryId: string;
  /** The member concerned, when the conflict is with one person of the entry rather than the entry as a whole. */
  personId?: string;
  params?: Readonly<Record<string, string>>;
}

export interface ConflictReport {
  assignmentId: string;
  judgePersonId: string;
  /** Entries the judge would score (the scope checked). */
  entryIds: string[];
  hard: Conflict[];
  soft: Conflict[];
}

export interface JudgeConflictInput {
  judge: Pick<Person, 'id' | 'departmentId'>;
  assignment: Pick<JudgeAssignment, 'id' | 'stations'>;
  /** Entries of the competition. */
  entries: readonly Pick<Entry, 'id' | 'memberIds' | 'departmentId' | 'coachIds' | 'status' | 'station'>[];
  /** People, to know the members' own departments. */
  people: readonly Pick<Person, 'id' | 'departmentId'>[];
  /** The department tree, for the soft same-top-unit rule; without it the rule is skipped. */
  departments?: readonly Pick<Department, 'id' | 'parentId'>[];
  /** Coaching known outside the entry (studio mentoring 师带徒, coaching activities). */
  coaching?: readonly { coachId: string; traineeId: string }[];
  studios?: readonly Pick<Studio, 'id' | 'name' | 'leadId' | 'memberIds'>[];
  teams?: readonly { id: string; name: string; memberIds: readonly string[] }[];
}

export function checkJudgeConflicts(input: JudgeConflictInput): ConflictReport {
  const { judge, assignment } = input;
  const hard: Conflict[] = [];
  const soft: Conflict[] = [];
  const add = (conflict: Omit<Conflict, 'severity'>) => {
    const severity = HARD_CONFLICTS.includes(conflict.code) ? 'hard' : 'soft';
    (severity === 'hard' ? hard : soft).push({ ...conflict, severity });
  };

  const personDepartment = new Map(input.people.map((p) => [p.id, p.departmentId]));
  const topUnit = topUnitOf(input.departments);
  const judgeTop = topUnit(judge.departmentId);
  const coachedByJudge = new Set((input.coaching ?? []).filter((c) => c.coachId === judge.id).map((c) => c.traineeId));
  type Group = { id: string; name: string; memberIds: readonly string[]; leadId?: string };
  const judgeGroups = (groups: readonly Group[] | undefined) =>
    (groups ?? []).filter((g) => g.leadId === judge.id || g.memberIds.includes(judge.id));
  const judgeStudios = judgeGroups(input.studios);
  const judgeTeams = judgeGroups(input.teams);

  const active = input.entries.filter((e) => e.status !== 'withdrawn');
  for (const entry of active) {
    if (entry.memberIds.includes(judge.id)) add({ code: 'judge_is_entrant', entryId: entry.id, personId: judge.id });
  }

  const stations = assignment.stations;
  const scope = stations.length > 0 ? active.filter((e) => e.station !== undefined && stations.includes(e.station)) : active;
  for (const entry of scope) {
    const members = entry.memberIds.filter((id) => id !== judge.id);

    // Department: the entry's, then any member's own when it differs.
    const sameDepartment = entry.departmentId === judge.departmentId;
    if (sameDepartment) add({ code: 'same_department', entryId: entry.id, params: { departmentId: entry.departmentId } });
    const memberSameDepartment = sameDepartment
      ? []
      : members.filter((id) => personDepartment.get(id) === judge.departmentId);
    for (const personId of memberSameDepartment) {
      add({ code: 'same_department', entryId: entry.id, personId, params: { departmentId: judge.departmentId } });
    }

    if (entry.coachIds.includes(judge.id)) add({ code: 'coached_entrant', entryId: entry.id });
    else {
      for (const personId of members.filter((id) => coachedByJudge.has(id))) {
        add({ code: 'coached_entrant', entryId: entry.id, personId });
      }
    }

    if (judgeTop && !sameDepartment && memberSameDepartment.length === 0) {
      const entryDepartments = [entry.departmentId, ...members.map((id) => personDepartment.get(id))];
      if (entryDepartments.some((d) => d !== undefined && topUnit(d) === judgeTop)) {
        add({ code: 'same_top_unit', entryId: entry.id, params: { departmentId: judgeTop } });
      }
    }

    for (const personId of members) {
      for (const studio of judgeStudios) {
        if (studio.leadId === personId || studio.memberIds.includes(personId)) {
          add({ code: 'same_studio', entryId: entry.id, personId, params: { studioId: studio.id, studioName: studio.name } });
        }
      }
      for (const team of judgeTeams) {
        if (team.memberIds.includes(personId)) {
          add({ code: 'same_team', entryId: entry.id, personId, params: { teamId: team.id, teamName: team.name } });
        }
      }
    }
  }
  return { assignmentId: assignment.id, judgePersonId: judge.id, entryIds: scope.map((e) => e.id), hard, soft };
}

/** Maps a department to its top-level unit (the ancestor without parent); undefined without a tree. */
function topUnitOf(departments: readonly Pick<Department, 'id' | 'parentId'>[] | undefined) {
  const parent = new Map((departments ?? []).map((d) => [d.id, d.parentId]));
  return (departmentId: string): string | undefined => {
    if (!parent.has(departmentId)) return undefined;
    let current = departmentId;
    // The guard stops on a (corrupt) cycle.
    for (let guard = 0; guard < 50; guard++) {
      const up = parent.get(current);
      if (!up || !parent.has(up)) return current;
      current = up;
    }
    return current;
  };
}
