/**
 * Whether an invitation to a studio can be made, and whether an answer can be recorded: codes the invitation
 * dialog and the repository both use.
 */
import type { Id, Studio } from '../domain';
import type { InvitationStatus, StudioInvitation } from './types';

export type InvitationProblem =
  | { readonly code: 'studio_required' }
  | { readonly code: 'studio_closed' }
  | { readonly code: 'already_member' }
  | { readonly code: 'already_invited' };

type StudioFacts = Pick<Studio, 'id' | 'leadId' | 'memberIds' | 'status'>;

export function checkInvitation(
  personId: Id,
  studio: StudioFacts | undefined,
  /** The person's invitations. */
  invitations: readonly Pick<StudioInvitation, 'studioId' | 'status'>[],
): InvitationProblem[] {
  if (!studio) return [{ code: 'studio_required' }];
  const problems: InvitationProblem[] = [];
  if (studio.status === 'closed') problems.push({ code: 'studio_closed' });
  if (studio.leadId === personId || studio.memberIds.includes(personId)) problems.push({ code: 'already_member' });
  if (invitations.some((i) => i.studioId === studio.id && i.status === 'pending')) problems.push({ code: 'already_invited' });
  return problems;
}

export type AnswerProblem = { readonly code: 'not_pending'; readonly status: InvitationStatus } | { readonly code: 'studio_missing' } | { readonly code: 'studio_closed' };

/** An answer is recorded once, on a pending invitation; accepting needs the studio to exist and be open. */
export function checkAnswer(
  invitation: Pick<StudioInvitation, 'status'>,
  answer: Exclude<InvitationStatus, 'pending'>,
  studio: Pick<Studio, 'status'> | undefined,
): AnswerProblem[] {
  if (invitation.status !== 'pending') return [{ code: 'not_pending', status: invitation.status }];
  if (answer === 'declined') return [];
  if (!studio) return [{ code: 'studio_missing' }];
  if (studio.status === 'closed') return [{ code: 'studio_closed' }];
  return [];
}
