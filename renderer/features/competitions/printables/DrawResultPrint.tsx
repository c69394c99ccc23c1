/**
 * /print/draw/:competitionId — the draw result posted at the venue (抽签结果公示): order, station and entrant, in
 * side-by-side columns so a large draw fits few pages. It shows no anonymous codes and no draw seed: either,
 * beside this public list, would reveal who holds which code.
 */
import { useMemo } from 'react';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoading } from '../../../app/components/PageLoading';
import { useLanguage } from '../../../app/useLanguage';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { usePrintReady } from '../../print/usePrintReady';
import { drawListRows } from './drawListRows';
import { formatDateTime } from './formatDates';
import { pageColumns } from './pageColumns';
import { PrintHeader } from './PrintHeader';
import { PrintMessage } from './PrintMessage';
import { printRoutes, safeFileName } from './printRoutes';
import { blankSx, breakClass, printTableSx } from './printStyles';
import { PrintToolbar } from './PrintToolbar';
import { formatList } from '../../../app/format';
import type { Language } from '../../../app/i18n';
import type { Repositories } from '../../../db/repositories';

const ROWS_PER_COLUMN = 30;
const COLUMNS_PER_PAGE = 2;

export default function DrawResultPrint() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { competitionId = '' } = useParams();
  const data = useLiveRecords(
    async (r) => ({
      competition: (await r.competitions.get(competitionId)) ?? null,
      entries: await drawListEntriesOf(r, competitionId, language),
    }),
    [competitionId, language],
  );
  const rows = useMemo(() => (data ? drawListRows(data.entries) : []), [data]);
  usePrintReady(data !== undefined);

  if (!data) return <PageLoading />;
  const { competition } = data;
  if (!competition) return <PrintMessage>{t('printables.notFound')}</PrintMessage>;

  const withStations = rows.some((row) => row.station !== undefined);
  const pages = pageColumns(rows, ROWS_PER_COLUMN, COLUMNS_PER_PAGE);
  const fileName = safeFileName(t('printables.fileNames.draw', { competition: competition.name }));

  return (
    <>
      <PrintToolbar competitionId={competition.id} route={printRoutes.draw(competition.id)} fileName={fileName} />
      {pages.length === 0 && <PrintMessage>{t('printables.unavailable.no_draw')}</PrintMessage>}
      {pages.map((columns, pageIndex) => (
        <Box component="section" key={pageIndex} className={breakClass(pageIndex === 0)} data-testid="draw-list" sx={{ '@media screen': { mb: 6 } }}>
          <PrintHeader competition={competition} title={t('printables.draw.title')}>
            {competition.drawnAt && (
              <Box sx={{ fontSize: '10pt', mt: '1mm' }}>{t('printables.draw.drawnAt', { at: formatDateTime(competition.drawnAt, language) })}</Box>
            )}
          </PrintHeader>
          <Box sx={{ display: 'flex', gap: '8mm', alignItems: 'flex-start' }}>
            {columns.map((column, c) => (
              <Box component="table" key={c} sx={{ ...printTableSx, flex: 1, '& td, & th': { fontSize: '12pt', textAlign: 'center', padding: '1.4mm 2mm' } }}>
                <thead>
                  <tr>
                    <th>{t('printables.draw.columns.order')}</th>
                    {withStations && <th>{t('printables.draw.columns.station')}</th>}
                    <th>{t('printables.draw.columns.entrant')}</th>
                  </tr>
                </thead>
                <tbody>
                  {column.map((row) => (
                    <tr key={row.order} data-testid="draw-list-row">
                      <td>{row.order}</td>
                      {withStations && <td>{row.station ?? '—'}</td>}
                      <Box component="td" sx={{ fontWeight: 700 }}>
                        {row.entrant}
                      </Box>
                    </tr>
                  ))}
                </tbody>
              </Box>
            ))}
          </Box>
          <Box sx={{ fontSize: '10pt', mt: '3mm' }}>{t('printables.draw.note', { count: rows.length })}</Box>
          <Box className="print-avoid-break" sx={{ display: 'flex', flexWrap: 'wrap', gap: '6mm 10mm', mt: '8mm', fontSize: '11pt' }}>
            <Box>
              {t('printables.draw.chiefSignature')}
              <Box component="span" sx={blankSx('32mm')} />
            </Box>
            <Box>
              {t('printables.draw.supervisorSignature')}
              <Box component="span" sx={blankSx('32mm')} />
            </Box>
            <Box>
              {t('printables.sheet.date')}
              <Box component="span" sx={blankSx('28mm')} />
            </Box>
          </Box>
        </Box>
      ))}
    </>
  );
}

async function drawListEntriesOf(r: Repositories, competitionId: string, language: Language) {
  const entries = await r.competitions.entriesOf(competitionId);
  const names = new Map((await r.people.byIds([...new Set(entries.flatMap((e) => e.memberIds))])).map((p) => [p.id, p.name]));
  return entries.map((e) => ({
    drawOrder: e.drawOrder,
    station: e.station,
    entrant: e.teamName ?? formatList(e.memberIds.map((id) => names.get(id) ?? '—'), language),
  }));
}
