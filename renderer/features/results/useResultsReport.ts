/**
 * The live results of a competition: its records read through the results repository, scored by the engine and
 * wrapped in a ResultsReport (recomputed whenever a mark, an entry, an appeal or a publication changes).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Competition, JudgeAssignment } from '../../../shared/domain';
import { buildResultsReport } from '../../../shared/results/buildResultsReport';
import { namesRevealed } from '../../../shared/results/namesRevealed';
import { latestPublication } from '../../../shared/results/publication/buildPublication';
import { useLiveRecords } from '../../db/useLiveRecords';

export function useResultsReport(competition: Competition) {
  const { t } = useTranslation();
  const inputs = useLiveRecords((r) => r.results.inputsOf(competition.id), [competition.id]);
  return useMemo(() => {
    // A route change keeps the previous query's rows until the new ones arrive: never show another competition's.
    if (!inputs || inputs.competitionId !== competition.id) return undefined;
    const people = new Map(inputs.people.map((p) => [p.id, p]));
    const judgeNumbers = new Map(inputs.judges.filter((j) => j.role === 'judge').map((j, i) => [j.id, i + 1]));
    const judgeLabel = (j: JudgeAssignment) =>
      j.role === 'judge' ? t('results.judgeNumber', { n: judgeNumbers.get(j.id) ?? 0 }) : t(`results.judgeRole.${j.role}`);
    const publication = latestPublication(inputs.publications);
    const report = buildResultsReport({
      competition,
      entries: inputs.entries,
      judges: inputs.judges,
      marks: inputs.marks,
      appeals: inputs.appeals,
      publication,
      people,
      departments: new Map(inputs.departments.map((d) => [d.id, d])),
      namesRevealed: namesRevealed(competition),
      judgeLabel,
      generatedAt: new Date().toISOString(),
    });
    return { report, inputs, publication };
  }, [inputs, competition, t]);
}

export type ResultsState = NonNullable<ReturnType<typeof useResultsReport>>;
