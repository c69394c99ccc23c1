/**
 * Results as CSV (UTF-8 with BOM so Excel and WPS read Chinese): one row per entry with id, code, status, rank,
 * total, award, then one column per part and per module (headed by their ids). Text cells that could be taken
 * for a formula are neutralised.
 */
import { neutraliseCellText } from '../competitions/xlsx/cellValue';
import type { ResultsTableRow } from './resultsReport';
import type { TeamTableRow } from './teams/teamTableRows';

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

/**
 * The team ranking as CSV, one row per member so every cell holds one value: the team's columns (team, team_rank,
 * team_total, scoring, award, missing_members) repeat on each of its members' rows, in ranking order.
 */
export function teamsCsv(rows: readonly TeamTableRow[]): string {
  const header = ['team', 'team_rank', 'team_total', 'scoring', 'award', 'missing_members', 'id', 'code', 'name', 'status', 'rank', 'total'];
  const lines = rows.flatMap((t) =>
    t.members.map((m) => [t.team, t.rank, t.total, t.scoring, t.award, t.missingMembers, m.id, m.code, m.name, m.status, m.rank, m.total].map(csvCell).join(',')),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
