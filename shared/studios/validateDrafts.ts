/**
 * What a studio, project, achievement or activity form must hold before it is saved. Each problem names the
 * field and a code; the renderer words it ("请填写名称" / "Enter a name"). Pure.
 */
import type { Achievement, Activity, Project, Studio } from '../domain';
import { isPatentKind } from './patentTerm';

export type DraftProblemCode = 'required' | 'too_long' | 'not_a_year' | 'end_before_start' | 'hours_range' | 'shares_not_100' | 'granted_before_filed' | 'duplicate_rating';
export interface DraftProblem {
  readonly field: string;
  readonly code: DraftProblemCode;
  readonly params?: Readonly<Record<string, string | number>>;
}

const blank = (text: string | undefined) => (text ?? '').trim() === '';
const isYear = (year: number) => Number.isInteger(year) && year >= 1950 && year <= 2100;

function required(problems: DraftProblem[], field: string, value: string | undefined, max?: number) {
  if (blank(value)) problems.push({ field, code: 'required' });
  else if (max !== undefined && value!.length > max) problems.push({ field, code: 'too_long', params: { max } });
}

export function validateStudioDraft(s: Pick<Studio, 'name' | 'leadId' | 'departmentId' | 'foundedYear' | 'ratings' | 'focus'>): DraftProblem[] {
  const problems: DraftProblem[] = [];
  required(problems, 'name', s.name, 200);
  required(problems, 'leadId', s.leadId);
  required(problems, 'departmentId', s.departmentId);
  if (!isYear(s.foundedYear)) problems.push({ field: 'foundedYear', code: 'not_a_year' });
  if (s.focus.length > 2000) problems.push({ field: 'focus', code: 'too_long', params: { max: 2000 } });
  const seen = new Set<string>();
  for (const r of s.ratings) {
    if (!isYear(r.year)) problems.push({ field: 'ratings', code: 'not_a_year' });
    const key = `${r.level}:${r.year}`;
    if (seen.has(key)) problems.push({ field: 'ratings', code: 'duplicate_rating', params: { year: r.year } });
    seen.add(key);
  }
  return problems;
}

export function validateProjectDraft(p: Pick<Project, 'title' | 'studioId' | 'startDate' | 'summary'> & { plannedEndDate?: string | undefined }): DraftProblem[] {
  const problems: DraftProblem[] = [];
  required(problems, 'title', p.title, 200);
  required(problems, 'studioId', p.studioId);
  required(problems, 'startDate', p.startDate);
  if (p.plannedEndDate && p.startDate && p.plannedEndDate < p.startDate) problems.push({ field: 'plannedEndDate', code: 'end_before_start' });
  if (p.summary.length > 8000) problems.push({ field: 'summary', code: 'too_long', params: { max: 8000 } });
  return problems;
}

export function validateAchievementDraft(a: Pick<Achievement, 'title' | 'kind' | 'date' | 'ownerIds' | 'patent' | 'contributionShares'>): DraftProblem[] {
  const problems: DraftProblem[] = [];
  required(problems, 'title', a.title, 200);
  required(problems, 'date', a.date);
  if (a.ownerIds.length === 0) problems.push({ field: 'ownerIds', code: 'required' });
  const shares = a.contributionShares ?? [];
  if (shares.length > 0 && shares.reduce((s, v) => s + v, 0) !== 100) problems.push({ field: 'contributionShares', code: 'shares_not_100', params: { sum: shares.reduce((s, v) => s + v, 0) } });
  if (isPatentKind(a.kind)) {
    if (!a.patent || blank(a.patent.filedOn)) problems.push({ field: 'patent.filedOn', code: 'required' });
    else if (a.patent.grantedOn && a.patent.grantedOn < a.patent.filedOn) problems.push({ field: 'patent.grantedOn', code: 'granted_before_filed' });
    if (a.patent?.status === 'granted' && blank(a.patent.grantedOn)) problems.push({ field: 'patent.grantedOn', code: 'required' });
  }
  return problems;
}

export function validateActivityDraft(a: Pick<Activity, 'title' | 'date' | 'hours' | 'studioId'>): DraftProblem[] {
  const problems: DraftProblem[] = [];
  required(problems, 'title', a.title, 200);
  required(problems, 'date', a.date);
  required(problems, 'studioId', a.studioId);
  if (!(Number.isFinite(a.hours) && a.hours > 0 && a.hours <= 1000)) problems.push({ field: 'hours', code: 'hours_range', params: { max: 1000 } });
  return problems;
}

/** The first problem of a field, for its helper text. */
export function problemOf(problems: readonly DraftProblem[], field: string): DraftProblem | undefined {
  return problems.find((p) => p.field === field);
}
