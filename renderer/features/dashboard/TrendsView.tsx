import { useMemo, useState } from 'react';
import { Box, Card, CardContent, Link, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import { computeTrends, TREND_METRICS, type TrendMetric } from '../../../shared/dashboard/computeTrends';
import { computeYearFigures } from '../../../shared/dashboard/computeYearFigures';
import type { DashboardRecords } from '../../../shared/dashboard/dashboardRecords';
import type { Figure } from '../../../shared/dashboard/types';
import { formatCount, formatYuan, formatYuanCompact } from '../../app/format';
import { useLanguage } from '../../app/useLanguage';

const MONEY: ReadonlySet<TrendMetric> = new Set(['savingsFen', 'incentivesFen']);

/** Several years side by side: each headline figure per year with its change from the year before. */
export function TrendsView({ records, years, onOpen }: { records: DashboardRecords; years: readonly number[]; onOpen: (title: string, figure: Figure, money: boolean) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [metric, setMetric] = useState<TrendMetric>('competitions');
  const trends = useMemo(() => computeTrends(years.map((y) => computeYearFigures(records, y))), [records, years]);
  const ordered = trends.competitions.map((p) => p.year);
  const show = (m: TrendMetric, v: number) => (MONEY.has(m) ? formatYuanCompact(v, language) : formatCount(v, language));
  const label = (m: TrendMetric) => t(`dashboardCharts.metric.${m}`);

  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="trends">
      <Card>
        <CardContent>
          <TextField select size="small" label={t('dashboardCharts.metricLabel')} value={metric} onChange={(e) => setMetric(e.target.value as TrendMetric)} sx={{ minWidth: 260, mb: 1 }}>
            {TREND_METRICS.map((m) => (
              <MenuItem key={m} value={m}>
                {label(m)}
              </MenuItem>
            ))}
          </TextField>
          <LineChart
            height={260}
            skipAnimation
            xAxis={[{ scaleType: 'point', data: ordered.map(String) }]}
            yAxis={[{ width: 56, valueFormatter: (v: number) => show(metric, MONEY.has(metric) ? v * 100 : v) }]}
            series={[{ id: metric, label: label(metric), data: trends[metric].map((p) => (MONEY.has(metric) ? p.value / 100 : p.value)) }]}
            hideLegend
            onMarkClick={(_, item) => {
              const point = trends[metric][item.dataIndex ?? 0];
              if (point) onOpen(`${label(metric)} · ${point.year}`, point.figure, MONEY.has(metric));
            }}
          />
        </CardContent>
      </Card>
      <Card>
        <CardContent sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('dashboardCharts.trends')} data-testid="trends-table">
            <TableHead>
              <TableRow>
                <TableCell />
                {ordered.map((y) => (
                  <TableCell key={y} align="right">
                    {y}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {TREND_METRICS.map((m) => (
                <TableRow key={m}>
                  <TableCell component="th" scope="row">
                    {label(m)}
                    {MONEY.has(m) && <Typography component="span" variant="caption" color="text.secondary">{` (${t('dashboardCharts.unitYuan')})`}</Typography>}
                  </TableCell>
                  {trends[m].map((p) => (
                    <TableCell key={p.year} align="right" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                      <Link component="button" onClick={() => onOpen(`${label(m)} · ${p.year}`, p.figure, MONEY.has(m))}>
                        {MONEY.has(m) ? formatYuan(p.value, language) : formatCount(p.value, language)}
                      </Link>
                      {p.change !== null && (
                        <Typography component="span" variant="caption" color={p.change > 0 ? 'success.main' : p.change < 0 ? 'error.main' : 'text.secondary'} sx={{ display: 'block' }}>
                          {p.change > 0 ? '▲' : p.change < 0 ? '▼' : '='}
                          {p.changePercent !== null ? ` ${Math.abs(p.changePercent)}%` : ''}
                        </Typography>
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Box>
  );
}
