/**
 * Everything checkJudgeConflicts needs besides the judge and the assignment, gathered from the workspace:
 * the competition's entries, the people and the department tree, the studios (soft: same studio), the teams a
 * person worked in (soft: past competition teams and project teams), and coaching recorded outside the entries.
 *
 * Coaching: an activity has attendees but no named coach, so a studio's lead who attends its coaching for this
 * competition, or its mentoring (师带徒), is taken as the coach of the other attendees. Coaching by someone
 * else than the lead is known only from the entry's own coach list.
 */
import type { JudgeConflictInput } from '../../../../shared/competitions/conflicts/checkJudgeConflicts';
import type { Activity, Competition, Department, Entry, Person, Project, Studio } from '../../../../shared/domain';

export type ConflictSources = Omit<JudgeConflictInput, 'judge' | 'assignment'>;

export interface WorkspaceForConflicts {
  readonly competitionId: string;
  readonly entries: readonly Entry[];
  readonly people: readonly Pick<Person, 'id' | 'departmentId'>[];
  readonly departments: readonly Pick<Department, 'id' | 'parentId'>[];
  readonly studios: readonly Pick<Studio, 'id' | 'name' | 'leadId' | 'memberIds'>[];
  readonly activities: readonly Pick<Activity, 'studioId' | 'kind' | 'attendeeIds' | 'competitionId'>[];
  /** Team entries of other competitions, with the name of their competition. */
  readonly pastTeamEntries?: readonly Pick<Entry, 'id' | 'competitionId' | 'memberIds' | 'teamName'>[];
  readonly competitionNames?: ReadonlyMap<string, Competition['name']>;
  readonly projects?: readonly Pick<Project, 'id' | 'title' | 'memberIds'>[];
}

export function coachingFromActivities(
  activities: WorkspaceForConflicts['activities'],
  studios: WorkspaceForConflicts['studios'],
  competitionId: string,
): { coachId: string; traineeId: string }[] {
  const leadOf = new Map(studios.map((s) => [s.id, s.leadId]));
  const coaching: { coachId: string; traineeId: string }[] = [];
  for (const activity of activities) {
    const counts =
      activity.kind === 'mentoring' || (activity.kind === 'competition_coaching' && activity.competitionId === competitionId);
    const lead = leadOf.get(activity.studioId);
    if (!counts || !lead || !activity.attendeeIds.includes(lead)) continue;
    for (const traineeId of activity.attendeeIds) if (traineeId !== lead) coaching.push({ coachId: lead, traineeId });
  }
  return coaching;
}

export function conflictSources(workspace: WorkspaceForConflicts): ConflictSources {
  const pastTeams = (workspace.pastTeamEntries ?? [])
    .filter((e) => e.competitionId !== workspace.competitionId && e.memberIds.length > 1)
    .map((e) => ({
      id: e.id,
      name: e.teamName ?? workspace.competitionNames?.get(e.competitionId) ?? e.id,
      memberIds: e.memberIds,
    }));
  const projectTeams = (workspace.projects ?? [])
    .filter((p) => p.memberIds.length > 1)
    .map((p) => ({ id: p.id, name: p.title, memberIds: p.memberIds }));
  return {
    entries: workspace.entries.filter((e) => e.competitionId === workspace.competitionId),
    people: workspace.people,
    departments: workspace.departments,
    studios: workspace.studios,
    coaching: coachingFromActivities(workspace.activities, workspace.studios, workspace.competitionId),
    teams: [...pastTeams, ...projectTeams],
  };
}
