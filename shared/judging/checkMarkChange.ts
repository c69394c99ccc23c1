/**
 * Who may change a mark, and when a reason is needed (DESIGN §2 "Mark"): a judge changes their own marks until
 * they submit the module; after that only the chief judge can, with a reason; after the chief judge's sign-off
 * every change needs a reason and shows in the audit log.
 */
import type { MarkState } from './replayMarkEvents';
import { submittedKeyOf } from './replayMarkEvents';

export type MarkChangeCheck =
  | { readonly ok: true; readonly needsReason: boolean }
  | { readonly ok: false; readonly code: 'module_submitted' | 'signed_off' | 'reason_required' };

export function checkMarkChange(
  state: Pick<MarkState, 'submitted' | 'signedOffAt'>,
  target: { readonly assignmentId: string; readonly moduleId: string },
  actor: 'judge' | 'chief',
  reason?: string,
): MarkChangeCheck {
  const hasReason = (reason ?? '').trim().length > 0;
  const signedOff = state.signedOffAt !== undefined;
  const submitted = state.submitted.has(submittedKeyOf(target.assignmentId, target.moduleId));
  if (!signedOff && !submitted) return { ok: true, needsReason: false };
  if (actor === 'judge') return { ok: false, code: signedOff ? 'signed_off' : 'module_submitted' };
  return hasReason ? { ok: true, needsReason: true } : { ok: false, code: 'reason_required' };
}
