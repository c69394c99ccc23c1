/**
 * A virtualised table for long lists (people, entries, projects): only the visible rows are in the DOM, so
 * 10,000 rows scroll as smoothly as 10. Columns are a CSS grid; the header stays put.
 */
import { useRef, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';

export interface Column<T> {
  readonly key: string;
  readonly header: string;
  /** A CSS grid track size, e.g. "2fr" or "120px". */
  readonly width: string;
  readonly render: (row: T) => ReactNode;
  readonly align?: 'left' | 'right';
}

const ROW_HEIGHT = 40;

export function VirtualTable<T>({
  rows,
  columns,
  rowKey,
  maxHeight,
  testId,
  onRowClick,
  label,
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** CSS max height of the table; by default it fills the window below the page header. */
  maxHeight?: number | string;
  testId?: string;
  onRowClick?: (row: T) => void;
  label: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the table re-renders on every scroll by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    // The sticky header sits above the rows inside the same scroll container.
    scrollMargin: ROW_HEIGHT,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = columns.map((c) => c.width).join(' ');

  return (
    <Box
      ref={scrollRef}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      data-testid={testId}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper', overflow: 'auto', height: (rows.length + 1) * ROW_HEIGHT + 2, maxHeight: maxHeight ?? 'calc(100vh - 210px)', minHeight: ROW_HEIGHT * 2 }}
    >
      {/* The header lives in the scroll container so its columns line up with the rows whatever the scrollbar. */}
      <Box role="row" sx={{ display: 'grid', gridTemplateColumns: template, borderBottom: 1, borderColor: 'divider', bgcolor: 'grey.50', position: 'sticky', top: 0, zIndex: 1, height: ROW_HEIGHT, alignItems: 'center' }}>
        {columns.map((column) => (
          <Typography key={column.key} role="columnheader" variant="subtitle2" sx={{ px: 1.5, textAlign: column.align ?? 'left' }} noWrap>
            {column.header}
          </Typography>
        ))}
      </Box>
      <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as T;
          return (
            <Box
              key={rowKey(row)}
              role="row"
              aria-rowindex={item.index + 2}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
              // The offset goes through style: in sx every scroll position would make a new CSS class.
              style={{ transform: `translateY(${item.start - ROW_HEIGHT}px)` }}
              sx={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                display: 'grid',
                gridTemplateColumns: template,
                alignItems: 'center',
                borderBottom: 1,
                borderColor: 'divider',
                cursor: onRowClick ? 'pointer' : 'default',
                '&:hover': { bgcolor: 'action.hover' },
              }}
            >
              {columns.map((column) => (
                <Box key={column.key} role="cell" sx={{ px: 1.5, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', textAlign: column.align ?? 'left', fontSize: 14 }}>
                  {column.render(row)}
                </Box>
              ))}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
