/** Order and grouping of the rows in the roster preview: rows to skip first, then rows with warnings, then the rest. */
import type { RosterRow } from '../../../../shared/competitions/roster/types';

export type PreviewRowGroup = 'error' | 'warning' | 'ok';

export function previewRowGroup(row: Pick<RosterRow, 'status' | 'issues'>): PreviewRowGroup {
  if (row.status === 'error') return 'error';
  return row.issues.length > 0 ? 'warning' : 'ok';
}

const GROUP_ORDER: Record<PreviewRowGroup, number> = { error: 0, warning: 1, ok: 2 };

/** Rows to skip first, then rows with warnings, then clean rows; file order within each group. */
export function sortPreviewRows<T extends Pick<RosterRow, 'row' | 'status' | 'issues'>>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => GROUP_ORDER[previewRowGroup(a)] - GROUP_ORDER[previewRowGroup(b)] || a.row - b.row);
}

/** Errors before warnings within a row. */
export function sortIssues<T extends { severity: 'error' | 'warning' }>(issues: readonly T[]): T[] {
  return [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
