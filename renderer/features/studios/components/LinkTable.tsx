/**
 * A small table for a detail page's related records (a studio's projects, a person's awards): every row leads
 * to its record, and cells wrap so long values stay readable. Long lists use the virtualised VirtualTable.
 */
import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useNavigate } from 'react-router';

export interface LinkColumn<T> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: T) => ReactNode;
  readonly align?: 'left' | 'right';
  readonly width?: number | string;
}

/** Columns that hold dates and years never wrap (a date broken at its hyphens is hard to read). */
const NOWRAP_KEYS = new Set(['at', 'date', 'start', 'due', 'doneOn', 'when', 'year', 'remind', 'grace', 'no']);

export function LinkTable<T>({
  rows,
  columns,
  rowKey,
  rowPath,
  empty,
  testId,
  label,
}: {
  rows: readonly T[];
  columns: readonly LinkColumn<T>[];
  rowKey: (row: T) => string;
  /** Where a click on the row goes; undefined for rows with no page. */
  rowPath?: (row: T) => string | undefined;
  empty: string;
  testId?: string;
  label: string;
}) {
  const navigate = useNavigate();
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {empty}
      </Typography>
    );
  }
  return (
    <Table size="small" data-testid={testId} aria-label={label}>
      <TableHead>
        <TableRow>
          {columns.map((c) => (
            <TableCell key={c.key} align={c.align ?? 'left'} sx={{ width: c.width, fontWeight: 600, whiteSpace: 'nowrap' }}>
              {c.header}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const path = rowPath?.(row);
          return (
            <TableRow key={rowKey(row)} hover={Boolean(path)} onClick={path ? () => navigate(path) : undefined} sx={{ cursor: path ? 'pointer' : 'default' }}>
              {columns.map((c) => (
                <TableCell key={c.key} align={c.align ?? 'left'} sx={{ overflowWrap: 'break-word', whiteSpace: NOWRAP_KEYS.has(c.key) ? 'nowrap' : undefined }}>
                  {c.render(row)}
                </TableCell>
              ))}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
