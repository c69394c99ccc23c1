/**
 * The incentives ledger as an xlsx workbook: the filtered rows with who, what, from where, how much and the
 * approval, then a summary by kind and status with sums, and one row per person with what they received. Rows arrive resolved (names, labels) from the caller,
 * in the user's language; text cells go through neutraliseCellText (see ../reports/addSheet.ts).
 */
import ExcelJS from 'exceljs';
import { writeWorkbook } from '../competitions/xlsx/loadWorkbook';
import { addSheet, yuanCell, type SheetCell } from '../reports/addSheet';

export interface IncentiveLedgerRow {
  readonly year: number;
  readonly grantedOn: string;
  readonly personName: string;
  readonly employeeNo: string;
  readonly department: string;
  readonly kind: string;
  readonly sourceKind: string;
  readonly sourceName: string;
  readonly description: string;
  readonly amountFen: number;
  readonly status: string;
  readonly decidedBy: string;
  readonly decidedOn: string;
}

export type IncentivesLabel = (key: string, params?: Record<string, string | number>) => string;

const COLUMNS = ['year', 'grantedOn', 'person', 'employeeNo', 'department', 'kind', 'sourceKind', 'source', 'description', 'amountYuan', 'status', 'decidedBy', 'decidedOn'] as const;

export async function buildIncentivesWorkbook(rows: readonly IncentiveLedgerRow[], label: IncentivesLabel, title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jiangxin';
  workbook.title = title;
  const total = rows.reduce((sum, r) => sum + r.amountFen, 0);
  addSheet(workbook, {
    name: label('sheetLedger'),
    headers: COLUMNS.map((c) => label(`columns.${c}`)),
    rows: [
      ...rows.map((r): SheetCell[] => [r.year, r.grantedOn, r.personName, r.employeeNo, r.department, r.kind, r.sourceKind, r.sourceName, r.description, yuanCell(r.amountFen), r.status, r.decidedBy, r.decidedOn]),
      [label('total'), '', '', '', '', '', '', '', label('rowCount', { count: rows.length }), yuanCell(total), '', '', ''],
    ],
    widths: [6, 11, 9, 9, 14, 10, 10, 30, 34, 12, 8, 9, 11],
    moneyColumns: [10],
  });

  const groups = new Map<string, { kind: string; status: string; count: number; fen: number }>();
  for (const r of rows) {
    const key = `${r.kind}|${r.status}`;
    const group = groups.get(key) ?? { kind: r.kind, status: r.status, count: 0, fen: 0 };
    group.count += 1;
    group.fen += r.amountFen;
    groups.set(key, group);
  }
  const summary = [...groups.values()].sort((a, b) => (a.kind === b.kind ? a.status.localeCompare(b.status) : a.kind.localeCompare(b.kind)));
  addSheet(workbook, {
    name: label('sheetSummary'),
    headers: [label('columns.kind'), label('columns.status'), label('columns.count'), label('columns.amountYuan')],
    rows: [...summary.map((g): SheetCell[] => [g.kind, g.status, g.count, yuanCell(g.fen)]), [label('total'), '', rows.length, yuanCell(total)]],
    widths: [16, 10, 10, 16],
    moneyColumns: [4],
    landscape: false,
  });

  // Per person: what each one received, the money and how many promotion recommendations and titles.
  const people = new Map<string, { name: string; employeeNo: string; department: string; count: number; fen: number; kinds: Map<string, number> }>();
  for (const r of rows) {
    const key = r.employeeNo || r.personName;
    const person = people.get(key) ?? { name: r.personName, employeeNo: r.employeeNo, department: r.department, count: 0, fen: 0, kinds: new Map<string, number>() };
    person.count += 1;
    person.fen += r.amountFen;
    person.kinds.set(r.kind, (person.kinds.get(r.kind) ?? 0) + 1);
    people.set(key, person);
  }
  const kinds = [...new Set(rows.map((r) => r.kind))].sort();
  addSheet(workbook, {
    name: label('sheetPeople'),
    headers: [label('columns.person'), label('columns.employeeNo'), label('columns.department'), ...kinds, label('columns.count'), label('columns.amountYuan')],
    rows: [...people.values()]
      .sort((a, b) => b.fen - a.fen || a.employeeNo.localeCompare(b.employeeNo))
      .map((p): SheetCell[] => [p.name, p.employeeNo, p.department, ...kinds.map((k) => p.kinds.get(k) ?? 0), p.count, yuanCell(p.fen)]),
    widths: [10, 12, 20, ...kinds.map(() => 12), 8, 14],
    moneyColumns: [kinds.length + 5],
    landscape: false,
  });
  return writeWorkbook(workbook);
}
