import { describe, expect, it } from 'vitest';
import type { PersonProfile } from '../../../db/repositories/personProfile';
import { personTimeline } from './personTimeline';

const at = '2024-01-01T00:00:00.000Z';
const profile = (invitations: PersonProfile['invitations']): PersonProfile => ({
  person: { id: 'p1', version: 1, updatedAt: at, name: '王一', employeeNo: 'E1', departmentId: 'd', trade: '信号工', honours: [] },
  departmentPath: [],
  competitions: [],
  studios: [],
  projects: [],
  achievements: [],
  activities: [],
  incentives: [],
  articles: [],
  invitations,
});
const invitation = (id: string, status: 'pending' | 'accepted', invitedAt: string, answeredAt?: string) => ({
  invitation: { id, version: 1, updatedAt: at, personId: 'p1', studioId: `s-${id}`, year: 2024, status, invitedAt, note: '', ...(answeredAt ? { answeredAt } : {}) },
});

describe('the person timeline', () => {
  it('shows invitations to studios on the day they were answered, or sent while pending, leading to the studio', () => {
    const events = personTimeline(profile([invitation('a', 'accepted', '2024-05-01T08:00:00.000Z', '2024-06-02T08:00:00.000Z'), invitation('b', 'pending', '2024-07-03T08:00:00.000Z')]));
    expect(events.map((e) => [e.when, e.kind, e.title, e.detail?.value, e.link?.route])).toEqual([
      ['2024-07-03', 'invitation', 's-b', 'pending', 'studios'],
      ['2024-06-02', 'invitation', 's-a', 'accepted', 'studios'],
    ]);
  });
});
