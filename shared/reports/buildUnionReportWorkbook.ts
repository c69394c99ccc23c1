/**
 * The union annual report's raw figures as an xlsx workbook: the figures (this year, last year, change), each
 * chart's series, and the lists in full (competitions, every award winner, studios, top projects and achievements,
 * rewards by kind and source). Money in yuan with two decimals; text through neutraliseCellText.
 */
import ExcelJS from 'exceljs';
import { writeWorkbook } from '../competitions/xlsx/loadWorkbook';
import { addSheet, yuanCell, type SheetCell } from './addSheet';
import type { ReportLabel } from './reportText';
import type { UnionAnnualReport } from './types';

export async function buildUnionReportWorkbook(report: UnionAnnualReport, label: ReportLabel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiangxin';
  workbook.title = label('title', { year: report.year });
  const hasPrevious = report.previousYear !== null;
  const money = (value: number, isMoney: boolean) => (isMoney ? yuanCell(value) : value);

  const figures = addSheet(workbook, {
    name: label('sheets.figures'),
    headers: [label('columns.figure'), label('columns.value', { year: report.year }), ...(hasPrevious ? [label('columns.value', { year: report.previousYear! }), label('columns.change')] : [])],
    rows: report.figures.map((f): SheetCell[] => [
      label(`figures.${f.key}`) + (f.money ? label('yuanSuffix') : ''),
      money(f.value, f.money),
      ...(hasPrevious ? (f.previous === undefined ? ['', ''] : [money(f.previous, f.money), money(f.value - f.previous, f.money)]) : []),
    ]),
    widths: [40, 18, 18, 18],
    landscape: false,
  });
  report.figures.forEach((f, i) => {
    if (!f.money) return;
    for (const c of [2, 3, 4]) figures.getRow(i + 2).getCell(c).numFmt = '#,##0.00';
  });

  addSheet(workbook, {
    name: label('sheets.charts'),
    headers: [label('columns.chart'), label('columns.category'), label('columns.count')],
    rows: report.charts.flatMap((c) => c.bars.map((b): SheetCell[] => [label(`charts.${c.key}`, { year: report.year }), label(b.labelKey), b.value])),
    widths: [30, 24, 10],
    landscape: false,
  });
  addSheet(workbook, {
    name: label('sheets.competitions'),
    headers: [label('columns.level'), label('columns.competition'), label('columns.trade'), label('columns.date'), label('columns.entries')],
    rows: report.competitionsByLevel.flatMap((g) => g.competitions.map((c): SheetCell[] => [label(`level.${c.level}`), c.name, c.trade, c.startDate, c.entries])),
    widths: [10, 44, 16, 12, 10],
  });
  addSheet(workbook, {
    name: label('sheets.winners'),
    headers: [label('columns.name'), label('columns.department'), label('columns.competition'), label('columns.level'), label('columns.award')],
    rows: report.winners.map((w): SheetCell[] => [w.name, w.department, w.competitionName, label(`level.${w.level}`), label(`award.${w.award}`)]),
    widths: [12, 24, 44, 10, 10],
  });
  addSheet(workbook, {
    name: label('sheets.studios'),
    headers: [label('columns.studio'), label('columns.kind'), label('columns.rating'), label('columns.lead'), label('columns.members'), label('columns.projects'), label('columns.achievements'), label('columns.savingsYuan')],
    rows: report.studios.map((s): SheetCell[] => [s.name, label(`studioKind.${s.kind}`), label(`rating.${s.rating}`), s.leadName, s.members, s.projects, s.achievements, yuanCell(s.savingsFen)]),
    widths: [34, 18, 10, 10, 8, 8, 8, 16],
    moneyColumns: [8],
  });
  addSheet(workbook, {
    name: label('sheets.projects'),
    headers: [label('columns.project'), label('columns.studio'), label('columns.stage'), label('columns.fromCompetition'), label('columns.savingsYuan')],
    rows: report.topProjects.map((p): SheetCell[] => [p.title, p.studioName, label(`stage.${p.stage}`), p.fromCompetition ? label('yes') : '', yuanCell(p.savingsFen)]),
    widths: [40, 30, 12, 12, 16],
    moneyColumns: [5],
  });
  addSheet(workbook, {
    name: label('sheets.achievements'),
    headers: [label('columns.achievement'), label('columns.kind'), label('columns.studio'), label('columns.savingsYuan')],
    rows: report.topAchievements.map((a): SheetCell[] => [a.title, label(`achievementKind.${a.kind}`), a.studioName, yuanCell(a.savingsFen)]),
    widths: [40, 16, 30, 16],
    moneyColumns: [4],
  });
  addSheet(workbook, {
    name: label('sheets.incentives'),
    headers: [label('columns.group'), label('columns.count'), label('columns.amountYuan')],
    rows: [
      ...report.incentives.byKind.map((g): SheetCell[] => [label(`incentiveKind.${g.key}`), g.count, yuanCell(g.amountFen)]),
      ...report.incentives.bySource.map((g): SheetCell[] => [label(`sourceKind.${g.key}`), g.count, yuanCell(g.amountFen)]),
      [label('total'), report.incentives.count, yuanCell(report.incentives.amountFen)],
      [label('pending'), report.incentives.pending, ''],
    ],
    widths: [24, 10, 16],
    moneyColumns: [3],
    landscape: false,
  });
  return writeWorkbook(workbook);
}
