/**
 * A studio project born in a competition (竞赛-工作室联动项目, DESIGN §2 "Synergy"): it starts as a proposal of
 * the chosen studio, keeps the competition as its origin, and opens with a note saying where the idea came from.
 */
import type { Competition, Id, Project, Studio } from '../domain';

export interface ProjectFromCompetitionInput {
  readonly id: Id;
  readonly competition: Pick<Competition, 'id' | 'name'>;
  readonly studio: Pick<Studio, 'id'> | undefined;
  readonly title: string;
  /** The method or idea seen in the competition (results, or a judge's note on an entrant's method). */
  readonly method: string;
  readonly memberIds: readonly Id[];
  /** Today, YYYY-MM-DD. */
  readonly today: string;
}

export type ProjectFromCompetitionProblem = { readonly code: 'title_required' } | { readonly code: 'studio_required' };

export function checkProjectFromCompetition(input: Pick<ProjectFromCompetitionInput, 'title' | 'studio'>): ProjectFromCompetitionProblem[] {
  const problems: ProjectFromCompetitionProblem[] = [];
  if (input.title.trim() === '') problems.push({ code: 'title_required' });
  if (!input.studio) problems.push({ code: 'studio_required' });
  return problems;
}

export function buildProjectFromCompetition(input: ProjectFromCompetitionInput): Omit<Project, 'version' | 'updatedAt'> {
  if (!input.studio) throw new Error('studio_required');
  const method = input.method.trim();
  return {
    id: input.id,
    studioId: input.studio.id,
    title: input.title.trim(),
    summary: method,
    stage: 'proposal',
    gates: [],
    memberIds: [...new Set(input.memberIds)],
    startDate: input.today,
    budgetFen: 0,
    spentFen: 0,
    milestones: [],
    notes: [{ id: `${input.id}-origin`, at: input.today, text: `${input.competition.name}${method ? `: ${method}` : ''}`, lesson: false }],
    originCompetitionId: input.competition.id,
  };
}
