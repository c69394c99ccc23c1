/** Everything the chief judge's review board shows, from indexed queries, computed once per change. */
import { useMemo } from 'react';
import { SCORING_ROLES } from '../../../../shared/competitions/judges/assignmentRules';
import type { Competition } from '../../../../shared/domain';
import { computeCompleteness, scoringMarksOf, subjectsForModule } from '../../../../shared/judging';
import { computeResults, findMarkFlags } from '../../../../shared/scoring';
import { entryTakesPart } from '../../../../shared/competitions/status/entryTakesPart';
import { useLiveRecords } from '../../../db/useLiveRecords';

export function useReviewData(competition: Competition) {
  const id = competition.id;
  const data = useLiveRecords(
    async (r) => {
      const [judges, entries, marks, packages, review, lock, sealedMap] = await Promise.all([
        r.competitions.judgesOf(id),
        r.competitions.entriesOf(id),
        r.marks.marksOf(id),
        r.marks.importedPackages(id),
        r.marks.review(id),
        r.marks.lockState(id),
        r.sealing.sealedMapOf(id),
      ]);
      const people = await r.people.byIds([...new Set(judges.map((j) => j.personId))]);
      return { judges, entries, marks, packages, review, lock, sealedCodes: sealedMap?.codes ?? [], names: new Map(people.map((p) => [p.id, p.name])) };
    },
    [id],
  );

  return useMemo(() => {
    if (!data) return undefined;
    const modules = competition.rubric.parts.flatMap((p) => p.modules);
    const scorers = data.judges.filter((j) => SCORING_ROLES.has(j.role)).sort((a, b) => a.role.localeCompare(b.role) || a.id.localeCompare(b.id));
    const stationsOf = new Map(data.judges.map((j) => [j.id, j.stations]));
    const judgeName = (assignmentId: string) => {
      const judge = data.judges.find((j) => j.id === assignmentId);
      return judge ? (data.names.get(judge.personId) ?? judge.id) : assignmentId;
    };
    const completeness = computeCompleteness({
      modules,
      scorers: scorers.map((j) => ({ assignmentId: j.id, moduleIds: j.moduleIds })),
      subjectsOf: (assignmentId, module) => subjectsForModule(module, data.entries, stationsOf.get(assignmentId) ?? [], data.sealedCodes).map((s) => s.ref),
      marks: data.marks,
    });
    const scoringMarks = scoringMarksOf(data.marks);
    const flags = findMarkFlags(competition.rubric, scoringMarks);
    const subjectRefs = new Set(modules.flatMap((m) => subjectsForModule(m, data.entries, [], data.sealedCodes).map((s) => s.ref)));
    const results = computeResults(
      competition.rubric,
      [...subjectRefs].map((key) => ({ key, status: 'checked_in' as const })),
      scoringMarks,
    );
    const chief = data.judges.find((j) => j.role === 'chief');
    return {
      ...data,
      modules,
      scorers,
      judgeName,
      completeness,
      disagreements: flags.filter((f) => f.code !== 'measurement_conflict'),
      conflicts: flags.filter((f) => f.code === 'measurement_conflict'),
      results,
      chief,
      takingPart: data.entries.filter((e) => entryTakesPart(e.status)).length,
    };
  }, [data, competition]);
}

export type ReviewData = NonNullable<ReturnType<typeof useReviewData>>;
