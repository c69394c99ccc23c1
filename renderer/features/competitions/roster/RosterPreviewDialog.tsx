/**
 * The preview of a roster file before anything is written: how many rows will be imported and skipped, every
 * row with every reason (rows to skip first), and the choice to import the good rows or pick a corrected file.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useTranslation } from 'react-i18next';
import type { RosterPreviewOk } from '../../../../shared/competitions/roster/types';
import { useLanguage } from '../../../app/useLanguage';
import { PreviewRowList } from './PreviewRowList';
import { previewRowGroup, sortPreviewRows, type PreviewRowGroup } from './previewRows';
import { fieldLabel } from './rosterMessages';

type Filter = 'all' | PreviewRowGroup;

export function RosterPreviewDialog({
  fileName,
  preview,
  teamBased,
  busy,
  refreshed,
  writeError,
  lockedReason,
  departmentPath,
  onConfirm,
  onReimport,
  onClose,
}: {
  fileName: string;
  preview: RosterPreviewOk;
  teamBased: boolean;
  busy: boolean;
  refreshed: boolean;
  writeError?: string | undefined;
  /** Set when the roster can no longer be changed (the status moved on while the preview was open). */
  lockedReason?: string | undefined;
  departmentPath: (id: string) => string;
  onConfirm: () => void;
  onReimport: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filter, setFilter] = useState<Filter>('all');
  const sorted = useMemo(() => sortPreviewRows(preview.rows), [preview.rows]);
  const rows = useMemo(() => (filter === 'all' ? sorted : sorted.filter((r) => previewRowGroup(r) === filter)), [sorted, filter]);
  const { counts } = preview;
  const list = (values: readonly string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(values);
  // The header as written, when it is not simply the column's own name (工号 vs 员工编号).
  const columnText = (field: string, header: string) =>
    header.trim().toLowerCase() === field.toLowerCase() ? field : t('roster.preview.columnAs', { field, header });
  const teamSizes = preview.teams.map((team) => t('roster.preview.teamSize', { team: team.name, count: team.rows.length }));

  const details = [
    preview.format === 'xlsx'
      ? t('roster.preview.formatXlsx', { sheet: preview.sheetName ?? '' })
      : t('roster.preview.formatCsv', { encoding: (preview.encoding ?? 'utf-8').toUpperCase() }),
    t('roster.preview.headerRow', { row: preview.headerRow }),
    t('roster.preview.columns', { columns: list(preview.columns.map((c) => columnText(fieldLabel(t, c.field), c.header))) }),
    ...(preview.ignoredHeaders.length > 0 ? [t('roster.preview.ignored', { columns: list(preview.ignoredHeaders) })] : []),
  ];

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="lg" data-testid="roster-preview" aria-labelledby="roster-preview-title">
      <DialogTitle id="roster-preview-title">
        {t('roster.preview.title')}
        <Typography variant="body2" color="text.secondary" component="div" sx={{ wordBreak: 'break-all' }}>
          {fileName}
        </Typography>
      </DialogTitle>
      <DialogContent dividers>
        <Stack spacing={1.5}>
          <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', alignItems: 'center' }}>
            <Typography sx={{ display: 'flex', alignItems: 'center', gap: 0.75, fontWeight: 600, color: 'success.main' }} data-testid="roster-preview-ok-count">
              <CheckCircleIcon fontSize="small" />
              {t('roster.preview.okCount', { count: counts.ok })}
            </Typography>
            <Typography
              sx={{ display: 'flex', alignItems: 'center', gap: 0.75, fontWeight: 600, color: counts.error > 0 ? 'error.main' : 'text.secondary' }}
              data-testid="roster-preview-bad-count"
            >
              <ErrorIcon fontSize="small" />
              {t('roster.preview.badCount', { count: counts.error })}
            </Typography>
            {counts.warning > 0 && (
              <Typography sx={{ display: 'flex', alignItems: 'center', gap: 0.75, color: 'warning.dark' }}>
                <WarningAmberIcon fontSize="small" />
                {t('roster.preview.warningCount', { count: counts.warning })}
              </Typography>
            )}
          </Box>
          <Typography variant="body2">
            {t('roster.preview.people', { newPeople: counts.newPeople, existing: counts.existingPeople })}
            {teamBased && preview.teams.length > 0 && ` ${t('roster.preview.teams', { count: preview.teams.length, teams: list(teamSizes) })}`}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {details.join(' · ')}
          </Typography>
          {counts.error > 0 && <Alert severity="warning">{t(counts.ok > 0 ? 'roster.preview.skipNote' : 'roster.preview.nothingToImport')}</Alert>}
          {refreshed && <Alert severity="info">{t('roster.preview.refreshed')}</Alert>}
          {writeError && <Alert severity="error">{t('roster.preview.writeFailed', { message: writeError })}</Alert>}
          {lockedReason && <Alert severity="info">{lockedReason}</Alert>}
          <ToggleButtonGroup size="small" exclusive value={filter} onChange={(_e, value: Filter | null) => value && setFilter(value)} aria-label={t('roster.preview.filter')}>
            <ToggleButton value="all">{t('roster.preview.filterAll', { count: counts.rows })}</ToggleButton>
            <ToggleButton value="error">{t('roster.preview.filterError', { count: counts.error })}</ToggleButton>
            <ToggleButton value="warning">{t('roster.preview.filterWarning', { count: counts.warning })}</ToggleButton>
            <ToggleButton value="ok">{t('roster.preview.filterOk', { count: counts.ok - counts.warning })}</ToggleButton>
          </ToggleButtonGroup>
          <PreviewRowList rows={rows} departmentPath={departmentPath} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {t('common.cancel')}
        </Button>
        <Button onClick={onReimport} disabled={busy} data-testid="roster-preview-reimport">
          {t('roster.preview.reimport')}
        </Button>
        <Button
          variant="contained"
          onClick={onConfirm}
          disabled={busy || counts.ok === 0 || lockedReason !== undefined}
          data-testid="roster-preview-confirm"
          startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
        >
          {counts.error > 0 ? t('roster.preview.confirmSkipping', { count: counts.ok, skipped: counts.error }) : t('roster.preview.confirm', { count: counts.ok })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
