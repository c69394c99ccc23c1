/**
 * Whether a project belongs on a year's dashboard: it started by the end of the year and was still open at the
 * start of it — either it is still open now, or its last gate decision (completion, roll-out, rejection …) was
 * taken in that year or later.
 */
import type { Project } from '../domain';

const CLOSED_STAGES: ReadonlySet<Project['stage']> = new Set(['completed', 'rolled_out', 'rejected']);

export function isProjectActiveInYear(project: Pick<Project, 'startDate' | 'stage' | 'gates'>, year: number): boolean {
  if (Number(project.startDate.slice(0, 4)) > year) return false;
  if (!CLOSED_STAGES.has(project.stage)) return true;
  const lastGate = project.gates.reduce<string | undefined>((last, g) => (last === undefined || g.at > last ? g.at : last), undefined);
  return lastGate === undefined || Number(lastGate.slice(0, 4)) >= year;
}
