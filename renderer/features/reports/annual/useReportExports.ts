/**
 * Saves the union annual report: .docx (charts rasterised to PNG in the renderer, which works the same in
 * Electron and the web build), the raw figures .xlsx, and the PDF printed from /print/union-report/:year — all
 * through the platform (the main process's save dialog on the desktop, a download or the print dialog in a browser).
 */
import { useTranslation } from 'react-i18next';
import type { UnionAnnualReport } from '../../../../shared/reports/types';
import { reportChartSvgs } from '../../../../shared/reports/reportText';
import { getPlatform, type SavedFile } from '../../../platform';
import { safeFileName } from '../../competitions/printables/printRoutes';
import { svgToPng } from '../../studios/exports/svgToPng';
import { useReportLabel } from '../useReportLabel';

export const unionReportPrintRoute = (year: number) => `/print/union-report/${year}`;

export function useReportExports() {
  const { t } = useTranslation();
  const label = useReportLabel();
  const name = (key: 'fileName' | 'dataFileName', year: number, ext: string) => `${safeFileName(t(`reporting.annual.${key}`, { year }))}.${ext}`;
  return {
    async docx(report: UnionAnnualReport): Promise<SavedFile | null> {
      const { buildUnionReportDocx } = await import('../../../../shared/reports/buildUnionReportDocx');
      const charts = await Promise.all(reportChartSvgs(report, label).map(async (c) => ({ png: await svgToPng(c.svg, c.width, c.height), width: c.width, height: c.height })));
      const bytes = await buildUnionReportDocx(report, charts, label);
      return getPlatform().saveFile({ suggestedName: name('fileName', report.year, 'docx'), bytes, filters: [{ name: 'Word', extensions: ['docx'] }] });
    },
    async xlsx(report: UnionAnnualReport): Promise<SavedFile | null> {
      const { buildUnionReportWorkbook } = await import('../../../../shared/reports/buildUnionReportWorkbook');
      const bytes = await buildUnionReportWorkbook(report, label);
      return getPlatform().saveFile({ suggestedName: name('dataFileName', report.year, 'xlsx'), bytes, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    },
    /** Desktop: a PDF file; browser: the print view opens in a tab with the print dialog (returns null then). */
    async pdf(year: number): Promise<SavedFile | null> {
      const platform = getPlatform();
      const saved = await platform.printToPdf({ route: unionReportPrintRoute(year), suggestedName: name('fileName', year, 'pdf') });
      return platform.kind === 'browser' ? null : saved;
    },
  };
}
