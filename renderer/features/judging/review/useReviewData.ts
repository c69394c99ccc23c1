/**
 * Everything the chief judge's review board shows. Judges, entries, packages and lock state come from indexed
 * live queries; the marks are kept in memory and updated mark by mark (watchCompetitionMarks), and results, flags
 * and completeness are recomputed only where a mark changed (shared/judging's createLiveReviewBoard).
 */
import { useEffect, useMemo, useReducer, useState } from 'react';
import { SCORING_ROLES } from '../../../../shared/competitions/judges/assignmentRules';
import type { Competition } from '../../../../shared/domain';
import { createLiveReviewBoard, subjectsForModule, type LiveReviewBoard, type ReviewBoardSetup } from '../../../../shared/judging';
import { entryTakesPart } from '../../../../shared/competitions/status/entryTakesPart';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { useRepositories } from '../../../db/useRepositories';
import { watchCompetitionMarks, type MarksDelta, type WatchedMarks } from './watchCompetitionMarks';

/** Holds the watched marks and the board built over them; the board is rebuilt when what it is set up from changes. */
class BoardHolder {
  private watched: WatchedMarks | undefined;
  private board: LiveReviewBoard | undefined;

  /** Watches the competition's marks, applies every delta to the board, then calls `changed`; returns stop. */
  watch(repository: Parameters<typeof watchCompetitionMarks>[0], competitionId: string, changed: () => void): () => void {
    const watched = watchCompetitionMarks(repository, competitionId, (delta) => {
      this.apply(delta);
      changed();
    });
    this.watched = watched;
    return () => {
      watched.stop();
      if (this.watched === watched) this.watched = undefined;
    };
  }

  get loaded(): boolean {
    return this.watched?.loaded ?? false;
  }

  private setup: ReviewBoardSetup | undefined;

  /** The board for this setup, built (from the marks watched so far) only when the setup is another one. */
  boardFor(setup: ReviewBoardSetup): LiveReviewBoard {
    if (this.board && this.setup === setup) return this.board;
    const board = createLiveReviewBoard(setup);
    for (const [id, mark] of this.watched?.marks ?? []) board.setMark(id, mark);
    this.setup = setup;
    this.board = board;
    return board;
  }

  private apply(delta: MarksDelta): void {
    if (!this.board) return;
    if (delta !== 'all') {
      for (const [id, mark] of delta) this.board.setMark(id, mark);
      return;
    }
    const marks = this.watched?.marks ?? new Map();
    for (const id of [...this.board.marks.keys()]) if (!marks.has(id)) this.board.setMark(id, undefined);
    for (const [id, mark] of marks) if (this.board.marks.get(id) !== mark) this.board.setMark(id, mark);
  }
}

export function useReviewData(competition: Competition) {
  const id = competition.id;
  const repositories = useRepositories();
  const data = useLiveRecords(
    async (r) => {
      const [judges, entries, packages, review, lock, sealedMap] = await Promise.all([
        r.competitions.judgesOf(id),
        r.competitions.entriesOf(id),
        r.marks.importedPackages(id),
        r.marks.review(id),
        r.marks.lockState(id),
        r.sealing.sealedMapOf(id),
      ]);
      const people = await r.people.byIds([...new Set(judges.map((j) => j.personId))]);
      return { judges, entries, packages, review, lock, sealedCodes: sealedMap?.codes ?? [], names: new Map(people.map((p) => [p.id, p.name])) };
    },
    [id],
  );

  const [holder] = useState(() => new BoardHolder());
  const [revision, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => holder.watch(repositories.marks, id, bump), [repositories, id, holder]);

  const base = useMemo(() => {
    if (!data) return undefined;
    const modules = competition.rubric.parts.flatMap((p) => p.modules);
    const scorers = data.judges.filter((j) => SCORING_ROLES.has(j.role)).sort((a, b) => a.role.localeCompare(b.role) || a.id.localeCompare(b.id));
    const stationsOf = new Map(data.judges.map((j) => [j.id, j.stations]));
    const setup: ReviewBoardSetup = {
      rubric: competition.rubric,
      subjectRefs: [...new Set(modules.flatMap((m) => subjectsForModule(m, data.entries, [], data.sealedCodes).map((s) => s.ref)))],
      modules,
      scorers: scorers.map((j) => ({ assignmentId: j.id, moduleIds: j.moduleIds })),
      subjectsOf: (assignmentId, module) => subjectsForModule(module, data.entries, stationsOf.get(assignmentId) ?? [], data.sealedCodes).map((s) => s.ref),
    };
    return { modules, scorers, setup };
  }, [data, competition]);
  const board = useMemo(() => base && holder.boardFor(base.setup), [base, holder]);

  return useMemo(() => {
    if (!data || !base || !board || !holder.loaded) return undefined;
    const judgeName = (assignmentId: string) => {
      const judge = data.judges.find((j) => j.id === assignmentId);
      return judge ? (data.names.get(judge.personId) ?? judge.id) : assignmentId;
    };
    const flags = board.flags();
    const chief = data.judges.find((j) => j.role === 'chief');
    return {
      ...data,
      modules: base.modules,
      scorers: base.scorers,
      judgeName,
      markCount: board.marks.size,
      completeness: board.completeness(),
      disagreements: flags.filter((f) => f.code !== 'measurement_conflict'),
      conflicts: flags.filter((f) => f.code === 'measurement_conflict'),
      results: board.results(),
      chief,
      takingPart: data.entries.filter((e) => entryTakesPart(e.status)).length,
      revision,
    };
    // `revision` counts the mark deltas applied to the board: each one gives a new view.
  }, [data, base, board, holder, revision]);
}

export type ReviewData = NonNullable<ReturnType<typeof useReviewData>>;
