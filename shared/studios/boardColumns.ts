/**
 * The project board's columns: projects per board stage (optionally of one studio), newest start first. Start
 * dates are ISO (YYYY-MM-DD), so they compare as plain strings; no collator is needed for 2,000 cards. Pure.
 */
import type { ProjectStage } from '../domain';
import { BOARD_STAGES } from './projectStages';

export function boardColumns<P extends { readonly stage: ProjectStage; readonly studioId: string; readonly startDate: string }>(
  projects: readonly P[],
  studioId = '',
): ReadonlyMap<ProjectStage, readonly P[]> {
  const byStage = new Map<ProjectStage, P[]>(BOARD_STAGES.map((s) => [s, []]));
  for (const p of projects) if (!studioId || p.studioId === studioId) byStage.get(p.stage)?.push(p);
  for (const list of byStage.values()) list.sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : 0));
  return byStage;
}
