/**
 * Results as CSV (UTF-8 with BOM so Excel and WPS read Chinese): one row per entry with id, code, status, rank,
 * total, award, then one column per part and per module (headed by their ids). Text cells that could be taken
 * for a formula are neutralised.
 */
import { neutraliseCellText } from '../competitions/xlsx/cellValue';
import type { ResultsTableRow } from './resultsReport';

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseCellText(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function resultsCsv(rows: readonly ResultsTableRow[], partIds: readonly string[], moduleIds: readonly string[]): string {
  const header = ['id', 'code', 'name', 'status', 'unranked_reason', 'rank', 'total', 'award', ...partIds.map((p) => `part:${p}`), ...moduleIds.map((m) => `module:${m}`)];
  const lines = rows.map((r) =>
    [r.id, r.code, r.name, r.status, r.unrankedReason, r.rank, r.total, r.award, ...partIds.map((p) => r.parts[p] ?? ''), ...moduleIds.map((m) => r.modules[m] ?? '')]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
