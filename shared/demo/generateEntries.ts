/**
 * Who entered each competition, their status on the day and the seeded draw (抽签).
 *
 * Higher-level competitions take the strongest people of the trade (the group sends its best); grassroots
 * ones draw widely from the organiser's own staff. Drawn competitions get their running order and stations
 * from the app's draw over the competition's `drawSeed`; their anonymous codes come from demoCodeMaps.
 */
import type { Entry, EntryStatus, Level, Person, WorkspaceRecords } from '../domain';
import type { CodeMap } from '../competitions/sealing/codeMap';
import { drawAnonymousCodes } from '../competitions/sealing/drawAnonymousCodes';
import { createSeededRandom } from '../competitions/draw/seededRandom';
import type { Random } from '../util/random';
import { drawCompetition } from '../competitions/draw/drawCompetition';
import { type DemoContext, seq, compareText } from './context';
import { addDays } from './dates';
import type { DemoCompetition } from './generateCompetitions';
import type { DemoOrganisation } from './generateOrganisation';

/** How many entrants a competition takes, and how much chance (vs. strength) decides who they are. */
const FIELD: Readonly<Record<Level, { readonly min: number; readonly max: number; readonly share: number; readonly luck: number }>> = {
  national: { min: 6, max: 6, share: 1, luck: 0.3 },
  provincial: { min: 8, max: 12, share: 1, luck: 0.4 },
  municipal: { min: 16, max: 24, share: 1, luck: 0.5 },
  company: { min: 45, max: 72, share: 0.45, luck: 0.9 },
  grassroots: { min: 22, max: 38, share: 0.6, luck: 2 },
};

const ANON_PREFIX: Readonly<Record<Level, string>> = {
  national: 'N',
  provincial: 'P',
  municipal: 'M',
  company: 'C',
  grassroots: 'G',
};

const TEAM_SIZE = 3;

export function generateEntries(ctx: DemoContext, org: DemoOrganisation, competitions: readonly DemoCompetition[]): Entry[] {
  const rng = ctx.random('entries');
  const entries: Entry[] = [];
  for (const competition of competitions) {
    entries.push(...entriesOf(ctx, rng, org, competition));
  }
  return entries;
}

function entriesOf(ctx: DemoContext, rng: Random, org: DemoOrganisation, { record, spec }: DemoCompetition): Entry[] {
  if (record.status === 'draft') return [];
  const organiserDepartments = spec.pool === 'organiser' && spec.organiserCode ? org.subtree(spec.organiserCode) : undefined;
  const pool = org.peopleOfTrade(record.trade).filter((p) => !organiserDepartments || organiserDepartments.has(p.departmentId));
  const field = FIELD[record.level];
  const teamSize = record.teamBased ? TEAM_SIZE : 1;
  const wanted = record.teamBased ? rng.int(8, 12) : rng.int(field.min, field.max);
  const count = Math.min(wanted, Math.floor((pool.length * field.share) / teamSize));

  // Strength plus luck decides who is sent; more luck at lower levels.
  const ranked = pool
    .map((person) => ({ person, key: (org.ability.get(person.id) ?? 0) + rng.normal(0, field.luck) }))
    .sort((a, b) => b.key - a.key || compareText(a.person.id, b.person.id))
    .map(({ person }) => person);
  const groups: { members: Person[]; teamName?: string }[] = record.teamBased
    ? formTeams(org, ranked, count)
    : ranked.slice(0, count).map((p) => ({ members: [p] }));
  const onTheDay = record.status === 'scoring' || record.status === 'review' || record.status === 'published';
  const canDisqualify = record.rubric.parts.some((p) => p.modules.some((m) => m.safetyVeto === 'disqualify'));
  const idBase = `entry-${record.id.slice('comp-'.length)}`;

  const entries: Entry[] = groups.map(({ members, teamName }, k): Entry => ({
    id: `${idBase}-${seq(k + 1, 3)}`,
    version: 1,
    updatedAt: ctx.at(onTheDay ? record.startDate : addDays(record.startDate, -10), onTheDay ? '08:00' : '10:00'),
    competitionId: record.id,
    memberIds: members.map((m) => m.id),
    ...(teamName ? { teamName } : {}),
    departmentId: (members[0] as Person).departmentId,
    coachIds: [],
    status: onTheDay ? dayStatus(rng, canDisqualify) : 'registered',
  }));
  if (record.drawSeed) applyDraw(entries, record.drawSeed);
  return entries;
}

const TEAM_ORDINALS = ['一', '二', '三', '四', '五', '六'];

/** Teams of three from the same unit, strongest people first; named after the unit (一队, 二队 …). */
function formTeams(org: DemoOrganisation, ranked: readonly Person[], count: number): { members: Person[]; teamName: string }[] {
  const open = new Map<string, Person[]>();
  const perUnit = new Map<string, number>();
  const teams: { members: Person[]; teamName: string }[] = [];
  for (const person of ranked) {
    if (teams.length >= count) break;
    const unit = org.unitOf(person.departmentId).name;
    const forming = [...(open.get(unit) ?? []), person];
    if (forming.length < TEAM_SIZE) {
      open.set(unit, forming);
      continue;
    }
    open.set(unit, []);
    const n = (perUnit.get(unit) ?? 0) + 1;
    perUnit.set(unit, n);
    teams.push({ members: forming, teamName: `${unit}${TEAM_ORDINALS[n - 1] ?? String(n)}队` });
  }
  return teams;
}

function dayStatus(rng: Random, canDisqualify: boolean): EntryStatus {
  const r = rng.next();
  if (r < 0.035) return 'absent';
  if (r < 0.055) return 'withdrawn';
  if (canDisqualify && r < 0.062) return 'disqualified';
  return 'checked_in';
}

/**
 * The public draw, by the app's own algorithm (competitions/draw), so the demo's draws re-derive from their seeds
 * like real ones. At draw time every entrant still taking part was registered; those who withdrew earlier were
 * not drawn. Anonymous codes are not part of it: see demoCodeMaps.
 */
function applyDraw(entries: Entry[], drawSeed: string): void {
  const taking = entries.filter((e) => e.status !== 'withdrawn');
  const stations = Math.min(8, Math.max(2, Math.ceil(taking.length / 6)));
  const result = drawCompetition({
    seed: drawSeed,
    entries: taking.map((e) => ({ id: e.id, status: 'registered' as const })),
    stations,
  });
  const assignment = new Map(result.assignments.map((a) => [a.entryId, a]));
  for (const entry of taking) {
    const drawn = assignment.get(entry.id);
    if (!drawn) continue;
    entry.drawOrder = drawn.drawOrder;
    if (drawn.station !== undefined) entry.station = drawn.station;
  }
}

/**
 * The demo's secret draws (二次加密): for every drawn competition, a code for each entry that was drawn, with
 * the level's letter. A real secret draw takes crypto-random bytes; the demo's come from a stream seeded by the
 * competition id, so the demo is the same every time. They are sealed under DEMO_SEAL_PASSPHRASE when the demo
 * loads and never stored in clear.
 */
export function demoCodeMaps(records: Pick<WorkspaceRecords, 'competitions' | 'entries'>): CodeMap[] {
  const drawnIds = new Map<string, string[]>();
  for (const entry of records.entries) {
    if (entry.drawOrder === undefined) continue;
    drawnIds.set(entry.competitionId, [...(drawnIds.get(entry.competitionId) ?? []), entry.id]);
  }
  return records.competitions
    .filter((c) => c.drawSeed && drawnIds.has(c.id))
    .map((c) => {
      const random = createSeededRandom(`${c.id}|demo-codes`);
      const bytes = (count: number) => Uint8Array.from({ length: count }, () => random.nextInt(256));
      return { competitionId: c.id, codes: drawAnonymousCodes(drawnIds.get(c.id)!, bytes, ANON_PREFIX[c.level]).codes };
    });
}
