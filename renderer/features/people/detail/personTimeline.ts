/**
 * One dated line per thing that happened to a person: competitions and awards, honours, studio membership,
 * projects, achievements, activities, articles, invitations to studios. Newest first; each event names the page it leads to.
 */
import type { PersonProfile } from '../../../db/repositories/personProfile';
import type { RecordRoute } from '../../studios/components/RecordLink';

export type TimelineKind = 'competition' | 'award' | 'honour' | 'studio' | 'project' | 'achievement' | 'activity' | 'article' | 'invitation';

export interface TimelineEvent {
  readonly key: string;
  /** YYYY-MM-DD, or YYYY for things known only by year. */
  readonly when: string;
  readonly kind: TimelineKind;
  readonly title: string;
  readonly detail?: { readonly key: string; readonly value: string };
  readonly link?: { readonly route: RecordRoute; readonly id: string };
}

export function personTimeline(profile: PersonProfile): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const { competition, entry, result } of profile.competitions) {
    events.push({ key: `c-${entry.id}`, when: competition.startDate, kind: result?.award ? 'award' : 'competition', title: competition.name, ...(result?.award ? { detail: { key: 'award', value: result.award } } : {}), link: { route: 'competitions', id: competition.id } });
  }
  profile.person.honours.forEach((h, i) => events.push({ key: `h-${i}`, when: String(h.year), kind: 'honour', title: h.kind, detail: { key: 'level', value: h.level } }));
  for (const s of profile.studios) events.push({ key: `s-${s.id}`, when: String(s.foundedYear), kind: 'studio', title: s.name, detail: { key: s.leadId === profile.person.id ? 'lead' : 'member', value: '' }, link: { route: 'studios', id: s.id } });
  for (const p of profile.projects) events.push({ key: `p-${p.id}`, when: p.startDate, kind: 'project', title: p.title, detail: { key: 'stage', value: p.stage }, link: { route: 'projects', id: p.id } });
  for (const a of profile.achievements) events.push({ key: `a-${a.id}`, when: a.date, kind: 'achievement', title: a.title, detail: { key: 'achievementKind', value: a.kind }, link: { route: 'achievements', id: a.id } });
  for (const a of profile.activities) events.push({ key: `t-${a.id}`, when: a.date, kind: 'activity', title: a.title, link: { route: 'activities', id: a.id } });
  for (const a of profile.articles) events.push({ key: `k-${a.id}`, when: a.updatedAt.slice(0, 10), kind: 'article', title: a.title, link: { route: 'knowledge', id: a.id } });
  // An invitation of the talent pipeline, on the day it was answered (or sent, while pending).
  for (const { invitation, studio } of profile.invitations) {
    events.push({ key: `i-${invitation.id}`, when: (invitation.answeredAt ?? invitation.invitedAt).slice(0, 10), kind: 'invitation', title: studio?.name ?? invitation.studioId, detail: { key: 'invitationStatus', value: invitation.status }, link: { route: 'studios', id: invitation.studioId } });
  }
  // Year-only dates sort as the end of their year so they do not hide behind dated events of the same year.
  const sortKey = (when: string) => (when.length === 4 ? `${when}-12-31` : when);
  return events.sort((a, b) => sortKey(b.when).localeCompare(sortKey(a.when)));
}
