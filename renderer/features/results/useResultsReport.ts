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
import { codeMapOfPublication } from '../../../shared/results/resolveSubjects';
import { useUnsealedCodeMap } from '../../db/unsealedCodeMaps';
import { useLiveRecords } from '../../db/useLiveRecords';

export function useResultsReport(competition: Competition) {
  const { t } = useTranslation();
  const inputs = useLiveRecords((r) => r.results.inputsOf(competition.id), [competition.id]);
  const unsealed = useUnsealedCodeMap(competition.id);
  return useMemo(() => {
    // A route change keeps the previous query's rows until the new ones arrive: never show another competition's.
    if (!inputs || inputs.competitionId !== competition.id) return undefined;
    const people = new Map(inputs.people.map((p) => [p.id, p]));
    const judgeNumbers = new Map(inputs.judges.filter((j) => j.role === 'judge').map((j, i) => [j.id, i + 1]));
    const judgeLabel = (j: JudgeAssignment) =>
      j.role === 'judge' ? t('results.judgeNumber', { n: judgeNumbers.get(j.id) ?? 0 }) : t(`results.judgeRole.${j.role}`);
    const publication = latestPublication(inputs.publications);
    // Sealed marks name anonymous codes: they resolve to entries only through the open map or a publication.
    const fromPublication = publication ? codeMapOfPublication(publication.results) : undefined;
    const codeOf = unsealed?.codes ?? (fromPublication && fromPublication.size > 0 ? fromPublication : undefined);
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
      codeOf,
      judgeLabel,
      generatedAt: new Date().toISOString(),
    });
    return { report, inputs, publication, codeOf };
  }, [inputs, competition, t, unsealed]);
}

export type ResultsState = NonNullable<ReturnType<typeof useResultsReport>>;
