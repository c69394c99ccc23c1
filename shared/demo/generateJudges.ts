/**
 * Judge panels for some of the demo's competitions: the national one, every company-level one, every one being drawn, scored or
 * reviewed now, and a few grassroots ones. A panel has a chief judge, judges per practical module (five where
 * the module trims the highest and lowest mark, else three), a scorer, an encryption officer and an
 * arbitration member. Judges are strong people of the trade who are neither entrants nor of an entrant's
 * department, preferably from units that sent no entrant; the encryption officer, scorer and arbitration come from HR and the union.
 */
import type { Entry, JudgeAssignment, JudgeRole, Person } from '../domain';
import { type DemoContext, seq } from './context';
import { DEMO_JUDGE_PIN_HASH, DEMO_JUDGE_PIN_SALT } from './data/demoPin';
import { addDays } from './dates';
import type { DemoCompetition } from './generateCompetitions';
import type { DemoOrganisation } from './generateOrganisation';

/** Roles that sign in on a judge laptop (and the encryption officer, who unseals the code map with a PIN). */
const PIN_ROLES = new Set<JudgeRole>(['chief', 'judge', 'scorer', 'encryption']);

export function generateJudges(
  ctx: DemoContext,
  org: DemoOrganisation,
  competitions: readonly DemoCompetition[],
  entriesByCompetition: ReadonlyMap<string, readonly Entry[]>,
): JudgeAssignment[] {
  const rng = ctx.random('judges');
  const grassrootsPublished = competitions.filter((c) => c.record.level === 'grassroots' && c.record.status === 'published');
  const extra = new Set(rng.sample(grassrootsPublished, 3).map((c) => c.record.id));
  const withPanel = competitions.filter(
    ({ record }) =>
      (record.level === 'company' && record.status !== 'draft' && record.status !== 'registration') ||
      // The national final had its own panel, encryption officer included, like every competition that was drawn.
      (record.level === 'national' && record.status === 'published') ||
      record.status === 'drawn' ||
      record.status === 'scoring' ||
      record.status === 'review' ||
      extra.has(record.id),
  );
  const office = (code: string): readonly Person[] => org.people.filter((p) => p.departmentId === org.departmentByCode.get(code)?.id);
  const hr = office('HR');
  const union = office('GH');

  const assignments: JudgeAssignment[] = [];
  for (const { record } of withPanel) {
    const entries = entriesByCompetition.get(record.id) ?? [];
    // Neither an entrant nor anyone who coached one may judge (hard conflicts of interest).
    const entrants = new Set(entries.flatMap((e) => [...e.memberIds, ...e.coachIds]));
    const entrantUnits = new Set(entries.map((e) => org.unitOf(e.departmentId).id));
    // Nor anyone of an entrant's own department (the other hard conflict, checkJudgeConflicts).
    const entrantDepartments = new Set(entries.map((e) => e.departmentId));
    const eligible = (p: Person) =>
      !entrants.has(p.id) && !entrantDepartments.has(p.departmentId) && (p.skillGrade === 'technician' || p.skillGrade === 'senior_technician');
    const ofTrade = org.peopleOfTrade(record.trade).filter(eligible);
    // When the whole trade sits in the entrants' departments (a workshop's own contest), strong people of
    // other trades judge instead, those of the same units first.
    const ofTradeIds = new Set(ofTrade.map((p) => p.id));
    const others = org.people.filter((p) => eligible(p) && !ofTradeIds.has(p.id));
    const sameUnit = (p: Person) => entrantUnits.has(org.unitOf(p.departmentId).id);
    const neighbours = [...others.filter(sameUnit), ...others.filter((p) => !sameUnit(p))];

    // Judges of the trade from units with no entrant first (no conflict of interest), then the rest.
    // Of other trades, the same units' people come first: they know the equipment best.
    const ordered = [
      ...ofTrade.filter((p) => !entrantUnits.has(org.unitOf(p.departmentId).id)),
      ...ofTrade.filter((p) => entrantUnits.has(org.unitOf(p.departmentId).id)),
      ...neighbours,
    ];
    const modules = record.rubric.parts.filter((p) => p.practical).flatMap((p) => p.modules);
    const stationCount = Math.max(0, ...entries.map((e) => e.station ?? 0));
    const allStations = Array.from({ length: stationCount }, (_, i) => i + 1);
    const at = ctx.at(addDays(record.startDate, -3), '14:00');
    let n = 0;
    const assign = (person: Person | undefined, role: JudgeRole, moduleIds: string[] = [], judgeStations: number[] = []): void => {
      if (!person) return;
      n++;
      assignments.push({
        id: `judge-${record.id.slice('comp-'.length)}-${seq(n, 2)}`,
        version: 1,
        updatedAt: at,
        competitionId: record.id,
        personId: person.id,
        role,
        moduleIds,
        stations: judgeStations,
        // Those who sign in on a judge laptop have the demo PIN (DEMO_JUDGE_PIN).
        ...(PIN_ROLES.has(role) ? { pinHash: DEMO_JUDGE_PIN_HASH, pinSalt: DEMO_JUDGE_PIN_SALT } : {}),
      });
    };

    let next = 0;
    assign(ordered[next++], 'chief', modules.map((m) => m.id));
    for (const module of modules) {
      const perModule = module.aggregation === 'trimmed' ? 5 : 3;
      // Every judge of a module scores every station, so each item gets several independent marks.
      for (let j = 0; j < perModule; j++) assign(ordered[next++], 'judge', [module.id], allStations);
    }
    const [scorer, encryption] = rng.sample(hr, 2);
    assign(scorer, 'scorer');
    assign(encryption, 'encryption');
    assign(rng.pick(union), 'arbitration');
  }
  return assignments;
}
