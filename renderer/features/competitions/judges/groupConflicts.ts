/**
 * Conflicts of one assignment gathered for reading: checkJudgeConflicts reports one conflict per entrant, and a
 * judge from an entrant's department may clash with thirty of them at once. Grouped by code and parameters
 * (the department, the studio, the team), each group becomes one sentence listing the entrants concerned.
 */
import {
  CONFLICT_CODES,
  type Conflict,
  type ConflictCode,
  type ConflictReport,
} from '../../../../shared/competitions/conflicts/checkJudgeConflicts';

export interface ConflictTarget {
  readonly entryId: string;
  /** The member concerned; absent when the conflict is with the entry as a whole. */
  readonly personId?: string;
}

export interface ConflictGroup {
  readonly code: ConflictCode;
  readonly severity: Conflict['severity'];
  readonly params: Readonly<Record<string, string>>;
  /** Each entrant once, in the order reported. */
  readonly targets: readonly ConflictTarget[];
}

export function groupConflicts(report: Pick<ConflictReport, 'hard' | 'soft'>): ConflictGroup[] {
  const groups = new Map<string, { code: ConflictCode; severity: Conflict['severity']; params: Record<string, string>; targets: ConflictTarget[]; seen: Set<string> }>();
  for (const conflict of [...report.hard, ...report.soft]) {
    const params = conflict.params ?? {};
    const key = `${conflict.code}\u0000${JSON.stringify(Object.entries(params).sort())}`;
    let group = groups.get(key);
    if (!group) {
      group = { code: conflict.code, severity: conflict.severity, params: { ...params }, targets: [], seen: new Set() };
      groups.set(key, group);
    }
    const targetKey = `${conflict.entryId}\u0000${conflict.personId ?? ''}`;
    if (group.seen.has(targetKey)) continue;
    group.seen.add(targetKey);
    group.targets.push(conflict.personId ? { entryId: conflict.entryId, personId: conflict.personId } : { entryId: conflict.entryId });
  }
  const severityRank = (g: { severity: Conflict['severity'] }) => (g.severity === 'hard' ? 0 : 1);
  return [...groups.values()]
    .map(({ seen: _seen, ...group }, index) => ({ group, index }))
    .sort(
      (a, b) =>
        severityRank(a.group) - severityRank(b.group) ||
        CONFLICT_CODES.indexOf(a.group.code) - CONFLICT_CODES.indexOf(b.group.code) ||
        a.index - b.index,
    )
    .map(({ group }) => group);
}

/** How many different entries a list of conflicts concerns (a team counts once). */
export function countEntries(conflicts: readonly Pick<Conflict, 'entryId'>[]): number {
  return new Set(conflicts.map((c) => c.entryId)).size;
}
