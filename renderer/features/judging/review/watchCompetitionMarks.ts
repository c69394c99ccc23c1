/**
 * The review board's copy of one competition's marks, kept in memory by id and brought up to date from the marks
 * repository's change notification: after the first load, a saved mark costs one read of that mark, not a
 * re-read of every mark (60,000 at 300 entrants × 40 items × 5 judges). A bulk write (a score package import,
 * a restore) reloads everything.
 */
import type { Mark } from '../../../../shared/domain';
import type { MarksChange, MarksRepository } from '../../../db/repositories/marksRepository';

/** Marks changed since the last call: by id, `undefined` for a mark removed; or `all` after a reload. */
export type MarksDelta = ReadonlyMap<string, Mark | undefined> | 'all';

export interface WatchedMarks {
  /** The competition's marks by id, as of the last delta delivered. */
  readonly marks: ReadonlyMap<string, Mark>;
  readonly loaded: boolean;
  stop(): void;
}

export function watchCompetitionMarks(repository: Pick<MarksRepository, 'marksOf' | 'marksByIds' | 'onMarksChanged'>, competitionId: string, onDelta: (delta: MarksDelta) => void): WatchedMarks {
  const marks = new Map<string, Mark>();
  let loaded = false;
  let stopped = false;
  let pending: Set<string> | 'all' = 'all';
  let running = false;

  const note = (change: MarksChange) => {
    if (change === 'all') pending = 'all';
    else if (pending !== 'all') for (const id of change.ids) pending.add(id);
    void drain();
  };

  // Subscribed before the first read, so nothing committed in between is missed (a re-read is harmless).
  const unsubscribe = repository.onMarksChanged(note);

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    try {
      while (!stopped && (pending === 'all' || pending.size > 0)) {
        const work = pending;
        pending = new Set();
        if (work === 'all') {
          const all = await repository.marksOf(competitionId);
          if (stopped) return;
          marks.clear();
          for (const mark of all) marks.set(mark.id, mark);
          loaded = true;
          onDelta('all');
          continue;
        }
        const found = new Map((await repository.marksByIds([...work])).map((m) => [m.id, m]));
        if (stopped) return;
        const delta = new Map<string, Mark | undefined>();
        for (const id of work) {
          const mark = found.get(id);
          if (mark && mark.competitionId === competitionId) {
            marks.set(id, mark);
            delta.set(id, mark);
          } else if (marks.delete(id)) {
            delta.set(id, undefined);
          }
        }
        if (delta.size > 0) onDelta(delta);
      }
    } finally {
      running = false;
    }
  }
  void drain();

  return {
    marks,
    get loaded() {
      return loaded;
    },
    stop() {
      stopped = true;
      unsubscribe();
    },
  };
}
