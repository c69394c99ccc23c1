/**
 * The next round's records, built from the preliminary and who advanced: a competition in registration with the
 * preliminary's facts, team settings and prize money, a copy of its rubric with new ids (the organiser edits it in
 * registration), linked back by `previousRoundId` and the rule used; and one registered entry per advancing entrant
 * with the same persons, team name, department and coaches. No draw, codes, judges or marks: the round makes its own.
 */
import type { AdvanceRuleRecord, Competition, Entry } from '../../domain';
import { cloneRubricWithNewIds } from '../rubric/cloneRubricWithNewIds';

type NewRecord<T> = Omit<T, 'version' | 'updatedAt'>;

export interface NextRoundRecords {
  readonly competition: NewRecord<Competition>;
  readonly entries: readonly NewRecord<Entry>[];
}

export function buildNextRound(
  preliminary: Competition,
  entries: readonly Entry[],
  advancingEntryIds: readonly string[],
  options: { readonly name: string; readonly rule: AdvanceRuleRecord; readonly newId: () => string },
): NextRoundRecords {
  const { newId } = options;
  const id = newId();
  const competition: NewRecord<Competition> = {
    id,
    name: options.name.trim(),
    year: preliminary.year,
    level: preliminary.level,
    trade: preliminary.trade,
    startDate: preliminary.startDate,
    endDate: preliminary.endDate,
    venue: preliminary.venue,
    organiser: preliminary.organiser,
    ...(preliminary.organiserDepartmentId ? { organiserDepartmentId: preliminary.organiserDepartmentId } : {}),
    status: 'registration',
    teamBased: preliminary.teamBased,
    ...(preliminary.teamScoring ? { teamScoring: preliminary.teamScoring } : {}),
    ...(preliminary.teamAwards !== undefined ? { teamAwards: preliminary.teamAwards } : {}),
    rubric: cloneRubricWithNewIds(preliminary.rubric, newId),
    ...(preliminary.prizeFen ? { prizeFen: preliminary.prizeFen } : {}),
    previousRoundId: preliminary.id,
    advanceRule: options.rule,
  };
  const byId = new Map(entries.map((e) => [e.id, e]));
  const nextEntries = advancingEntryIds.map((entryId): NewRecord<Entry> => {
    const entry = byId.get(entryId);
    if (!entry) throw new Error(`entry ${entryId} is not in the preliminary`);
    return {
      id: newId(),
      competitionId: id,
      memberIds: [...entry.memberIds],
      ...(entry.teamName ? { teamName: entry.teamName } : {}),
      departmentId: entry.departmentId,
      coachIds: [...entry.coachIds],
      status: 'registered',
    };
  });
  return { competition, entries: nextEntries };
}
