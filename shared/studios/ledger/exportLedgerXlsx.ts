/**
 * The yearly ledger (台账) as an xlsx workbook: a summary sheet, then one sheet each for projects, achievements,
 * patents, activities and the fund. Text cells go through neutraliseCellText; money is yuan with 2 decimals.
 */
import ExcelJS from 'exceljs';
import type { Person } from '../../domain';
import { neutraliseCellText } from '../../competitions/xlsx/cellValue';
import { writeWorkbook } from '../../competitions/xlsx/loadWorkbook';
import type { StudioLedger } from './buildStudioLedger';
import type { LedgerLabel } from './ledgerLabels';

type Cell = string | number;

function sheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], rows: readonly Cell[][], widths: readonly number[]) {
  const ws = workbook.addWorksheet(name);
  ws.columns = headers.map((header, i) => ({ header: neutraliseCellText(header), width: widths[i] ?? 14 }));
  for (const row of rows) ws.addRow(row.map((c) => (typeof c === 'string' ? neutraliseCellText(c) : c)));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  // Printed (and opened in LibreOffice / WPS print preview) one page wide, landscape.
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return ws;
}

/** Yuan as a number for the cell, shown with two decimals by the number format of the money columns. */
const yuan = (fen: number) => fen / 100;
const MONEY = '#,##0.00';

export async function exportLedgerXlsx(ledger: StudioLedger, people: ReadonlyMap<string, Pick<Person, 'name'>>, label: LedgerLabel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiangxin';
  workbook.title = label('fileTitle', { studio: ledger.studioName, year: ledger.year });
  const names = (ids: readonly string[]) => ids.map((id) => people.get(id)?.name ?? '').filter(Boolean).join('、');

  const summary = sheet(workbook, label('sheets.summary'), [label('columns.item'), label('columns.value')], [
    [label('summary.studio'), ledger.studioName],
    [label('summary.year'), ledger.year],
    ...ledger.projectsByStage.map((s): Cell[] => [label('summary.projectsInStage', { stage: label(`stage.${s.stage}`) }), s.ids.length]),
    [label('summary.achievements'), ledger.achievements.length],
    [label('summary.patents'), ledger.patents.length],
    [label('summary.benefitYuan'), yuan(ledger.benefitFen)],
    [label('summary.trainings'), ledger.trainings.count],
    [label('summary.personTimes'), ledger.trainings.personTimes],
    [label('summary.personHours'), ledger.trainings.personHours],
    [label('summary.promotions'), ledger.promotions.length],
    [label('summary.budgetYuan'), yuan(ledger.fund.budgetFen)],
    [label('summary.allocatedYuan'), yuan(ledger.fund.allocatedFen)],
    [label('summary.spentYuan'), yuan(ledger.fund.spentFen)],
  ], [36, 40]);
  summary.getColumn(2).alignment = { horizontal: 'left' };
  const moneyLabels = new Set(['summary.benefitYuan', 'summary.budgetYuan', 'summary.allocatedYuan', 'summary.spentYuan'].map((k) => neutraliseCellText(label(k))));
  summary.eachRow((row) => {
    if (moneyLabels.has(String(row.getCell(1).value))) row.getCell(2).numFmt = MONEY;
  });

  sheet(workbook, label('sheets.projects'), [label('columns.title'), label('columns.stage'), label('columns.start'), label('columns.members'), label('columns.allocatedYuan'), label('columns.spentYuan')],
    ledger.projects.map((p) => [p.title, label(`stage.${p.stage}`), p.startDate, names(p.memberIds), yuan(p.budgetFen), yuan(p.spentFen)]), [40, 10, 12, 36, 14, 14]);
  sheet(workbook, label('sheets.achievements'), [label('columns.title'), label('columns.kind'), label('columns.date'), label('columns.owners'), label('columns.savingsYuan'), label('columns.basis'), label('columns.rolledOutTo')],
    ledger.achievements.map((a) => [a.title, label(`kind.${a.kind}`), a.date, names(a.ownerIds), yuan(a.annualSavingsFen), a.savingsBasis, a.rolledOutTo.join('、')]), [40, 14, 12, 28, 14, 50, 30]);
  sheet(workbook, label('sheets.patents'), [label('columns.title'), label('columns.kind'), label('columns.number'), label('columns.filedOn'), label('columns.status'), label('columns.expiresOn')],
    ledger.patents.map((p) => [p.title, label(`kind.${p.kind}`), p.number, p.filedOn, label(`patentStatus.${p.status}`), p.expiresOn]), [40, 14, 22, 12, 10, 12]);
  sheet(workbook, label('sheets.activities'), [label('columns.date'), label('columns.kind'), label('columns.title'), label('columns.hours'), label('columns.attendees'), label('columns.personHours')],
    ledger.activities.map((a) => [a.date, label(`activityKind.${a.kind}`), a.title, a.hours, a.attendeeIds.length, a.hours * a.attendeeIds.length]), [12, 14, 40, 8, 10, 10]);
  const titles = new Map(ledger.projects.map((p) => [p.id, p.title]));
  sheet(workbook, label('sheets.fund'), [label('columns.title'), label('columns.allocatedYuan'), label('columns.spentYuan')],
    [...ledger.fund.rows.map((r): Cell[] => [titles.get(r.projectId) ?? r.projectId, yuan(r.allocatedFen), yuan(r.spentFen)]), [label('columns.total'), yuan(ledger.fund.allocatedFen), yuan(ledger.fund.spentFen)]], [40, 16, 16]);
  const moneyColumns: Record<string, readonly number[]> = { [label('sheets.projects')]: [5, 6], [label('sheets.achievements')]: [5], [label('sheets.fund')]: [2, 3] };
  for (const [name, columns] of Object.entries(moneyColumns)) for (const c of columns) workbook.getWorksheet(name)!.getColumn(c).numFmt = MONEY;
  return writeWorkbook(workbook);
}
