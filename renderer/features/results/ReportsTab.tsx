/**
 * The reports of a competition's results, each made from the latest publication snapshot and showing its hash:
 * the results workbook (.xlsx), the ranking, score sheets, award list and certificates (PDF), the 公示 notice
 * (.docx and PDF), and the competition archive (.jxarchive) that the command line recomputes.
 */
import { useState } from 'react';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildCompetitionArchive, serialiseCompetitionArchive } from '../../../shared/results/archive/buildCompetitionArchive';
import { buildNoticeDocx } from '../../../shared/results/docx/buildNoticeDocx';
import { differsFromSnapshot } from '../../../shared/results/publication/buildPublication';
import { buildResultsWorkbook } from '../../../shared/results/xlsx/buildResultsWorkbook';
import { PageLoading } from '../../app/components/PageLoading';
import { useLanguage } from '../../app/useLanguage';
import { getPlatform } from '../../platform';
import type { CompetitionTabProps } from '../competitions/CompetitionDetailPage';
import { formatDateTime } from '../competitions/printables/formatDates';
import { printErrorText } from '../competitions/printables/printErrorText';
import { safeFileName } from '../competitions/printables/printRoutes';
import { reportRows } from './print/reportRows';
import { resultsPrintRoute, type ResultsReportKind } from './print/resultsPrintRoutes';
import { useResultsReport } from './useResultsReport';

const XLSX = { name: 'Excel', extensions: ['xlsx'] };
const DOCX = { name: 'Word', extensions: ['docx'] };
const ARCHIVE = { name: 'Jiangxin archive', extensions: ['jxarchive'] };

export default function ReportsTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useResultsReport(competition);
  const [busy, setBusy] = useState<string>();
  const [notice, setNotice] = useState<{ severity: 'success' | 'info' | 'error'; text: string }>();
  if (!state) return <PageLoading />;
  const { report, inputs, publication, codeOf } = state;
  // Files need results per entrant: not while marks name codes the sealed map has not tied to entrants yet.
  const hasMarks = inputs.marks.length > 0 && report.audit.unresolvedMarks === 0;
  const changed = publication !== undefined && hasMarks && differsFromSnapshot(report, publication);
  const name = (kind: string, ext: string) => `${safeFileName(t(`results.reports.fileNames.${kind}`, { competition: competition.name }))}.${ext}`;

  const run = async (key: string, action: () => Promise<{ name: string; path?: string } | null>) => {
    setBusy(key);
    setNotice(undefined);
    try {
      const saved = await action();
      if (saved) setNotice({ severity: 'success', text: t('results.reports.saved', { name: saved.path ?? saved.name }) });
    } catch (error) {
      setNotice({ severity: 'error', text: printErrorText(t, error) });
    } finally {
      setBusy(undefined);
    }
  };
  const save = (key: string, suggestedName: string, filters: { name: string; extensions: string[] }[], bytes: () => Promise<Uint8Array> | Uint8Array) =>
    run(key, async () => getPlatform().saveFile({ suggestedName, filters, bytes: await bytes() }));
  const print = (kind: ResultsReportKind) =>
    run(kind, async () => {
      const platform = getPlatform();
      const saved = await platform.printToPdf({ route: resultsPrintRoute(competition.id, kind), suggestedName: name(kind, 'pdf'), ...(kind === 'certificates' ? { landscape: true } : {}) });
      if (saved && platform.kind === 'browser') setNotice({ severity: 'info', text: t('printables.openedInTab') });
      return platform.kind === 'browser' ? null : saved;
    });

  const workbook = () => save('workbook', name('workbook', 'xlsx'), [XLSX], () => buildResultsWorkbook(report, language === 'zh-CN' ? 'zh' : 'en'));
  const noticeDocx = () =>
    save('noticeDocx', name('notice', 'docx'), [DOCX], () => {
      const rows = reportRows(state).filter((r) => r.award);
      return buildNoticeDocx({
        competitionName: competition.name,
        title: t('results.reports.titles.notice'),
        body: t('results.notice.body', { competition: competition.name, count: rows.length }),
        columns: [t('results.columns.award'), t('results.columns.rank'), t('results.columns.name'), t('results.columns.department'), t('results.columns.total')],
        rows: rows.map((r) => [t(`results.award.${r.award}`), String(r.rank ?? ''), r.name || r.code, r.department, r.total]),
        objections: t('results.notice.objections'),
        organiser: competition.organiser || t('results.certificate.organiser'),
        date: publication ? formatDateTime(publication.publishedAt, language) : '',
        hashLine: report.snapshot ? t('results.reports.hashLine', { sequence: report.snapshot.sequence, hash: report.snapshot.hash }) : t('results.reports.liveLine'),
      });
    });
  const archive = () =>
    save('archive', name('archive', 'jxarchive'), [ARCHIVE], async () =>
      serialiseCompetitionArchive(
        await buildCompetitionArchive({
          competition,
          entries: inputs.entries,
          judges: inputs.judges,
          marks: inputs.marks,
          exportedAt: new Date().toISOString(),
          nameOf: (e) => {
            const who = report.entrants.get(e.id);
            // Team names go with the names (once revealed): they can identify people just as well.
            return {
              ...(who?.name ? { name: who.name, ...(e.teamName ? { teamName: e.teamName } : {}) } : {}),
              ...(who?.department ? { department: who.department } : {}),
            };
          },
          judgeLabel: (j) => report.judges.get(j.id) ?? t(`results.judgeRole.${j.role}`),
          codeOf,
        }),
      ),
    );

  const card = (key: string, title: string, description: string, actions: React.ReactNode) => (
    <Paper key={key} variant="outlined" sx={{ p: 2 }} data-testid={`report-card-${key}`}>
      <Typography variant="subtitle1">{title}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {description}
      </Typography>
      <Stack direction="row" spacing={1}>
        {actions}
      </Stack>
    </Paper>
  );
  const pdf = (kind: ResultsReportKind, disabled = false) => (
    <>
      <Button variant="contained" size="small" disabled={disabled || busy !== undefined} onClick={() => void print(kind)} data-testid={`report-print-${kind}`}>
        {t('results.reports.pdf')}
      </Button>
      <Button size="small" component={Link} to={resultsPrintRoute(competition.id, kind)} disabled={disabled} data-testid={`report-preview-${kind}`}>
        {t('results.reports.preview')}
      </Button>
    </>
  );

  return (
    <Box sx={{ maxWidth: 960 }}>
      <Alert severity={publication && !changed ? 'success' : 'warning'} sx={{ mb: 2 }} data-testid="reports-snapshot">
        {publication ? t(changed ? 'results.snapshot.changed' : 'results.snapshot.published', { sequence: publication.sequence ?? 1, hash: publication.hash }) : t('results.reports.notPublished')}
      </Alert>
      {notice && (
        <Alert severity={notice.severity} sx={{ mb: 2 }} onClose={() => setNotice(undefined)} data-testid="reports-notice">
          {notice.text}
        </Alert>
      )}
      <Stack spacing={2}>
        {card(
          'workbook',
          t('results.reports.titles.workbook'),
          hasMarks ? t('results.reports.descriptions.workbook') : t('results.reports.noMarks'),
          <Button variant="contained" size="small" disabled={!hasMarks || busy !== undefined} onClick={() => void workbook()} data-testid="report-workbook">
            {t('results.reports.xlsx')}
          </Button>,
        )}
        {card('ranking', t('results.reports.titles.ranking'), t('results.reports.descriptions.ranking'), pdf('ranking'))}
        {card('sheets', t('results.reports.titles.sheets'), hasMarks ? t('results.reports.descriptions.sheets') : t('results.reports.noMarks'), pdf('sheets', !hasMarks))}
        {card('awards', t('results.reports.titles.awards'), t('results.reports.descriptions.awards'), pdf('awards'))}
        {card('certificates', t('results.reports.titles.certificates'), t('results.reports.descriptions.certificates'), pdf('certificates'))}
        {card(
          'notice',
          t('results.reports.titles.notice'),
          t('results.reports.descriptions.notice'),
          <>
            <Button variant="contained" size="small" disabled={busy !== undefined} onClick={() => void noticeDocx()} data-testid="report-notice-docx">
              {t('results.reports.docx')}
            </Button>
            {pdf('notice')}
          </>,
        )}
        {card(
          'archive',
          t('results.reports.titles.archive'),
          t('results.reports.descriptions.archive'),
          <Button variant="contained" size="small" disabled={busy !== undefined} onClick={() => void archive()} data-testid="report-archive">
            {t('results.reports.jxarchive')}
          </Button>,
        )}
      </Stack>
    </Box>
  );
}
