/**
 * The one place a mark's `subjectRef` (cross-team contract, HELPERS.md) is turned back into an entry id on the
 * master: a live ref `order:<drawOrder>` through the public draw, a sealed ref (an anonymous code) only through
 * a code map (entry → code) from the unsealed map (揭封, or in memory while the encryption officer has it open) or
 * from a publication. Without a code map, sealed refs stay unresolved: results cannot be computed per entry yet.
 */
import { LIVE_REF_PREFIX } from '../competitions/package/competitionPackageSchema';
import type { Entry, Mark } from '../domain';
import type { ScoringMark } from '../scoring';

export interface SubjectResolution {
  /** subjectRef → entry id. */
  readonly entryOf: ReadonlyMap<string, string>;
  /** Whether a code map was given (sealed refs can be resolved). */
  readonly codesKnown: boolean;
}

export function resolveSubjects(
  entries: readonly Pick<Entry, 'id' | 'drawOrder'>[],
  codeOf?: ReadonlyMap<string, string>,
): SubjectResolution {
  const entryOf = new Map<string, string>();
  for (const entry of entries) {
    if (entry.drawOrder !== undefined) entryOf.set(`${LIVE_REF_PREFIX}${entry.drawOrder}`, entry.id);
    const code = codeOf?.get(entry.id);
    if (code !== undefined) entryOf.set(code, entry.id);
  }
  return { entryOf, codesKnown: codeOf !== undefined && codeOf.size > 0 };
}

/** The subjectRef a mark on `entry` would carry: the code for a sealed module, the draw order for a live one. */
export function subjectRefOf(
  entry: Pick<Entry, 'id' | 'drawOrder'>,
  judging: 'live' | 'sealed',
  codeOf?: ReadonlyMap<string, string>,
): string | undefined {
  if (judging === 'sealed') return codeOf?.get(entry.id);
  return entry.drawOrder === undefined ? undefined : `${LIVE_REF_PREFIX}${entry.drawOrder}`;
}

export function isLiveRef(subjectRef: string): boolean {
  return subjectRef.startsWith(LIVE_REF_PREFIX);
}

/**
 * Marks as the engine takes them per entry (`judgeId` = the judge assignment). Marks whose subject cannot be
 * resolved are left out and counted in `unresolved`.
 */
export function entryScoringMarks(
  marks: readonly Mark[],
  resolution: SubjectResolution,
): { readonly marks: ScoringMark[]; readonly unresolved: number } {
  const out: ScoringMark[] = [];
  let unresolved = 0;
  for (const m of marks) {
    const entryId = resolution.entryOf.get(m.subjectRef);
    if (entryId === undefined) unresolved += 1;
    else out.push({ subject: entryId, itemId: m.itemId, judgeId: m.assignmentId, value: m.value });
  }
  return { marks: out, unresolved };
}

/** Entry → code from a publication's frozen results (the codes it printed). */
export function codeMapOfPublication(results: readonly { readonly entryId: string; readonly anonCode?: string | undefined }[]): Map<string, string> {
  return new Map(results.filter((r) => r.anonCode !== undefined).map((r) => [r.entryId, r.anonCode!]));
}
