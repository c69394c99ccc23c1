/**
 * The gate between two stages (DESIGN §2): a decision go / kill / hold / recycle, who took it, when and why.
 * Returns where the project goes, or a code the renderer turns into words. Pure.
 *
 * - go: to the next stage, or to a later one when `to` is given; the stages jumped over are listed in
 *   `skipped` and a reason is then required. Leaving 评审 needs a scorecard that passes (see scoreReview).
 *   From on hold, go resumes the stage the project was held in.
 * - kill: to rejected. hold: to on hold. recycle: back to 申报 (or to an earlier stage given in `to`).
 */
import type { GateDecision, Project, ProjectStage } from '../domain';
import { nextStage, pipelineIndex, PIPELINE } from './projectStages';
import { scoreReview } from './scoreReview';

export type GateDecisionKind = GateDecision['decision'];

export interface GateInput {
  readonly decision: GateDecisionKind;
  /** For go: a later stage than the next one; for recycle: an earlier stage than the current one. */
  readonly to?: ProjectStage;
  readonly by: string;
  /** YYYY-MM-DD */
  readonly at: string;
  readonly note: string;
}

export const GATE_PROBLEM_CODES = [
  'missing_who',
  /** kill, hold, recycle and a go that skips stages need a reason. */
  'missing_reason',
  /** Rejected projects can only be recycled to 申报. */
  'closed',
  /** Nothing comes after 转化推广. */
  'final_stage',
  /** `to` is not after the current stage (go) or not before it (recycle). params: { to } */
  'wrong_direction',
  /** Already on hold. */
  'already_on_hold',
  /** 评审 cannot be skipped: the review scorecard decides it. */
  'review_required',
  /** Leaving 评审 with go needs a complete scorecard that passes. params: { code } (the scorecard's outcome) */
  'review_not_passed',
] as const;
export type GateProblemCode = (typeof GATE_PROBLEM_CODES)[number];

export type GateCheck =
  | { readonly ok: true; readonly gate: GateDecision; readonly skipped: readonly ProjectStage[] }
  | { readonly ok: false; readonly code: GateProblemCode; readonly params?: Readonly<Record<string, string | number>> };

type GateProject = Pick<Project, 'stage' | 'gates' | 'review'>;

/** The stage a project on hold returns to: where it was when held (申报 if unknown). */
export function heldStage(project: Pick<Project, 'stage' | 'gates'>): ProjectStage {
  const held = [...project.gates].reverse().find((g) => g.to === 'on_hold');
  return held && held.from !== 'on_hold' ? held.from : 'proposal';
}

export function checkGateDecision(project: GateProject, input: GateInput): GateCheck {
  const fail = (code: GateProblemCode, params?: Record<string, string | number>): GateCheck => ({ ok: false, code, ...(params ? { params } : {}) });
  const from = project.stage;
  if (input.by.trim() === '') return fail('missing_who');
  const reasoned = input.note.trim() !== '';
  if (from === 'rejected' && input.decision !== 'recycle') return fail('closed');

  let to: ProjectStage;
  let skipped: ProjectStage[] = [];
  switch (input.decision) {
    case 'go': {
      const current = from === 'on_hold' ? heldStage(project) : from;
      const next = from === 'on_hold' ? current : nextStage(current);
      if (!next) return fail('final_stage');
      to = input.to ?? next;
      if (pipelineIndex(to) < pipelineIndex(next)) return fail('wrong_direction', { to });
      skipped = PIPELINE.slice(pipelineIndex(next), pipelineIndex(to));
      if (skipped.includes('review') || (current === 'proposal' && to !== 'review' && from !== 'on_hold')) return fail('review_required');
      if (skipped.length > 0 && !reasoned) return fail('missing_reason');
      if (current === 'review' && from === 'review') {
        const outcome = project.review ? scoreReview(project.review).outcome : { code: 'no_scorecard' as const };
        if (outcome.code !== 'passed') return fail('review_not_passed', { code: outcome.code });
      }
      break;
    }
    case 'kill':
      to = 'rejected';
      break;
    case 'hold':
      if (from === 'on_hold') return fail('already_on_hold');
      if (from === 'rolled_out') return fail('final_stage');
      to = 'on_hold';
      break;
    case 'recycle': {
      to = input.to ?? 'proposal';
      const current = from === 'on_hold' ? heldStage(project) : from;
      const before = from === 'rejected' ? PIPELINE.length : pipelineIndex(current);
      if (pipelineIndex(to) < 0 || pipelineIndex(to) >= before) return fail('wrong_direction', { to });
      break;
    }
  }
  if (input.decision !== 'go' && !reasoned) return fail('missing_reason');
  return { ok: true, skipped, gate: { from, to, decision: input.decision, at: input.at, note: input.note.trim(), by: input.by.trim() } };
}

/** The decision a drag from one board column to another stands for. */
export function decisionForMove(from: ProjectStage, to: ProjectStage): { decision: GateDecisionKind; to?: ProjectStage } {
  if (to === 'rejected') return { decision: 'kill' };
  if (to === 'on_hold') return { decision: 'hold' };
  if (from === 'rejected') return { decision: 'recycle', to };
  const current = pipelineIndex(from);
  if (current >= 0 && pipelineIndex(to) <= current) return { decision: 'recycle', to };
  return { decision: 'go', to };
}
