/**
 * /print/judges/:competitionId — the judge assignment sheet (裁判分工表): who, department, role, modules and
 * stations, with a column for each person to sign that they accept the assignment and have no conflict of interest.
 */
import { useMemo } from 'react';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageLoading } from '../../../app/components/PageLoading';
import { useLanguage } from '../../../app/useLanguage';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { usePrintReady } from '../../print/usePrintReady';
import { formatStations } from '../judges/stationRanges';
import { judgeSheetRows } from './judgeSheetRows';
import { PrintHeader } from './PrintHeader';
import { PrintMessage } from './PrintMessage';
import { printRoutes, safeFileName } from './printRoutes';
import { blankSx, printTableSx } from './printStyles';
import { PrintToolbar } from './PrintToolbar';

export default function JudgeAssignmentPrint() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { competitionId = '' } = useParams();
  const data = useLiveRecords(
    async (r) => {
      const judges = await r.competitions.judgesOf(competitionId);
      const [competition, people, departments] = await Promise.all([
        r.competitions.get(competitionId),
        r.people.byIds(judges.map((j) => j.personId)),
        r.people.departments.list(),
      ]);
      return { competition: competition ?? null, judges, people, departments };
    },
    [competitionId],
  );
  const rows = useMemo(() => {
    if (!data?.competition) return [];
    return judgeSheetRows(
      data.judges,
      new Map(data.people.map((p) => [p.id, p])),
      new Map(data.departments.map((d) => [d.id, d])),
      data.competition.rubric,
      new Intl.Collator(language),
    );
  }, [data, language]);
  usePrintReady(data !== undefined);

  if (!data) return <PageLoading />;
  const { competition } = data;
  if (!competition) return <PrintMessage>{t('printables.notFound')}</PrintMessage>;

  const separator = t('judges.listSeparator');
  const fileName = safeFileName(t('printables.fileNames.judges', { competition: competition.name }));

  return (
    <>
      <PrintToolbar competitionId={competition.id} route={printRoutes.judges(competition.id)} fileName={fileName} />
      {rows.length === 0 ? (
        <PrintMessage>{t('printables.unavailable.no_judges')}</PrintMessage>
      ) : (
        <Box component="section" data-testid="judge-sheet">
          <PrintHeader competition={competition} title={t('printables.judges.title')} />
          <Box component="table" sx={printTableSx}>
            <colgroup>
              <col style={{ width: '11mm' }} />
              <col style={{ width: '22mm' }} />
              <col style={{ width: '40mm' }} />
              <col style={{ width: '21mm' }} />
              <col />
              <col style={{ width: '20mm' }} />
              <col style={{ width: '26mm' }} />
            </colgroup>
            <thead>
              <tr>
                {(['no', 'name', 'department', 'role', 'modules', 'stations', 'signature'] as const).map((column) => (
                  <th key={column}>{t(`printables.judges.columns.${column}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <Box component="tr" key={row.id} data-testid="judge-sheet-row" sx={{ '& td': { height: '11mm' } }}>
                  <Box component="td" sx={{ textAlign: 'center' }}>
                    {index + 1}
                  </Box>
                  <td>
                    <Box sx={{ fontWeight: 700 }}>{row.name || t('common.unknown')}</Box>
                    {row.employeeNo && <Box sx={{ fontSize: '9pt !important' }}>{row.employeeNo}</Box>}
                  </td>
                  <td>{row.department || '—'}</td>
                  <Box component="td" sx={{ textAlign: 'center' }}>
                    {t(`judges.roles.${row.role}`)}
                  </Box>
                  <td>{row.modules.length > 0 ? row.modules.join(separator) : '—'}</td>
                  <Box component="td" sx={{ textAlign: 'center' }}>
                    {row.stations.length > 0
                      ? formatStations(row.stations, separator)
                      : row.role === 'chief' || row.role === 'judge'
                        ? t('judges.allStations')
                        : '—'}
                  </Box>
                  <td />
                </Box>
              ))}
            </tbody>
          </Box>
          <Box sx={{ fontSize: '10pt', mt: '3mm' }}>{t('printables.judges.pledge')}</Box>
          <Box className="print-avoid-break" sx={{ display: 'flex', flexWrap: 'wrap', gap: '6mm 10mm', mt: '8mm', fontSize: '11pt' }}>
            <Box>
              {t('printables.judges.organiserSignature')}
              <Box component="span" sx={blankSx('40mm')} />
            </Box>
            <Box>
              {t('printables.sheet.date')}
              <Box component="span" sx={blankSx('30mm')} />
            </Box>
          </Box>
        </Box>
      )}
    </>
  );
}
