/** The report's charts as the files show them: the same SVG, as images (data: URLs are allowed by the app's CSP). */
import { Box } from '@mui/material';
import type { ChartImage } from '../../../../shared/reports/reportText';

export const chartDataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Resolves once every chart image is decoded, so a print taken then has the charts on it. */
export async function decodeCharts(charts: readonly ChartImage[]): Promise<void> {
  await Promise.all(
    charts.map(async (c) => {
      const image = new Image();
      image.src = chartDataUrl(c.svg);
      await image.decode().catch(() => undefined);
    }),
  );
}

export function ChartImages({ charts, columns = 2 }: { charts: readonly ChartImage[]; columns?: 1 | 2 }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: columns === 2 ? { xs: '1fr', md: '1fr 1fr' } : '1fr', gap: 2 }}>
      {charts.map((c) => (
        <Box key={c.key} className="print-avoid-break" data-testid={`report-chart-${c.key}`} sx={{ textAlign: 'center' }}>
          <img src={chartDataUrl(c.svg)} alt={c.title} style={{ maxWidth: '100%', height: 'auto' }} width={c.width} height={c.height} />
        </Box>
      ))}
    </Box>
  );
}
