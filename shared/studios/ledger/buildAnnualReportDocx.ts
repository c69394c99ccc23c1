/**
 * The annual summary of a studio as a Word document (docx): headline figures, charts as PNG images drawn by
 * the caller, and the lists behind the figures (achievements, patents, trainings, promotions).
 */
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { StudioLedger } from './buildStudioLedger';
import { yuanText, type LedgerLabel } from './ledgerLabels';

export interface ReportChart {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

function table(headers: readonly string[], rows: readonly string[][]): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 20 })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 120 } });
const para = (text: string) => new Paragraph({ children: [new TextRun({ text, size: 22 })], spacing: { after: 80 } });

export async function buildAnnualReportDocx(ledger: StudioLedger, charts: readonly ReportChart[], label: LedgerLabel): Promise<Uint8Array> {
  const image = (chart: ReportChart) => {
    const scale = Math.min(1, 600 / chart.width);
    return new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: 'png', data: chart.png, transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) } })] });
  };
  const t = ledger.trainings;
  const doc = new Document({
    creator: 'Jiangxin',
    title: label('reportTitle', { studio: ledger.studioName, year: ledger.year }),
    styles: { default: { document: { run: { font: 'Noto Sans CJK SC' } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: label('reportTitle', { studio: ledger.studioName, year: ledger.year }), heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          heading(label('report.overview')),
          para(label('report.projects', { count: ledger.projects.length })),
          para(label('report.achievements', { count: ledger.achievements.length, patents: ledger.patents.length })),
          para(label('report.benefit', { amount: yuanText(ledger.benefitFen) })),
          para(label('report.trainings', { count: t.count, hours: t.hours, personTimes: t.personTimes, personHours: t.personHours })),
          para(label('report.promotions', { count: ledger.promotions.length })),
          para(label('report.fund', { budget: yuanText(ledger.fund.budgetFen), allocated: yuanText(ledger.fund.allocatedFen), spent: yuanText(ledger.fund.spentFen) })),
          ...charts.map(image),
          heading(label('sheets.achievements')),
          ledger.achievements.length > 0
            ? table([label('columns.title'), label('columns.kind'), label('columns.date'), label('columns.savingsYuan')], ledger.achievements.map((a) => [a.title, label(`kind.${a.kind}`), a.date, yuanText(a.annualSavingsFen)]))
            : para(label('report.none')),
          heading(label('sheets.patents')),
          ledger.patents.length > 0
            ? table([label('columns.title'), label('columns.number'), label('columns.filedOn'), label('columns.status'), label('columns.expiresOn')], ledger.patents.map((p) => [p.title, p.number, p.filedOn, label(`patentStatus.${p.status}`), p.expiresOn]))
            : para(label('report.none')),
          heading(label('sheets.activities')),
          ledger.activities.length > 0
            ? table([label('columns.date'), label('columns.kind'), label('columns.title'), label('columns.hours'), label('columns.attendees')], ledger.activities.map((a) => [a.date, label(`activityKind.${a.kind}`), a.title, String(a.hours), String(a.attendeeIds.length)]))
            : para(label('report.none')),
          heading(label('report.promotionsTitle')),
          ledger.promotions.length > 0 ? table([label('columns.name'), label('columns.grade'), label('columns.date')], ledger.promotions.map((p) => [p.name, label(`grade.${p.grade}`), p.on])) : para(label('report.none')),
        ],
      },
    ],
  });
  return new Uint8Array(await (await Packer.toBlob(doc)).arrayBuffer());
}
