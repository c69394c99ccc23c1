/** Records of the synergy features (DESIGN §2 "Synergy"): invitations of award winners to studios. */
import { z } from 'zod';
import { awardKeySchema } from '../domain/competitions';
import { idSchema, isoDateTimeSchema, recordMetaSchema, yearSchema } from '../domain/common';

export const INVITATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export const invitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

/** A person proposed to a studio by the talent pipeline, and their answer. */
export const studioInvitationSchema = recordMetaSchema.extend({
  personId: idSchema,
  studioId: idSchema,
  /** The year of the award that put the person in the pipeline (their cohort). */
  year: yearSchema,
  /** The competition and award behind the invitation, when it came from one. */
  competitionId: idSchema.optional(),
  award: awardKeySchema.optional(),
  status: invitationStatusSchema,
  invitedAt: isoDateTimeSchema,
  answeredAt: isoDateTimeSchema.optional(),
  note: z.string().max(1000).default(''),
});
export type StudioInvitation = z.infer<typeof studioInvitationSchema>;
