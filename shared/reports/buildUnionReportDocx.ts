/**
 * The union annual report as a Word document: A4, Chinese fonts (黑体 headings, 宋体 body), a title, the
 * highlights, the figures table with last year beside them, the charts as PNG images drawn by the caller from
 * reportChartSvgs, then the lists. Money in yuan with two decimals.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { highlightSentence, yuanText, type ReportLabel } from './reportText';
import type { UnionAnnualReport } from './types';

export interface ChartPng {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' };
/** A4 in twentieths of a point, 2.5 cm margins. */
const A4 = { width: 11906, height: 16838, margin: 1418 };

/** Width of the text between the margins, in twentieths of a point. */
const TEXT_WIDTH = A4.width - 2 * A4.margin;

/** A table across the text width; `weights` share it between the columns (equal by default). */
function table(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number> = new Set(), weights: readonly number[] = headers.map(() => 1)): Table {
  const sum = weights.reduce((a, b) => a + b, 0);
  const columnWidths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  const cell = (text: string, column: number, bold = false) =>
    new TableCell({
      children: [new Paragraph({ alignment: rightAligned.has(column) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold, size: 20, font: bold ? HEADING_FONT : BODY_FONT })] })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: [new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }), ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i)) }))],
  });
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, spacing: { before: 280, after: 120 }, children: [new TextRun({ text, font: HEADING_FONT, bold: true, size: level === HeadingLevel.HEADING_1 ? 30 : 26 })] });
const para = (text: string, { indent = true } = {}) =>
  new Paragraph({ spacing: { after: 100, line: 360 }, ...(indent ? { indent: { firstLine: 480 } } : {}), children: [new TextRun({ text, size: 24, font: BODY_FONT })] });

export async function buildUnionReportDocx(report: UnionAnnualReport, charts: readonly ChartPng[], label: ReportLabel): Promise<Uint8Array> {
  const title = label('title', { year: report.year });
  const image = (chart: ChartPng) => {
    const scale = Math.min(1, 560 / chart.width);
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      keepLines: true,
      spacing: { before: 120, after: 120 },
      children: [new ImageRun({ type: 'png', data: chart.png, transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) } })],
    });
  };
  const none = para(label('none'), { indent: false });
  const right = new Set([1, 2, 3]);
  const figureValue = (value: number, money: boolean) => (money ? yuanText(value) : String(value));
  const signed = (delta: number, money: boolean) => `${delta < 0 ? '-' : '+'}${figureValue(Math.abs(delta), money)}`;

  const doc = new Document({
    creator: 'Jiangxin',
    title,
    styles: { default: { document: { run: { font: BODY_FONT, size: 24 } } } },
    sections: [
      {
        properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } } },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: title, font: HEADING_FONT, bold: true, size: 40 })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: label('subtitle', { year: report.year }), font: BODY_FONT, size: 22, color: '555555' })] }),
          heading(label('sections.highlights')),
          ...report.highlights.map((h) => para(highlightSentence(h, label))),
          heading(label('sections.figures')),
          table(
            [label('columns.figure'), label('columns.value', { year: report.year }), ...(report.previousYear !== null ? [label('columns.value', { year: report.previousYear }), label('columns.change')] : [])],
            report.figures.map((f) => [
              label(`figures.${f.key}`) + (f.money ? label('yuanSuffix') : ''),
              figureValue(f.value, f.money),
              ...(report.previousYear !== null ? [f.previous === undefined ? '—' : figureValue(f.previous, f.money), f.previous === undefined ? '—' : signed(f.value - f.previous, f.money)] : []),
            ]),
            right,
            report.previousYear !== null ? [3, 1.4, 1.4, 1.4] : [3, 1.4],
          ),
          heading(label('sections.charts')),
          ...charts.map(image),
          heading(label('sections.competitions')),
          ...report.competitionsByLevel.flatMap((group) =>
            group.competitions.length === 0
              ? []
              : [
                  heading(label('competitionsOfLevel', { level: label(`level.${group.level}`), count: group.competitions.length }), HeadingLevel.HEADING_2),
                  table([label('columns.competition'), label('columns.trade'), label('columns.date'), label('columns.entries')], group.competitions.map((c) => [c.name, c.trade, c.startDate, String(c.entries)]), new Set([3]), [4, 1.6, 1.3, 1]),
                ],
          ),
          heading(label('sections.winners')),
          para(label('winnersNote', { count: report.winners.length })),
          report.winners.some((w) => w.award === 'first')
            ? table(
                [label('columns.name'), label('columns.department'), label('columns.competition'), label('columns.level'), label('columns.award')],
                report.winners.filter((w) => w.award === 'first').map((w) => [w.name, w.department, w.competitionName, label(`level.${w.level}`), label(`award.${w.award}`)]),
                new Set(),
                [1.1, 1.8, 3.4, 1.2, 1.3],
              )
            : none,
          heading(label('sections.studios')),
          report.studios.length > 0
            ? table(
                [label('columns.studio'), label('columns.kind'), label('columns.rating'), label('columns.lead'), label('columns.members'), label('columns.projects'), label('columns.achievements'), label('columns.savingsYuan')],
                report.studios.map((s) => [s.name, label(`studioKind.${s.kind}`), label(`rating.${s.rating}`), s.leadName, String(s.members), String(s.projects), String(s.achievements), yuanText(s.savingsFen)]),
                new Set([4, 5, 6, 7]),
                [3, 1.6, 1, 1, 0.8, 0.9, 0.8, 1.6],
              )
            : none,
          heading(label('sections.projects')),
          report.topProjects.length > 0
            ? table(
                [label('columns.project'), label('columns.studio'), label('columns.stage'), label('columns.fromCompetition'), label('columns.savingsYuan')],
                report.topProjects.map((p) => [p.title, p.studioName, label(`stage.${p.stage}`), p.fromCompetition ? label('yes') : '', yuanText(p.savingsFen)]),
                new Set([4]),
                [3.5, 2.5, 1, 1, 1.6],
              )
            : none,
          heading(label('sections.achievements')),
          report.topAchievements.length > 0
            ? table(
                [label('columns.achievement'), label('columns.kind'), label('columns.studio'), label('columns.savingsYuan')],
                report.topAchievements.map((a) => [a.title, label(`achievementKind.${a.kind}`), a.studioName, yuanText(a.savingsFen)]),
                new Set([3]),
                [3.5, 1.5, 2.5, 1.6],
              )
            : none,
          heading(label('sections.incentives')),
          para(label('incentivesNote', { count: report.incentives.count, people: report.incentives.people, amount: yuanText(report.incentives.amountFen), pending: report.incentives.pending })),
          table(
            [label('columns.kind'), label('columns.count'), label('columns.amountYuan')],
            [
              ...report.incentives.byKind.map((g) => [label(`incentiveKind.${g.key}`), String(g.count), yuanText(g.amountFen)]),
              ...report.incentives.bySource.map((g) => [label(`sourceKind.${g.key}`), String(g.count), yuanText(g.amountFen)]),
              [label('total'), String(report.incentives.count), yuanText(report.incentives.amountFen)],
            ],
            new Set([1, 2]),
            [3, 1, 1.6],
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await (await Packer.toBlob(doc)).arrayBuffer());
}
