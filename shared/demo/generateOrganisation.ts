/**
 * Departments and people of the demo organisation, with their honours.
 *
 * Each person also gets a hidden "ability" (a normal draw, never stored) that the other modules use so the
 * demo tells a coherent story: the strongest people are chosen for higher-level competitions, score higher,
 * hold honours and lead studios.
 */
import type { Department, Honour, Person, SkillGrade } from '../domain';
import { type DemoContext, seq, compareText } from './context';
import { FEMALE_GIVEN_CHARS, MALE_GIVEN_CHARS, SURNAMES } from './data/names';
import { HONOURED_PEOPLE, LESSER_HONOURS } from './data/honours';
import { MOSTLY_MALE_TRADES, UNITS, type UnitSpec } from './data/organisation';
import type { Random } from '../util/random';

export interface DemoOrganisation {
  readonly departments: readonly Department[];
  readonly people: readonly Person[];
  readonly departmentByCode: ReadonlyMap<string, Department>;
  readonly departmentById: ReadonlyMap<string, Department>;
  readonly personById: ReadonlyMap<string, Person>;
  /** Hidden skill of each person (mean 0, sd 1). */
  readonly ability: ReadonlyMap<string, number>;
  /** The 25 municipal-or-higher 劳模 / 五一劳动奖章 holders, by their key in HONOURED_PEOPLE. */
  readonly honouredByKey: ReadonlyMap<string, Person>;
  /** Ids of a department (by code) and every department below it. */
  subtree(code: string): ReadonlySet<string>;
  /** People of a trade, strongest first. */
  peopleOfTrade(trade: string): readonly Person[];
  /** The top-level unit a department belongs to. */
  unitOf(departmentId: string): Department;
}

const SURNAME_LIST = SURNAMES.map(([name]) => name);
const SURNAME_WEIGHTS = SURNAMES.map(([, weight]) => weight);

function drawName(rng: Random, gender: 'female' | 'male', taken: Set<string>): string {
  const chars = gender === 'male' ? MALE_GIVEN_CHARS : FEMALE_GIVEN_CHARS;
  for (let attempt = 0; ; attempt++) {
    const surname = rng.weightedPick(SURNAME_LIST, SURNAME_WEIGHTS);
    // About one in five given names has a single character; after many clashes always use two.
    const given = rng.chance(attempt < 20 ? 0.2 : 0) ? rng.pick(chars) : rng.pick(chars) + rng.pick(chars);
    const name = surname + given;
    if (!taken.has(name) || attempt > 200) {
      taken.add(name);
      return name;
    }
  }
}

function skillGradeFor(score: number): SkillGrade {
  if (score > 2.2) return 'senior_technician';
  if (score > 1.2) return 'technician';
  if (score > 0) return 'senior';
  if (score > -1.2) return 'intermediate';
  return 'entry';
}

export function generateOrganisation(ctx: DemoContext): DemoOrganisation {
  const rng = ctx.random('organisation');
  const created = ctx.at(`${ctx.year}-01-02`);
  const departments: Department[] = [];
  const people: Person[] = [];
  const ability = new Map<string, number>();
  const takenNames = new Set<string>();
  const codeOf = new Map<string, string>();

  const addUnit = (unit: UnitSpec, parentId: string | undefined): void => {
    const department: Department = {
      id: `dept-${seq(departments.length + 1, 2)}`,
      version: 1,
      updatedAt: created,
      name: unit.name,
      ...(parentId ? { parentId } : {}),
      code: unit.code,
    };
    departments.push(department);
    codeOf.set(department.id, unit.code);
    for (const { trade, headcount } of unit.staff ?? []) {
      for (let i = 0; i < headcount; i++) people.push(newPerson(department.id, trade));
    }
    for (const child of unit.children ?? []) addUnit(child, department.id);
  };

  const newPerson = (departmentId: string, trade: string): Person => {
    const n = people.length + 1;
    const id = `person-${seq(n, 4)}`;
    const gender = rng.chance(MOSTLY_MALE_TRADES.has(trade) ? 0.92 : 0.38) ? 'male' : 'female';
    const age = Math.round(Math.min(59, Math.max(21, rng.normal(36, 8.5))));
    const skill = rng.normal(0, 1);
    ability.set(id, skill);
    const birthYear = ctx.year - age;
    const hireYear = Math.min(ctx.year, Math.max(birthYear + 19 + rng.int(0, 4), ctx.year - 28));
    return {
      id,
      version: 1,
      updatedAt: created,
      name: drawName(rng, gender, takenNames),
      employeeNo: `${String(hireYear).slice(2)}${seq(n, 4)}`,
      departmentId,
      trade,
      skillGrade: skillGradeFor(skill + (age - 33) / 9 + rng.normal(0, 0.4)),
      gender,
      birthYear,
      honours: [],
    };
  };

  for (const unit of UNITS) addUnit(unit, undefined);

  const departmentById = new Map(departments.map((d) => [d.id, d]));
  const departmentByCode = new Map(departments.map((d) => [d.code ?? d.id, d]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const byTrade = new Map<string, Person[]>();
  for (const person of people) {
    const list = byTrade.get(person.trade) ?? [];
    list.push(person);
    byTrade.set(person.trade, list);
  }
  const strength = (p: Person): number => ability.get(p.id) ?? 0;
  for (const list of byTrade.values()) list.sort((a, b) => strength(b) - strength(a) || compareText(a.id, b.id));

  const honouredByKey = assignHonours(ctx, rng, byTrade, people);

  const subtrees = new Map<string, Set<string>>();
  const subtree = (code: string): ReadonlySet<string> => {
    let ids = subtrees.get(code);
    if (!ids) {
      const root = departmentByCode.get(code);
      if (!root) throw new Error(`demo: unknown department code ${code}`);
      ids = new Set([root.id]);
      // Departments are listed depth first, so one pass in order collects every descendant.
      for (const d of departments) if (d.parentId && ids.has(d.parentId)) ids.add(d.id);
      subtrees.set(code, ids);
    }
    return ids;
  };
  const unitOf = (departmentId: string): Department => {
    let d = departmentById.get(departmentId);
    while (d?.parentId) d = departmentById.get(d.parentId);
    if (!d) throw new Error(`demo: unknown department ${departmentId}`);
    return d;
  };

  return {
    departments,
    people,
    departmentByCode,
    departmentById,
    personById,
    ability,
    honouredByKey,
    subtree,
    peopleOfTrade: (trade) => byTrade.get(trade) ?? [],
    unitOf,
  };
}

/** Gives the 25 planned holders their honours, then spreads the lesser honours over other strong people. */
function assignHonours(
  ctx: DemoContext,
  rng: Random,
  byTrade: ReadonlyMap<string, Person[]>,
  people: Person[],
): Map<string, Person> {
  const honouredByKey = new Map<string, Person>();
  const chosen = new Set<string>();

  for (const spec of HONOURED_PEOPLE) {
    const candidates = byTrade.get(spec.trade) ?? [];
    // The strongest of the trade old enough to have earned the oldest honour in the spec.
    const oldest = Math.max(...spec.honours.map((h) => h.yearsAgo));
    const person =
      candidates.find((p) => !chosen.has(p.id) && (p.birthYear ?? ctx.year) <= ctx.year - 30 - oldest) ??
      candidates.find((p) => !chosen.has(p.id));
    if (!person) throw new Error(`demo: no one of trade ${spec.trade} left to honour`);
    chosen.add(person.id);
    honouredByKey.set(spec.key, person);
    person.skillGrade = oldest >= 5 ? 'senior_technician' : 'technician';
    person.honours = [...spec.honours]
      .sort((a, b) => b.yearsAgo - a.yearsAgo)
      .map((h): Honour => ({ kind: h.kind, level: h.level, year: ctx.year - h.yearsAgo }));
  }

  // Lesser honours go to strong people outside the 25, at most one of each kind per person.
  const eligible = people.filter((p) => !chosen.has(p.id) && p.trade !== '工会干事' && p.trade !== '培训管理员');
  for (const spec of LESSER_HONOURS) {
    const strong = eligible.filter(
      (p) =>
        (p.skillGrade === 'technician' || p.skillGrade === 'senior_technician' || p.skillGrade === 'senior') &&
        !p.honours.some((h) => h.kind === spec.honour.kind),
    );
    for (const person of rng.sample(strong, spec.count)) {
      const year = ctx.year - rng.int(spec.newestYearsAgo, spec.oldestYearsAgo);
      person.honours = [...person.honours, { ...spec.honour, year }].sort((a, b) => a.year - b.year);
    }
  }
  return honouredByKey;
}
