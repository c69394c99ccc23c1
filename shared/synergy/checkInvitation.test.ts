import { describe, expect, it } from 'vitest';
import { checkAnswer, checkInvitation } from './checkInvitation';

const studio = { id: 's1', leadId: 'lead', memberIds: ['m1'] };

describe('inviting a person to a studio', () => {
  it.each([
    ['p1', studio, [], []],
    ['p1', undefined, [], ['studio_required']],
    ['p1', { ...studio, status: 'closed' as const }, [], ['studio_closed']],
    ['m1', studio, [], ['already_member']],
    ['lead', studio, [], ['already_member']],
    ['p1', studio, [{ studioId: 's1', status: 'pending' as const }], ['already_invited']],
    ['p1', studio, [{ studioId: 's1', status: 'declined' as const }, { studioId: 's2', status: 'pending' as const }], []],
  ])('%s to %j with %j → %j', (personId, target, invitations, codes) => {
    expect(checkInvitation(personId, target, invitations).map((p) => p.code)).toEqual(codes);
  });
});

describe('recording the answer', () => {
  it.each([
    ['pending', 'accepted', {}, []],
    ['pending', 'declined', undefined, []],
    ['pending', 'accepted', undefined, ['studio_missing']],
    ['pending', 'accepted', { status: 'closed' as const }, ['studio_closed']],
    ['accepted', 'declined', {}, ['not_pending']],
    ['declined', 'accepted', {}, ['not_pending']],
  ] as const)('%s invitation answered %s → %j', (status, answer, target, codes) => {
    expect(checkAnswer({ status }, answer, target).map((p) => p.code)).toEqual(codes);
  });
});
