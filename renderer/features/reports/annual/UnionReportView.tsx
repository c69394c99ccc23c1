/**
 * The union annual report as a page: the same content and order as the .docx — highlights, figures with last
 * year, charts, then the lists — used for the on-screen preview and for the A4 print view (PDF). Every list row
 * links to its record.
 */
import type { ReactNode } from 'react';
import { Box, Link as MuiLink, Typography } from '@mui/material';
import { Link } from 'react-router';
import { highlightSentence, reportChartSvgs, yuanText, type ReportLabel } from '../../../../shared/reports/reportText';
import type { UnionAnnualReport } from '../../../../shared/reports/types';
import { ChartImages } from './ChartImages';

const CJK_FONT = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "SimHei", sans-serif';
const cellSx = { border: '1px solid #999', px: 1, py: 0.5, fontSize: 13, verticalAlign: 'top' } as const;

/** A bordered table; only the `wrap` columns (long names) break lines, short values (names, dates, numbers) never do. */
function Table({ headers, rows, right = [], wrap = [0], testId }: { headers: readonly string[]; rows: readonly (readonly ReactNode[])[]; right?: readonly number[]; wrap?: readonly number[]; testId?: string }) {
  return (
    <Box component="table" data-testid={testId} sx={{ borderCollapse: 'collapse', width: '100%', mb: 2 }}>
      <thead>
        <tr>
          {headers.map((h, i) => (
            <Box component="th" key={i} sx={{ ...cellSx, bgcolor: '#f2f2f2', textAlign: right.includes(i) ? 'right' : 'left', fontWeight: 700 }}>
              {h}
            </Box>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <Box component="tr" key={i} className="print-avoid-break">
            {r.map((c, j) => (
              <Box component="td" key={j} sx={{ ...cellSx, textAlign: right.includes(j) ? 'right' : 'left', whiteSpace: wrap.includes(j) ? 'normal' : 'nowrap' }}>
                {c}
              </Box>
            ))}
          </Box>
        ))}
      </tbody>
    </Box>
  );
}

const To = ({ to, children }: { to: string; children: ReactNode }) => (
  <MuiLink component={Link} to={to} color="inherit" underline="hover">
    {children}
  </MuiLink>
);

const Heading = ({ children, level = 1 }: { children: ReactNode; level?: 1 | 2 }) => (
  <Typography component={level === 1 ? 'h2' : 'h3'} sx={{ fontFamily: CJK_FONT, fontWeight: 700, fontSize: level === 1 ? 18 : 15, mt: level === 1 ? 3 : 2, mb: 1, breakAfter: 'avoid' }}>
    {children}
  </Typography>
);

export function UnionReportView({ report, label }: { report: UnionAnnualReport; label: ReportLabel }) {
  const hasPrevious = report.previousYear !== null;
  const value = (v: number, money: boolean) => (money ? yuanText(v) : String(v));
  const firsts = report.winners.filter((w) => w.award === 'first');
  const none = <Typography sx={{ fontSize: 13 }}>{label('none')}</Typography>;
  return (
    <Box data-testid="union-report" sx={{ fontFamily: CJK_FONT, color: '#000' }}>
      <Typography component="h1" sx={{ fontFamily: CJK_FONT, fontWeight: 700, fontSize: 22, textAlign: 'center', mt: 1 }}>
        {label('title', { year: report.year })}
      </Typography>
      <Typography sx={{ textAlign: 'center', color: '#555', fontSize: 13, mb: 2 }}>{label('subtitle', { year: report.year })}</Typography>

      <Heading>{label('sections.highlights')}</Heading>
      {report.highlights.map((h, i) => (
        <Typography key={i} sx={{ textIndent: '2em', fontSize: 14, lineHeight: 1.8 }} data-testid="report-highlight">
          {highlightSentence(h, label)}
        </Typography>
      ))}

      <Heading>{label('sections.figures')}</Heading>
      <Table
        testId="report-figures"
        headers={[label('columns.figure'), label('columns.value', { year: report.year }), ...(hasPrevious ? [label('columns.value', { year: report.previousYear! })] : [])]}
        right={[1, 2]}
        rows={report.figures.map((f) => [label(`figures.${f.key}`) + (f.money ? label('yuanSuffix') : ''), value(f.value, f.money), ...(hasPrevious ? [f.previous === undefined ? '—' : value(f.previous, f.money)] : [])])}
      />

      <Box className="print-break" />
      <Heading>{label('sections.charts')}</Heading>
      <ChartImages charts={reportChartSvgs(report, label)} />

      <Heading>{label('sections.competitions')}</Heading>
      {report.competitionsByLevel
        .filter((g) => g.competitions.length > 0)
        .map((g) => (
          <Box key={g.level}>
            <Heading level={2}>{label('competitionsOfLevel', { level: label(`level.${g.level}`), count: g.competitions.length })}</Heading>
            <Table
              headers={[label('columns.competition'), label('columns.trade'), label('columns.date'), label('columns.entries')]}
              wrap={[0, 1]}
              right={[3]}
              rows={g.competitions.map((c) => [<To key="c" to={`/competitions/${c.id}`}>{c.name}</To>, c.trade, c.startDate, c.entries])}
            />
          </Box>
        ))}

      <Heading>{label('sections.winners')}</Heading>
      <Typography sx={{ textIndent: '2em', fontSize: 14, mb: 1 }}>{label('winnersNote', { count: report.winners.length })}</Typography>
      {firsts.length > 0 ? (
        <Table
          headers={[label('columns.name'), label('columns.department'), label('columns.competition'), label('columns.level'), label('columns.award')]}
          wrap={[1, 2]}
          rows={firsts.map((w) => [<To key="p" to={`/people/${w.personId}`}>{w.name}</To>, w.department, <To key="c" to={`/competitions/${w.competitionId}/results`}>{w.competitionName}</To>, label(`level.${w.level}`), label(`award.${w.award}`)])}
        />
      ) : (
        none
      )}

      <Heading>{label('sections.studios')}</Heading>
      {report.studios.length > 0 ? (
        <Table
          headers={[label('columns.studio'), label('columns.kind'), label('columns.rating'), label('columns.lead'), label('columns.members'), label('columns.projects'), label('columns.achievements'), label('columns.savingsYuan')]}
          wrap={[0, 1]}
          right={[4, 5, 6, 7]}
          rows={report.studios.map((s) => [<To key="s" to={`/studios/${s.id}`}>{s.name}</To>, label(`studioKind.${s.kind}`), label(`rating.${s.rating}`), s.leadName, s.members, s.projects, s.achievements, yuanText(s.savingsFen)])}
        />
      ) : (
        none
      )}

      <Heading>{label('sections.projects')}</Heading>
      {report.topProjects.length > 0 ? (
        <Table
          headers={[label('columns.project'), label('columns.studio'), label('columns.stage'), label('columns.fromCompetition'), label('columns.savingsYuan')]}
          wrap={[0, 1]}
          right={[4]}
          rows={report.topProjects.map((p) => [<To key="p" to={`/projects/${p.id}`}>{p.title}</To>, p.studioName, label(`stage.${p.stage}`), p.fromCompetition ? label('yes') : '', yuanText(p.savingsFen)])}
        />
      ) : (
        none
      )}

      <Heading>{label('sections.achievements')}</Heading>
      {report.topAchievements.length > 0 ? (
        <Table
          headers={[label('columns.achievement'), label('columns.kind'), label('columns.studio'), label('columns.savingsYuan')]}
          wrap={[0, 2]}
          right={[3]}
          rows={report.topAchievements.map((a) => [<To key="a" to={`/achievements/${a.id}`}>{a.title}</To>, label(`achievementKind.${a.kind}`), a.studioName, yuanText(a.savingsFen)])}
        />
      ) : (
        none
      )}

      <Heading>{label('sections.incentives')}</Heading>
      <Typography sx={{ textIndent: '2em', fontSize: 14, mb: 1 }}>
        {label('incentivesNote', { count: report.incentives.count, people: report.incentives.people, amount: yuanText(report.incentives.amountFen), pending: report.incentives.pending })}
      </Typography>
      <Table
        headers={[label('columns.group'), label('columns.count'), label('columns.amountYuan')]}
        right={[1, 2]}
        rows={[
          ...report.incentives.byKind.map((g) => [label(`incentiveKind.${g.key}`), g.count, yuanText(g.amountFen)]),
          ...report.incentives.bySource.map((g) => [label(`sourceKind.${g.key}`), g.count, yuanText(g.amountFen)]),
          [label('total'), report.incentives.count, yuanText(report.incentives.amountFen)],
        ]}
      />
    </Box>
  );
}
