/**
 * The project pipeline of DESIGN §2: 申报 → 评审 → 立项 → 研制 → 试用 → 成果 → 转化推广, plus two side states
 * (rejected, on hold) that a gate decision can send a project to.
 */
import type { ProjectStage } from '../domain';

/** The main line, in order. */
export const PIPELINE: readonly ProjectStage[] = ['proposal', 'review', 'approved', 'in_progress', 'trial', 'completed', 'rolled_out'];

/** Stages shown as board columns: the pipeline, then the two side states. */
export const BOARD_STAGES: readonly ProjectStage[] = [...PIPELINE, 'on_hold', 'rejected'];

/** Position on the main line, or -1 for rejected / on hold. */
export function pipelineIndex(stage: ProjectStage): number {
  return PIPELINE.indexOf(stage);
}

/** The stage after `stage` on the main line, or undefined at the end or off the line. */
export function nextStage(stage: ProjectStage): ProjectStage | undefined {
  const index = pipelineIndex(stage);
  return index < 0 ? undefined : PIPELINE[index + 1];
}

/** A project under review (评审) cannot be edited: only its scorecard and the gate decision may change. */
export function isProjectReadOnly(project: { readonly stage: ProjectStage }): boolean {
  return project.stage === 'review';
}
