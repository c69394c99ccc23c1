/**
 * The rows of a roster preview, virtualised (a file may hold thousands of rows) with measured heights, since a
 * row shows every one of its reasons.
 */
import { useRef } from 'react';
import { Box, Chip, Typography } from '@mui/material';
import ErrorIcon from '@mui/icons-material/Error';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { RosterRow } from '../../../../shared/competitions/roster/types';
import { useLanguage } from '../../../app/useLanguage';
import { previewRowGroup, sortIssues } from './previewRows';
import { rowIssueText } from './rosterMessages';

const ESTIMATED_ROW_HEIGHT = 64;

export function PreviewRowList({ rows, departmentPath }: { rows: readonly RosterRow[]; departmentPath: (id: string) => string }) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the list re-renders on every scroll by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 8,
  });

  if (rows.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ py: 2 }}>
        {t('common.noMatches')}
      </Typography>
    );
  }
  return (
    <Box
      ref={scrollRef}
      role="list"
      aria-label={t('roster.preview.rows')}
      data-testid="roster-preview-rows"
      sx={{ height: 'min(52vh, 520px)', overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <Box
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            sx={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
          >
            <PreviewRowItem row={rows[item.index]!} departmentPath={departmentPath} />
          </Box>
        ))}
      </Box>
    </Box>
  );
}

function PreviewRowItem({ row, departmentPath }: { row: RosterRow; departmentPath: (id: string) => string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const group = previewRowGroup(row);
  const { values } = row;
  const department = row.departmentId ? departmentPath(row.departmentId) : values.department;
  const summary = [
    values.employeeNo,
    department,
    values.team ? t('roster.preview.teamValue', { team: values.team }) : undefined,
    row.person ? t(`roster.preview.person.${row.person.kind}`) : undefined,
  ].filter((v): v is string => Boolean(v));

  return (
    <Box
      role="listitem"
      data-testid={`roster-preview-row-${row.row}`}
      data-status={group}
      sx={{
        display: 'flex',
        gap: 1.5,
        px: 1.5,
        py: 1,
        borderBottom: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: group === 'error' ? 'error.main' : group === 'warning' ? 'warning.main' : 'success.light',
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ width: 72, flexShrink: 0, pt: 0.25 }}>
        {t('roster.preview.rowNumber', { row: row.row })}
      </Typography>
      <Box sx={{ minWidth: 0, flexGrow: 1 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <Chip
            size="small"
            label={t(`roster.preview.outcome.${group}`)}
            color={group === 'error' ? 'error' : group === 'warning' ? 'warning' : 'success'}
            variant={group === 'ok' ? 'outlined' : 'filled'}
          />
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {values.name ?? t('roster.preview.noName')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
            {summary.join(' · ')}
          </Typography>
        </Box>
        {row.issues.length > 0 && (
          <Box component="ul" sx={{ m: 0, mt: 0.5, p: 0, listStyle: 'none' }}>
            {sortIssues(row.issues).map((issue, i) => (
              <Box component="li" key={i} sx={{ display: 'flex', gap: 0.75, alignItems: 'flex-start', fontSize: 14 }}>
                {issue.severity === 'error' ? (
                  <ErrorIcon color="error" sx={{ fontSize: 16, mt: 0.25 }} />
                ) : (
                  <WarningAmberIcon color="warning" sx={{ fontSize: 16, mt: 0.25 }} />
                )}
                <span>{rowIssueText(t, issue, language, departmentPath)}</span>
              </Box>
            ))}
          </Box>
        )}
      </Box>
    </Box>
  );
}
