/**
 * The year's award winners, as the studio and project generators need them: person ids per trade and per
 * competition, best award first (first before second before third, higher-level competitions first).
 */
import type { Competition, Entry, Publication } from '../domain';
import { LEVELS } from '../domain';
import { compareText } from './context';

const AWARD_ORDER = { first: 0, second: 1, third: 2 } as const;

export interface Winners {
  readonly byTrade: ReadonlyMap<string, readonly string[]>;
  readonly byCompetition: ReadonlyMap<string, readonly string[]>;
}

export function winnersOf(
  competitions: readonly Competition[],
  publications: readonly Publication[],
  entryById: ReadonlyMap<string, Entry>,
): Winners {
  const competitionById = new Map(competitions.map((c) => [c.id, c]));
  const awarded = publications.flatMap((publication) => {
    const competition = competitionById.get(publication.competitionId);
    if (!competition) return [];
    return publication.results.flatMap(({ entryId, award }) =>
      award ? (entryById.get(entryId)?.memberIds ?? []).map((personId) => ({ competition, personId, award })) : [],
    );
  });
  awarded.sort(
    (a, b) =>
      LEVELS.indexOf(a.competition.level) - LEVELS.indexOf(b.competition.level) ||
      AWARD_ORDER[a.award] - AWARD_ORDER[b.award] ||
      compareText(a.competition.id, b.competition.id) ||
      compareText(a.personId, b.personId),
  );
  const byTrade = new Map<string, string[]>();
  const byCompetition = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, personId: string): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(personId)) list.push(personId);
    map.set(key, list);
  };
  for (const { competition, personId } of awarded) {
    push(byTrade, competition.trade, personId);
    push(byCompetition, competition.id, personId);
  }
  return { byTrade, byCompetition };
}
