/**
 * Provisional results kept up to date as marks arrive one at a time (the chief judge's live board, DESIGN §7:
 * one mark saved and the totals refreshed in under 50 ms at 300 entrants × 40 items × 5 judges).
 *
 * Nothing here is a second copy of the rules: a changed mark marks its subject dirty, and the next read rescores
 * only the dirty entrants with `scoreEntrants` (one entrant at a time: every score depends on that entrant's marks
 * alone), finds their flags with `findMarkFlags` (flags are per subject and item), and ranks everyone again with
 * `resultsOfScores`, the same ranking and awards `computeResults` uses. So `results()` always equals
 * `computeResults(rubric, entrants, allMarks)` and `flags()` equals `findMarkFlags(rubric, allMarks)`.
 */
import type { Rubric } from '../domain';
import { type CompiledRubric, compileRubric } from './compileRubric';
import { resultsOfScores } from './computeResults';
import { type MarkFlag, findMarkFlags } from './findMarkFlags';
import { scoreEntrants } from './scoreEntrants';
import type { EntrantScore, Results, ScoringEntrant, ScoringMark } from './types';

export interface LiveResults {
  /** Stores `mark` under `key` (e.g. the mark's id), replacing what was there; `undefined` removes it. */
  setMark(key: string, mark: ScoringMark | undefined): void;
  /** The same as `computeResults(rubric, entrants, every stored mark)`; rescoring only what changed. */
  results(): Results;
  /** The same as `findMarkFlags(rubric, every stored mark)`. */
  flags(): MarkFlag[];
  /** How many marks are stored. */
  readonly size: number;
}

type Rules = Pick<Rubric, 'parts' | 'tieBreak' | 'awardRule'>;

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function createLiveResults(rubric: Rules, entrants: readonly ScoringEntrant[]): LiveResults {
  const compiled: CompiledRubric = compileRubric(rubric);
  const entrantByKey = new Map(entrants.map((e) => [e.key, e]));
  /** Marks by subject, then by the caller's key. */
  const bySubject = new Map<string, Map<string, ScoringMark>>();
  const subjectOfKey = new Map<string, string>();
  const scores = new Map<string, { score: EntrantScore; ignored: number }>();
  const flagsBySubject = new Map<string, MarkFlag[]>();
  const dirtyScores = new Set<string>(entrants.map((e) => e.key));
  const dirtyFlags = new Set<string>();
  /** Marks whose subject is no entrant: the engine ignores them. */
  let strayMarks = 0;
  let cachedResults: Results | undefined;
  let cachedFlags: MarkFlag[] | undefined;

  const marksOf = (subject: string): ScoringMark[] => [...(bySubject.get(subject)?.values() ?? [])];
  const touch = (subject: string) => {
    if (entrantByKey.has(subject)) dirtyScores.add(subject);
    dirtyFlags.add(subject);
    cachedResults = undefined;
    cachedFlags = undefined;
  };

  function remove(key: string): void {
    const subject = subjectOfKey.get(key);
    if (subject === undefined) return;
    const marks = bySubject.get(subject)!;
    marks.delete(key);
    if (marks.size === 0) bySubject.delete(subject);
    subjectOfKey.delete(key);
    if (!entrantByKey.has(subject)) strayMarks--;
    touch(subject);
  }

  return {
    setMark(key, mark) {
      remove(key);
      if (!mark) return;
      const marks = bySubject.get(mark.subject);
      if (marks) marks.set(key, mark);
      else bySubject.set(mark.subject, new Map([[key, mark]]));
      subjectOfKey.set(key, mark.subject);
      if (!entrantByKey.has(mark.subject)) strayMarks++;
      touch(mark.subject);
    },

    results() {
      if (cachedResults) return cachedResults;
      for (const key of dirtyScores) {
        const scored = scoreEntrants(compiled, [entrantByKey.get(key)!], marksOf(key));
        scores.set(key, { score: scored.entrants[0]!, ignored: scored.ignoredMarks });
      }
      dirtyScores.clear();
      let ignored = strayMarks;
      const entrantScores = entrants.map((e) => {
        const scored = scores.get(e.key)!;
        ignored += scored.ignored;
        return scored.score;
      });
      cachedResults = resultsOfScores(rubric, compiled, entrantScores, ignored);
      return cachedResults;
    },

    flags() {
      if (cachedFlags) return cachedFlags;
      for (const subject of dirtyFlags) {
        const found = findMarkFlags(rubric, marksOf(subject));
        if (found.length > 0) flagsBySubject.set(subject, found);
        else flagsBySubject.delete(subject);
      }
      dirtyFlags.clear();
      cachedFlags = [...flagsBySubject.keys()].sort(compareKeys).flatMap((subject) => flagsBySubject.get(subject)!);
      return cachedFlags;
    },

    get size() {
      return subjectOfKey.size;
    },
  };
}
