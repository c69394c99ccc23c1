import { useState } from 'react';
import { Box, Card, CardContent, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../shared/dashboard/types';
import { formatCount, formatYuan, formatYuanCompact } from '../../app/format';
import { useLanguage } from '../../app/useLanguage';
import type { ChartSpec } from './chartViews';

const FEN_PER_YUAN = 100;

/** One chart with its numbers as a table; every bar and every number opens the records behind it. */
export function ChartCard({ chart, onOpen }: { chart: ChartSpec; onOpen: (title: string, figure: Figure, money: boolean) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const money = chart.money === true;
  const show = (value: number) => (money ? formatYuan(value, language) : formatCount(value, language));
  const open = (seriesIndex: number, categoryIndex: number) => {
    const series = chart.series[seriesIndex];
    const figure = series?.figures[categoryIndex];
    if (!series || !figure) return;
    const label = chart.series.length > 1 ? `${chart.categories[categoryIndex]} · ${series.label}` : chart.categories[categoryIndex];
    onOpen(`${chart.title}: ${label}`, figure, money);
  };
  const empty = chart.categories.length === 0 || chart.series.length === 0;
  const height = chart.horizontal ? Math.max(240, chart.categories.length * 26 + 60) : 260;

  return (
    <Card data-testid={`chart-${chart.key}`} sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, gap: 1 }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {chart.title}
            {money && (
              <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
                ({t('dashboardCharts.unitYuan')})
              </Typography>
            )}
          </Typography>
          <ToggleButtonGroup size="small" exclusive value={view} onChange={(_, v) => v && setView(v)} aria-label={t('dashboardCharts.viewAs')}>
            <ToggleButton value="chart" data-testid={`chart-${chart.key}-as-chart`}>{t('dashboardCharts.asChart')}</ToggleButton>
            <ToggleButton value="table" data-testid={`chart-${chart.key}-as-table`}>{t('dashboardCharts.asTable')}</ToggleButton>
          </ToggleButtonGroup>
        </Stack>
        {empty ? (
          <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            {t('dashboardCharts.noData')}
          </Typography>
        ) : view === 'chart' ? (
          <Box sx={{ height }}>
            <BarChart
              height={height}
              skipAnimation
              layout={chart.horizontal ? 'horizontal' : 'vertical'}
              hideLegend={chart.series.length < 2}
              margin={{ left: 4, right: 12, top: 8, bottom: 4 }}
              series={chart.series.map((s) => ({
                id: s.key,
                label: s.label,
                data: s.figures.map((f) => (money ? f.value / FEN_PER_YUAN : f.value)),
                ...(chart.stacked && { stack: 'total' }),
                valueFormatter: (v: number | null) => (v === null ? '' : money ? formatYuan(v * FEN_PER_YUAN, language) : formatCount(v, language)),
              }))}
              {...(chart.horizontal
                ? {
                    yAxis: [{ scaleType: 'band' as const, data: [...chart.categories], width: 110 }],
                    xAxis: [{ height: 24, valueFormatter: (v: number) => (money ? formatYuanCompact(v * FEN_PER_YUAN, language) : formatCount(v, language)) }],
                  }
                : {
                    xAxis: [{ scaleType: 'band' as const, data: [...chart.categories], height: 28 }],
                    yAxis: [{ width: 48, valueFormatter: (v: number) => (money ? formatYuanCompact(v * FEN_PER_YUAN, language) : formatCount(v, language)) }],
                  })}
              onItemClick={(_, item) => open(chart.series.findIndex((s) => s.key === item.seriesId), item.dataIndex)}
            />
          </Box>
        ) : (
          <Box sx={{ maxHeight: Math.max(height, 260), overflow: 'auto' }}>
            <Table size="small" aria-label={chart.title} data-testid={`chart-${chart.key}-table`}>
              <TableHead>
                <TableRow>
                  <TableCell />
                  {chart.series.map((s) => (
                    <TableCell key={s.key} align="right">
                      {s.label}
                    </TableCell>
                  ))}
                  {chart.series.length > 1 && <TableCell align="right">{t('common.total')}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {chart.categories.map((category, ci) => (
                  <TableRow key={category}>
                    <TableCell component="th" scope="row">
                      {category}
                    </TableCell>
                    {chart.series.map((s, si) => (
                      <TableCell key={s.key} align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        <Link component="button" onClick={() => open(si, ci)} disabled={s.figures[ci]!.ids.length === 0}>
                          {show(s.figures[ci]!.value)}
                        </Link>
                      </TableCell>
                    ))}
                    {chart.series.length > 1 && (
                      <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                        {show(chart.series.reduce((sum, s) => sum + s.figures[ci]!.value, 0))}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
