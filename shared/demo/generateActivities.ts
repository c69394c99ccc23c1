/**
 * The studios' activities in the demo year: training, technical exchanges, workshops, coaching before
 * competitions (赛前集训) and 师带徒 mentoring.
 *
 * Coaching links a studio to a competition of its trade; the coached entrants then list the studio lead as
 * their coach, which the judging side treats as a hard conflict of interest.
 */
import type { Activity, Entry, Person, Studio } from '../domain';
import type { Random } from '../util/random';
import { type DemoContext, seq, compareText } from './context';
import { tradeTasks } from './data/organisation';
import { addDays, daysBetween, isoDate, maxDate, minDate } from './dates';
import type { DemoCompetition } from './generateCompetitions';
import type { DemoOrganisation } from './generateOrganisation';

export interface DemoActivities {
  readonly activities: Activity[];
  /** Coaches (person ids) to add to entries, by entry id. */
  readonly coachesByEntry: ReadonlyMap<string, readonly string[]>;
}

export function generateActivities(
  ctx: DemoContext,
  org: DemoOrganisation,
  studios: readonly Studio[],
  competitions: readonly DemoCompetition[],
  entriesByCompetition: ReadonlyMap<string, readonly Entry[]>,
): DemoActivities {
  const rng = ctx.random('activities');
  const activities: Activity[] = [];
  const coachesByEntry = new Map<string, string[]>();
  const yearStart = isoDate(ctx.year, 1, 8);
  const lastDay = addDays(ctx.today, -1);
  const anyDay = (): string => addDays(yearStart, rng.int(0, Math.max(0, daysBetween(yearStart, lastDay))));

  for (const studio of studios) {
    const drafts: Omit<Activity, 'id' | 'version' | 'updatedAt' | 'studioId'>[] = [];
    const team = [studio.leadId, ...studio.memberIds];
    const tasks = tradeTasks(studio.trade);

    for (let i = rng.int(2, 4); i > 0; i--) {
      const task = rng.pick(tasks);
      const trainees = org.peopleOfTrade(studio.trade).filter((p) => !team.includes(p.id));
      drafts.push({
        kind: 'training',
        title: `${task}专题培训`,
        date: anyDay(),
        attendeeIds: [studio.leadId, ...rng.sample(trainees, rng.int(10, 30)).map((p) => p.id)],
        hours: rng.pick([4, 8, 8, 16]),
      });
    }
    for (let i = rng.int(1, 2); i > 0; i--) {
      const other = rng.pick(studios.filter((s) => s.id !== studio.id));
      drafts.push({
        kind: 'exchange',
        title: `与${other.name}开展技术交流`,
        date: anyDay(),
        attendeeIds: [...rng.sample(team, rng.int(4, 8)), other.leadId],
        hours: rng.pick([2, 3, 4]),
      });
    }
    for (let i = rng.int(1, 3); i > 0; i--) {
      drafts.push({
        kind: 'workshop',
        title: rng.pick(['创新工作坊：专利撰写与申报', '创新工作坊：QC小组活动方法', `${rng.pick(tasks)}难题攻关研讨会`]),
        date: anyDay(),
        attendeeIds: rng.sample(team, rng.int(5, team.length)),
        hours: rng.pick([3, 4, 6]),
      });
    }
    drafts.push(...coaching(rng, studio, competitions, entriesByCompetition, coachesByEntry, lastDay));
    drafts.push(...mentoring(ctx, rng, org, studio));

    drafts
      .sort((a, b) => compareText(a.date, b.date) || compareText(a.title, b.title))
      .forEach((draft) => {
        activities.push({
          ...draft,
          id: `act-${ctx.year}-${seq(activities.length + 1, 4)}`,
          version: 1,
          updatedAt: ctx.at(draft.date, '18:00'),
          studioId: studio.id,
        });
      });
  }
  return { activities, coachesByEntry };
}

/** Coaching before one or two of the year's competitions of the studio's trade; the coached entrants get the lead as coach. */
function coaching(
  rng: Random,
  studio: Studio,
  competitions: readonly DemoCompetition[],
  entriesByCompetition: ReadonlyMap<string, readonly Entry[]>,
  coachesByEntry: Map<string, string[]>,
  lastDay: string,
): Omit<Activity, 'id' | 'version' | 'updatedAt' | 'studioId'>[] {
  const ofTrade = competitions.filter(
    (c) => c.record.trade === studio.trade && c.record.status !== 'draft' && c.record.level !== 'grassroots',
  );
  return rng.sample(ofTrade, rng.int(1, 2)).flatMap(({ record }) => {
    const entries = (entriesByCompetition.get(record.id) ?? []).filter((e) => !e.memberIds.includes(studio.leadId));
    const coached = rng.sample(entries, Math.min(entries.length, rng.int(4, 12)));
    if (coached.length === 0) return [];
    for (const entry of coached) {
      const coaches = coachesByEntry.get(entry.id) ?? [];
      if (!coaches.includes(studio.leadId)) coachesByEntry.set(entry.id, [...coaches, studio.leadId]);
    }
    return [
      {
        kind: 'competition_coaching' as const,
        title: `${record.name}赛前集训`,
        date: minDate(maxDate(addDays(record.startDate, -rng.int(10, 30)), `${record.year}-01-08`), lastDay),
        attendeeIds: [studio.leadId, ...coached.flatMap((e) => e.memberIds)],
        hours: rng.pick([16, 24, 32, 40]),
        competitionId: record.id,
      },
    ];
  });
}

/** 师带徒: the lead or a senior member takes on a younger person of the trade for the year. */
function mentoring(ctx: DemoContext, rng: Random, org: DemoOrganisation, studio: Studio): Omit<Activity, 'id' | 'version' | 'updatedAt' | 'studioId'>[] {
  const young = org
    .peopleOfTrade(studio.trade)
    .filter((p) => (p.birthYear ?? 0) >= ctx.year - 28 && p.id !== studio.leadId && !studio.memberIds.includes(p.id));
  const mentors = [studio.leadId, ...studio.memberIds.slice(0, 3)];
  return rng.sample(young, rng.int(1, 3)).map((apprentice: Person, i) => {
    const mentor = org.personById.get(mentors[i % mentors.length] as string);
    return {
      kind: 'mentoring' as const,
      title: `师带徒：${mentor?.name ?? ''}带${apprentice.name}`,
      date: minDate(isoDate(ctx.year, 3, rng.int(1, 15)), addDays(ctx.today, -1)),
      attendeeIds: [mentor?.id ?? studio.leadId, apprentice.id],
      hours: rng.int(4, 12) * 10,
    };
  });
}
