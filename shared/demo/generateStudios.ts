/**
 * The demo's 18 studios with their leads, members and rating history.
 *
 * Members come mostly from the host unit but always from several departments, and include some of the year's
 * award winners of the studio's trade — the rest of the winners stay outside any studio, which is the talent
 * pipeline the dashboard shows.
 */
import type { Person, Studio } from '../domain';
import { type DemoContext, seq } from './context';
import { STUDIO_SPECS, type StudioSpec } from './data/studioCatalog';
import type { DemoOrganisation } from './generateOrganisation';
import type { Random } from '../util/random';

export function generateStudios(
  ctx: DemoContext,
  org: DemoOrganisation,
  /** Award winners of the year by trade, best first. */
  winnersByTrade: ReadonlyMap<string, readonly string[]>,
): Studio[] {
  const rng = ctx.random('studios');
  const leads = new Set<string>();
  // Leads first, so that no studio takes another's lead as a member.
  const leadOf = STUDIO_SPECS.map((spec) => {
    const lead = pickLead(org, spec, leads);
    leads.add(lead.id);
    return lead;
  });
  // Each person is in at most one studio (as lead or member).
  const taken = new Set(leads);
  return STUDIO_SPECS.map((spec, i): Studio => {
    const lead = leadOf[i] as Person;
    const memberIds = pickMembers(rng, org, spec, taken, winnersByTrade.get(spec.trade) ?? []);
    const ratings = spec.ratings.map(([level, yearsAgo]) => ({ level, year: ctx.year - yearsAgo }));
    return {
      id: `studio-${seq(i + 1, 2)}`,
      version: 1 + ratings.length,
      updatedAt: ctx.at(`${ctx.year}-03-01`, '10:00'),
      name: spec.name ?? `${lead.name}${spec.nameAfterLead ?? '工作室'}`,
      kind: spec.kind,
      leadId: lead.id,
      memberIds,
      departmentId: (org.departmentByCode.get(spec.host) ?? org.departmentById.get(lead.departmentId))?.id ?? lead.departmentId,
      trade: spec.trade,
      focus: spec.focus,
      foundedYear: ctx.year - spec.foundedYearsAgo,
      ratings,
    };
  });
}

function pickLead(org: DemoOrganisation, spec: StudioSpec, taken: ReadonlySet<string>): Person {
  const honoured = spec.leadKey ? org.honouredByKey.get(spec.leadKey) : undefined;
  if (honoured && !taken.has(honoured.id)) return honoured;
  const strongest = org.peopleOfTrade(spec.trade).find((p) => !taken.has(p.id));
  if (!strongest) throw new Error(`demo: no lead available for ${spec.trade}`);
  return strongest;
}

function pickMembers(
  rng: Random,
  org: DemoOrganisation,
  spec: StudioSpec,
  taken: Set<string>,
  winners: readonly string[],
): string[] {
  const size = rng.int(9, 16);
  const host = org.subtree(spec.host);
  const strong = (trade: string): Person[] => org.peopleOfTrade(trade).slice(0, 40).filter((p) => !taken.has(p.id));

  const members = new Set<string>();
  // Some of the year's winners join (at most three per studio); the others remain the talent pipeline.
  const freeWinners = winners.filter((id) => !taken.has(id));
  for (const id of rng.sample(freeWinners.slice(0, 9), Math.min(3, Math.ceil(freeWinners.length / 6)))) members.add(id);
  const fromHost = strong(spec.trade).filter((p) => host.has(p.departmentId) && !members.has(p.id));
  for (const p of rng.sample(fromHost, Math.ceil(size * 0.5))) members.add(p.id);
  // Then people of the trade and allied trades from other departments, so the studio spans units.
  const hostDepartments = new Set([...members].map((id) => org.personById.get(id)?.departmentId));
  const elsewhere = [spec.trade, ...(spec.alliedTrades ?? [])].flatMap((t) =>
    strong(t).filter((p) => !hostDepartments.has(p.departmentId)),
  );
  for (const p of rng.shuffle(elsewhere)) {
    if (members.size >= size) break;
    if (members.has(p.id)) continue;
    members.add(p.id);
  }
  for (const id of members) taken.add(id);
  return [...members].sort();
}
