/**
 * The talent pipeline (DESIGN §2 "Synergy"): people who did well in a published competition and are not yet in a
 * studio, each with the studios that could take them.
 *
 * Who is a candidate: a member of an entry in the latest publication of a published (or archived) competition who
 * either won an award (first, second or third) or is a **high scorer** — ranked within the top `topPercent` per
 * cent of that competition's ranked entrants (rank ≤ ceil(ranked × topPercent / 100), at least the top 1; default
 * 10 %). People who lead or belong to a studio that is not closed are not candidates.
 *
 * Which studios are suggested: studios that are not closed, of the person's trade or hosted in the person's unit
 * (the top-level department above both), ranked: same trade and same unit, then same trade, then same unit; ties
 * by name. A studio to which the person has a pending invitation is left out (it is already asked).
 *
 * Candidates are ordered by their best result: award (first before second before third before none), then the
 * competition's level (national first), then rank, then name.
 */
import { LEVELS, type AwardKey, type Competition, type Department, type Entry, type Id, type Level, type Person, type Publication, type Studio } from '../domain';
import { latestPublication } from '../results/publication/buildPublication';
import type { StudioInvitation } from './types';

export const DEFAULT_TOP_PERCENT = 10;

const AWARD_ORDER: Record<AwardKey, number> = { first: 0, second: 1, third: 2 };

export type StudioMatch = 'trade_and_unit' | 'trade' | 'unit';
const MATCH_ORDER: Record<StudioMatch, number> = { trade_and_unit: 0, trade: 1, unit: 2 };

/** One published result that put a person in the pipeline. */
export interface PipelineResult {
  readonly competitionId: Id;
  readonly competitionName: string;
  readonly year: number;
  readonly level: Level;
  readonly entryId: Id;
  readonly rank: number;
  /** Ranked entrants of the competition. */
  readonly ranked: number;
  readonly award?: AwardKey;
  /** Why the result counts: an award, or a rank in the top share without an award. */
  readonly reason: 'award' | 'high_score';
}

export interface StudioSuggestion {
  readonly studioId: Id;
  readonly match: StudioMatch;
}

export interface PipelineCandidate {
  readonly personId: Id;
  /** The best of `results` (see the ordering above). */
  readonly best: PipelineResult;
  readonly results: readonly PipelineResult[];
  readonly suggestions: readonly StudioSuggestion[];
  /** Studios the person already has a pending invitation to (left out of `suggestions`). */
  readonly pendingStudioIds: readonly Id[];
}

export interface TalentPipelineInput {
  readonly competitions: readonly Pick<Competition, 'id' | 'name' | 'year' | 'level' | 'status'>[];
  readonly publications: readonly Pick<Publication, 'competitionId' | 'results' | 'sequence' | 'publishedAt'>[];
  readonly entries: readonly Pick<Entry, 'id' | 'memberIds'>[];
  readonly people: readonly Pick<Person, 'id' | 'name' | 'trade' | 'departmentId'>[];
  /** Studios of the candidates' trades and units, and every studio a candidate leads or belongs to. */
  readonly studios: readonly Pick<Studio, 'id' | 'name' | 'trade' | 'departmentId' | 'leadId' | 'memberIds' | 'status'>[];
  readonly invitations: readonly Pick<StudioInvitation, 'personId' | 'studioId' | 'status'>[];
  readonly departments: readonly Pick<Department, 'id' | 'parentId'>[];
  readonly topPercent?: number;
}

/** Rank limit of a high scorer among `ranked` entrants. */
export function highScoreRankLimit(ranked: number, topPercent = DEFAULT_TOP_PERCENT): number {
  if (ranked === 0) return 0;
  return Math.max(1, Math.ceil((ranked * topPercent) / 100 - 1e-9));
}

export function compareResults(a: PipelineResult, b: PipelineResult): number {
  return (
    (a.award ? AWARD_ORDER[a.award] : 3) - (b.award ? AWARD_ORDER[b.award] : 3) ||
    LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
    a.rank - b.rank ||
    b.year - a.year ||
    (a.competitionId < b.competitionId ? -1 : a.competitionId > b.competitionId ? 1 : 0)
  );
}

/** The results (one per entry) of published competitions that count for the pipeline: awards and high scores. */
export function qualifyingResults(input: Pick<TalentPipelineInput, 'competitions' | 'publications' | 'topPercent'>): PipelineResult[] {
  const publicationsByCompetition = new Map<Id, TalentPipelineInput['publications'][number][]>();
  for (const publication of input.publications) {
    const list = publicationsByCompetition.get(publication.competitionId) ?? [];
    list.push(publication);
    publicationsByCompetition.set(publication.competitionId, list);
  }
  const qualifying: PipelineResult[] = [];
  for (const competition of input.competitions) {
    if (competition.status !== 'published' && competition.status !== 'archived') continue;
    const publication = latestPublication(publicationsByCompetition.get(competition.id) ?? []);
    if (!publication) continue;
    const ranked = publication.results.filter((r) => r.rank !== undefined).length;
    const limit = highScoreRankLimit(ranked, input.topPercent);
    for (const result of publication.results) {
      if (result.rank === undefined) continue;
      const reason = result.award ? 'award' : result.rank <= limit ? 'high_score' : undefined;
      if (!reason) continue;
      qualifying.push({
        competitionId: competition.id,
        competitionName: competition.name,
        year: competition.year,
        level: competition.level,
        entryId: result.entryId,
        rank: result.rank,
        ranked,
        ...(result.award ? { award: result.award } : {}),
        reason,
      });
    }
  }
  return qualifying;
}

/** The qualifying results per person (every member of a team entry shares its result). */
export function pipelineResultsByPerson(input: Pick<TalentPipelineInput, 'competitions' | 'publications' | 'entries' | 'topPercent'>): Map<Id, PipelineResult[]> {
  const entryById = new Map(input.entries.map((e) => [e.id, e]));
  const byPerson = new Map<Id, PipelineResult[]>();
  for (const result of qualifyingResults(input)) {
    for (const personId of entryById.get(result.entryId)?.memberIds ?? []) {
      const list = byPerson.get(personId) ?? [];
      list.push(result);
      byPerson.set(personId, list);
    }
  }
  return byPerson;
}

export function buildTalentPipeline(input: TalentPipelineInput): PipelineCandidate[] {
  const resultsByPerson = pipelineResultsByPerson(input);
  const openStudios = input.studios.filter((s) => s.status !== 'closed');
  const inStudio = new Set(openStudios.flatMap((s) => [s.leadId, ...s.memberIds]));
  const unitOf = unitResolver(input.departments);
  const pending = new Map<Id, Set<Id>>();
  for (const invitation of input.invitations) {
    if (invitation.status !== 'pending') continue;
    const set = pending.get(invitation.personId) ?? new Set<Id>();
    set.add(invitation.studioId);
    pending.set(invitation.personId, set);
  }
  const personById = new Map(input.people.map((p) => [p.id, p]));

  const candidates: (PipelineCandidate & { readonly name: string })[] = [];
  for (const [personId, results] of resultsByPerson) {
    const person = personById.get(personId);
    if (!person || inStudio.has(personId)) continue;
    const sorted = [...results].sort(compareResults);
    const asked = pending.get(personId) ?? new Set<Id>();
    const unit = unitOf(person.departmentId);
    const suggestions = openStudios
      .flatMap((studio): (StudioSuggestion & { name: string })[] => {
        if (asked.has(studio.id)) return [];
        const sameTrade = studio.trade !== '' && studio.trade === person.trade;
        const sameUnit = unitOf(studio.departmentId) === unit;
        const match: StudioMatch | undefined = sameTrade && sameUnit ? 'trade_and_unit' : sameTrade ? 'trade' : sameUnit ? 'unit' : undefined;
        return match ? [{ studioId: studio.id, match, name: studio.name }] : [];
      })
      .sort((a, b) => MATCH_ORDER[a.match] - MATCH_ORDER[b.match] || a.name.localeCompare(b.name, 'zh-CN'))
      .map(({ studioId, match }) => ({ studioId, match }));
    candidates.push({ personId, name: person.name, best: sorted[0] as PipelineResult, results: sorted, suggestions, pendingStudioIds: [...asked].sort() });
  }
  return candidates
    .sort((a, b) => compareResults(a.best, b.best) || a.name.localeCompare(b.name, 'zh-CN') || (a.personId < b.personId ? -1 : 1))
    .map(({ name: _name, ...candidate }) => candidate);
}

/** The top-level department (unit) of a department; an unknown id is its own unit. */
export function unitResolver(departments: readonly Pick<Department, 'id' | 'parentId'>[]): (departmentId: Id) => Id {
  const parentOf = new Map(departments.map((d) => [d.id, d.parentId]));
  const cache = new Map<Id, Id>();
  return (departmentId) => {
    const known = cache.get(departmentId);
    if (known) return known;
    let id = departmentId;
    for (let guard = 0; guard < 50; guard++) {
      const parent = parentOf.get(id);
      if (!parent) break;
      id = parent;
    }
    cache.set(departmentId, id);
    return id;
  };
}
