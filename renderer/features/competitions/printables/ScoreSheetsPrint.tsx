/**
 * /print/score-sheets/:competitionId[?moduleId=…] — the blank paper score sheets, one per module and station
 * group, page breaks between them. Entries are cut down to order, station and status where they are read
 * (toSheetEntry), so no name, employee number or department of an entrant is ever in this page.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageLoading } from '../../../app/components/PageLoading';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { usePrintReady } from '../../print/usePrintReady';
import { buildScoreSheets } from './buildScoreSheets';
import { printablesAvailability } from './printablesAvailability';
import { PrintMessage } from './PrintMessage';
import { printRoutes, safeFileName } from './printRoutes';
import { PrintToolbar } from './PrintToolbar';
import { ScoreSheet } from './ScoreSheet';
import { toSheetEntry } from './sheetEntries';

export default function ScoreSheetsPrint() {
  const { t } = useTranslation();
  const { competitionId = '' } = useParams();
  const [search] = useSearchParams();
  const moduleId = search.get('moduleId') || undefined;
  const data = useLiveRecords(
    async (r) => ({
      competition: (await r.competitions.get(competitionId)) ?? null,
      entries: (await r.competitions.entriesOf(competitionId)).map(toSheetEntry),
      sealedCodes: (await r.sealing.sealedMapOf(competitionId))?.codes ?? [],
    }),
    [competitionId],
  );
  const sheets = useMemo(
    () => (data?.competition ? buildScoreSheets(data.competition.rubric, data.entries, data.sealedCodes, moduleId === undefined ? {} : { moduleId }) : []),
    [data, moduleId],
  );
  usePrintReady(data !== undefined);

  if (!data) return <PageLoading />;
  const { competition } = data;
  if (!competition) return <PrintMessage>{t('printables.notFound')}</PrintMessage>;

  const availability = printablesAvailability(competition.rubric, data.entries, 1, data.sealedCodes).scoreSheets;
  const module = moduleId === undefined ? undefined : competition.rubric.parts.flatMap((p) => p.modules).find((m) => m.id === moduleId);
  const empty = !availability.ok
    ? t(`printables.unavailable.${availability.reason}`)
    : moduleId !== undefined && !module
      ? t('printables.moduleNotFound')
      : t('printables.moduleNotOnSite');
  const fileName = safeFileName(
    module
      ? t('printables.fileNames.moduleScoreSheets', { competition: competition.name, module: module.name })
      : t('printables.fileNames.scoreSheets', { competition: competition.name }),
  );

  return (
    <>
      <PrintToolbar competitionId={competition.id} route={printRoutes.scoreSheets(competition.id, moduleId)} fileName={fileName} />
      {sheets.length === 0 ? (
        <PrintMessage>{empty}</PrintMessage>
      ) : (
        sheets.map((sheet, index) => <ScoreSheet key={sheet.key} competition={competition} sheet={sheet} first={index === 0} />)
      )}
    </>
  );
}
