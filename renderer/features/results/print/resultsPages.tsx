/** The pages of the results reports (see ResultsPrint): plain black-on-white A4, sizes in mm and pt. */
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Competition } from '../../../../shared/domain';
import { markText } from '../../../../shared/results/markText';
import { useLanguage } from '../../../app/useLanguage';
import { formatDateTime } from '../../competitions/printables/formatDates';
import { PrintHeader } from '../../competitions/printables/PrintHeader';
import { PrintMessage } from '../../competitions/printables/PrintMessage';
import { blankSx, breakClass, printTableSx, sheetSx } from '../../competitions/printables/printStyles';
import { awardRuleLabel, fmt, statusText } from '../resultsText';
import type { ResultsState } from '../useResultsReport';
import { HashLine } from './ResultsPrint';
import { reportRows } from './reportRows';

type PageProps = { competition: Competition; state: ResultsState };

/** Long tables may break between rows across pages (the shared print style keeps a whole tbody together). */
const longTableSx = { ...printTableSx, '& tbody': { breakInside: 'auto' } } as typeof printTableSx;

function Signatures({ labels }: { labels: string[] }) {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: '10mm', fontSize: '11pt', color: '#000' }}>
      {labels.map((label) => (
        <Box key={label}>
          {label}
          <Box component="span" sx={blankSx('32mm')} />
        </Box>
      ))}
    </Box>
  );
}

export function RankingPage({ competition, state }: PageProps) {
  const { t } = useTranslation();
  const rows = reportRows(state);
  const revealed = rows.some((r) => r.name);
  return (
    <Box component="section" data-testid="report-ranking">
      <PrintHeader competition={competition} title={t('results.reports.titles.ranking')} />
      <Box component="table" sx={longTableSx}>
        <thead>
          <tr>
            <th style={{ width: '12mm' }}>{t('results.columns.rank')}</th>
            <th>{t('results.columns.code')}</th>
            {revealed && <th>{t('results.columns.name')}</th>}
            {revealed && <th>{t('results.columns.department')}</th>}
            <th>{t('results.columns.total')}</th>
            <th>{t('results.columns.award')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.entryId} data-testid="report-row">
              <td style={{ textAlign: 'center' }}>{r.rank ?? '—'}</td>
              <td style={{ textAlign: 'center' }}>{r.code}</td>
              {revealed && <td>{r.name}</td>}
              {revealed && <td>{r.department}</td>}
              <td style={{ textAlign: 'right' }}>{r.total}</td>
              <td style={{ textAlign: 'center' }}>{r.award ? t(`results.award.${r.award}`) : r.rank === undefined && r.status ? t(`results.entryStatus.${r.status}`) : ''}</td>
            </tr>
          ))}
        </tbody>
      </Box>
      <HashLine state={state} />
      <Signatures labels={[t('results.reports.sign.chief'), t('results.reports.sign.arbitration'), t('results.reports.sign.date')]} />
    </Box>
  );
}

export function ScoreSheetPages({ competition, state }: PageProps) {
  const { t } = useTranslation();
  const { report } = state;
  if (state.inputs.marks.length === 0) return <PrintMessage>{t('results.reports.noMarks')}</PrintMessage>;
  const items = report.results.rubric.items;
  const modules = competition.rubric.parts.flatMap((p) => p.modules);
  return (
    <>
      {report.results.rows.map((row, index) => {
        const who = report.entrants.get(row.key);
        const marks = report.marks.filter((m) => m.subject === row.key);
        // Columns are the judges of each module in turn (a module's own judges head its rows), so a sheet stays narrow.
        const judgesOf = modules.map((module) => {
          const ids = new Set(module.items.map((it) => it.id));
          return [...new Set(marks.filter((m) => ids.has(m.itemId)).map((m) => m.judgeId))];
        });
        const width = Math.max(1, ...judgesOf.map((j) => j.length));
        const columns = Array.from({ length: width }, (_, i) => i);
        return (
          <Box component="section" key={row.key} className={breakClass(index === 0)} sx={sheetSx} data-testid="report-sheet">
            <PrintHeader competition={competition} title={t('results.reports.titles.sheets')}>
              <Box sx={{ fontSize: '11pt', mt: '2mm' }}>
                {t('results.reports.sheetFor', { code: who?.anonCode ?? '—', name: who?.name ?? '' })} ·{' '}
                {row.rank !== undefined ? t('results.entrant.rank', { rank: row.rank, total: fmt(row.total) }) : statusText(t, row)}
                {row.award ? ` · ${t(`results.award.${row.award}`)}` : ''}
              </Box>
            </PrintHeader>
            <Box component="table" sx={longTableSx}>
              <thead>
                <tr>
                  <th style={{ width: '40%' }}>{t('results.columns.item')}</th>
                  {columns.map((c) => (
                    <th key={c}>{t('results.reports.markColumn', { n: c + 1 })}</th>
                  ))}
                  <th style={{ width: '14%' }}>{t('results.columns.score')}</th>
                </tr>
              </thead>
              <tbody>
                {modules.map((module, m) => [
                  <tr key={module.id}>
                    <td style={{ fontWeight: 700 }}>
                      {module.name}
                      {row.score.vetoedModuleIds.includes(module.id) ? ` (${t('results.entrant.vetoed')})` : ''}
                    </td>
                    {columns.map((c) => (
                      <td key={c} style={{ textAlign: 'center', fontSize: '9pt' }}>
                        {judgesOf[m]![c] ? (report.judges.get(judgesOf[m]![c]!) ?? '') : ''}
                      </td>
                    ))}
                    <td style={{ textAlign: 'right', fontWeight: 700 }}>{fmt(row.score.modules[m])}</td>
                  </tr>,
                  ...module.items.map((item) => {
                    const i = items.findIndex((it) => it.id === item.id);
                    return (
                      <tr key={item.id}>
                        <td style={{ paddingLeft: '5mm' }}>{item.name}</td>
                        {columns.map((c) => {
                          const id = judgesOf[m]![c];
                          const mark = id ? marks.find((x) => x.judgeId === id && x.itemId === item.id) : undefined;
                          return (
                            <td key={c} style={{ textAlign: 'center', fontSize: '9.5pt' }}>
                              {mark ? markText(mark.value, item) : ''}
                            </td>
                          );
                        })}
                        <td style={{ textAlign: 'right' }}>{row.score.judgeCounts[i] ? fmt(row.score.items[i]) : '—'}</td>
                      </tr>
                    );
                  }),
                ])}
                <tr>
                  <td colSpan={width + 1} style={{ fontWeight: 700 }}>
                    {t('results.columns.total')}
                  </td>
                  <td style={{ textAlign: 'right', fontWeight: 700 }}>{fmt(row.total)}</td>
                </tr>
              </tbody>
            </Box>
            <HashLine state={state} />
            <Signatures labels={[t('results.reports.sign.scorer'), t('results.reports.sign.chief'), t('results.reports.sign.entrant')]} />
          </Box>
        );
      })}
    </>
  );
}

export function AwardListPage({ competition, state }: PageProps) {
  const { t } = useTranslation();
  const rows = reportRows(state).filter((r) => r.award);
  return (
    <Box component="section" data-testid="report-awards">
      <PrintHeader competition={competition} title={t('results.reports.titles.awards')}>
        <Box sx={{ fontSize: '10pt', mt: '1.5mm' }}>{awardRuleLabel(t, competition.rubric.awardRule)}</Box>
      </PrintHeader>
      {(['first', 'second', 'third'] as const).map((award) => {
        const list = rows.filter((r) => r.award === award);
        if (list.length === 0) return null;
        return (
          <Box key={award} sx={{ mb: '4mm' }}>
            <Box component="h3" sx={{ fontSize: '12pt', m: 0, mb: '1.5mm' }}>
              {t(`results.award.${award}`)} ({list.length})
            </Box>
            <Box component="table" sx={longTableSx}>
              <tbody>
                {list.map((r) => (
                  <tr key={r.entryId} data-testid="report-award-row">
                    <td style={{ width: '14mm', textAlign: 'center' }}>{r.rank}</td>
                    <td style={{ textAlign: 'center' }}>{r.code}</td>
                    <td>{r.name}</td>
                    <td>{r.department}</td>
                    <td style={{ textAlign: 'right' }}>{r.total}</td>
                  </tr>
                ))}
              </tbody>
            </Box>
          </Box>
        );
      })}
      <HashLine state={state} />
    </Box>
  );
}

export function CertificatesPages({ competition, state }: PageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = reportRows(state).filter((r) => r.award);
  if (rows.length === 0) return <PrintMessage>{t('results.reports.noAwards')}</PrintMessage>;
  const date = formatDateTime(state.report.snapshot?.publishedAt ?? new Date().toISOString(), language).split(/\s/)[0];
  return (
    <>
      {rows.map((r, index) => (
        <Box
          component="section"
          key={r.entryId}
          className={breakClass(index === 0)}
          data-testid="report-certificate"
          sx={{ border: '3mm double #b8860b', p: '12mm 18mm', minHeight: '165mm', boxSizing: 'border-box', color: '#000', position: 'relative', '@media screen': { mb: 4 } }}
        >
          <Box sx={{ textAlign: 'center', fontSize: '34pt', fontWeight: 700, letterSpacing: language === 'zh-CN' ? '0.5em' : 0, color: '#b22222', mb: '10mm' }}>
            {t('results.certificate.title')}
          </Box>
          <Box sx={{ fontSize: '18pt', lineHeight: 2 }}>
            <Box component="span" sx={{ fontWeight: 700, borderBottom: '1px solid #000', px: '3mm' }}>
              {r.name || r.code}
            </Box>
            {t('results.certificate.salutation')}
          </Box>
          <Box sx={{ fontSize: '18pt', lineHeight: 2, textIndent: language === 'zh-CN' ? '2em' : 0 }}>
            {t('results.certificate.body', { competition: competition.name, award: t(`results.award.${r.award}`) })}
          </Box>
          <Box sx={{ position: 'absolute', right: '22mm', bottom: '18mm', textAlign: 'center', fontSize: '15pt', lineHeight: 1.8 }}>
            <Box>{competition.organiser || t('results.certificate.organiser')}</Box>
            <Box>{date}</Box>
          </Box>
          <Box sx={{ position: 'absolute', left: '18mm', bottom: '8mm', fontSize: '8pt', wordBreak: 'break-all', maxWidth: '150mm' }}>
            {state.report.snapshot ? t('results.reports.hashLine', { sequence: state.report.snapshot.sequence, hash: state.report.snapshot.hash }) : t('results.reports.liveLine')}
          </Box>
        </Box>
      ))}
    </>
  );
}

export function NoticePage({ competition, state }: PageProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const rows = reportRows(state).filter((r) => r.award);
  const at = state.report.snapshot?.publishedAt;
  return (
    <Box component="section" data-testid="report-notice" sx={{ color: '#000' }}>
      <PrintHeader competition={competition} title={t('results.reports.titles.notice')} />
      <Box sx={{ fontSize: '12pt', lineHeight: 1.9, textIndent: language === 'zh-CN' ? '2em' : 0, mb: '3mm' }}>
        {t('results.notice.body', { competition: competition.name, count: rows.length })}
      </Box>
      <Box component="table" sx={longTableSx}>
        <thead>
          <tr>
            <th>{t('results.columns.award')}</th>
            <th>{t('results.columns.rank')}</th>
            <th>{t('results.columns.name')}</th>
            <th>{t('results.columns.department')}</th>
            <th>{t('results.columns.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.entryId}>
              <td style={{ textAlign: 'center' }}>{t(`results.award.${r.award}`)}</td>
              <td style={{ textAlign: 'center' }}>{r.rank}</td>
              <td>{r.name || r.code}</td>
              <td>{r.department}</td>
              <td style={{ textAlign: 'right' }}>{r.total}</td>
            </tr>
          ))}
        </tbody>
      </Box>
      <Box sx={{ fontSize: '12pt', lineHeight: 1.9, mt: '3mm', textIndent: language === 'zh-CN' ? '2em' : 0 }}>{t('results.notice.objections')}</Box>
      <Box sx={{ textAlign: 'right', fontSize: '12pt', mt: '8mm', lineHeight: 1.8 }}>
        <Box>{competition.organiser || t('results.certificate.organiser')}</Box>
        <Box>{at ? formatDateTime(at, language) : ''}</Box>
      </Box>
      <HashLine state={state} />
    </Box>
  );
}
