/**
 * The builder's toolbar, kept in view while scrolling: start from a template, the issue count, preview,
 * xlsx export / import, save as template, discard and Save. On screens narrower than the xl breakpoint the
 * secondary actions show their icon only (with the label as tooltip and accessible name) so that Save stays on
 * the same line.
 */
import type { ReactElement, ReactNode } from 'react';
import { Box, Button, Chip, CircularProgress, Paper, Tooltip, Typography } from '@mui/material';
import BookmarkAddOutlinedIcon from '@mui/icons-material/BookmarkAddOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlineOutlined';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlinedIcon from '@mui/icons-material/FileUploadOutlined';
import PreviewOutlinedIcon from '@mui/icons-material/PreviewOutlined';
import SaveOutlinedIcon from '@mui/icons-material/SaveOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useTranslation } from 'react-i18next';

export interface RubricToolbarProps {
  readonly templateMenu: ReactNode;
  readonly issueCount: number;
  readonly onIssuesClick: (anchor: HTMLElement) => void;
  readonly readOnly: boolean;
  readonly dirty: boolean;
  readonly saving: boolean;
  readonly xlsxBusy: 'export' | 'import' | null;
  readonly onSave: () => void;
  readonly onDiscard: () => void;
  readonly onPreview: () => void;
  readonly onExport: () => void;
  readonly onImport: () => void;
  readonly onSaveAsTemplate: () => void;
}

function ActionButton({ label, icon, onClick, disabled = false, testId }: { label: string; icon: ReactElement; onClick: () => void; disabled?: boolean; testId: string }) {
  return (
    <Tooltip title={label}>
      <span>
        <Button
          size="small"
          startIcon={icon}
          onClick={onClick}
          disabled={disabled}
          aria-label={label}
          data-testid={testId}
          sx={{ minWidth: 0, '& .MuiButton-startIcon': { mr: { xs: 0, xl: 1 }, ml: { xs: 0, xl: -0.5 } } }}
        >
          <Box component="span" sx={{ display: { xs: 'none', xl: 'inline' } }}>
            {label}
          </Box>
        </Button>
      </span>
    </Tooltip>
  );
}

export function RubricToolbar(props: RubricToolbarProps) {
  const { t } = useTranslation();
  const { issueCount, readOnly, dirty, saving, xlsxBusy } = props;
  const spinner = <CircularProgress size={16} />;

  return (
    <Paper
      variant="outlined"
      // Sticks right under the app bar (the toolbar height: 56 px, 64 px from the sm breakpoint).
      sx={(theme) => ({
        position: 'sticky',
        top: 56,
        [theme.breakpoints.up('sm')]: { top: 64 },
        zIndex: 3,
        p: 1.5,
        mb: 2,
        display: 'flex',
        gap: 1.5,
        alignItems: 'center',
        flexWrap: 'wrap',
        boxShadow: '0 2px 6px rgba(0,0,0,0.06)',
      })}
    >
      {props.templateMenu}
      <Chip
        data-testid="rubric-issues"
        clickable={issueCount > 0}
        onClick={issueCount > 0 ? (e) => props.onIssuesClick(e.currentTarget) : undefined}
        color={issueCount === 0 ? 'success' : 'warning'}
        icon={issueCount === 0 ? <CheckCircleOutlineIcon /> : <WarningAmberIcon />}
        label={issueCount === 0 ? t('rubric.noIssues') : t('rubric.issueCount', { count: issueCount })}
        aria-label={issueCount === 0 ? t('rubric.noIssues') : t('rubric.showIssues', { count: issueCount })}
      />
      {dirty && (
        <Typography variant="body2" color="warning.dark" data-testid="rubric-dirty">
          {t('rubric.unsaved')}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', ml: 'auto', flexWrap: 'wrap', justifyContent: 'flex-end' }}>
        <ActionButton label={t('rubric.actions.preview')} icon={<PreviewOutlinedIcon />} onClick={props.onPreview} testId="rubric-preview" />
        <ActionButton
          label={t('rubric.actions.export')}
          icon={xlsxBusy === 'export' ? spinner : <FileDownloadOutlinedIcon />}
          disabled={xlsxBusy !== null}
          onClick={props.onExport}
          testId="rubric-export-xlsx"
        />
        <ActionButton
          label={t('rubric.actions.import')}
          icon={xlsxBusy === 'import' ? spinner : <FileUploadOutlinedIcon />}
          disabled={readOnly || xlsxBusy !== null}
          onClick={props.onImport}
          testId="rubric-import-xlsx"
        />
        <ActionButton label={t('rubric.actions.saveAsTemplate')} icon={<BookmarkAddOutlinedIcon />} onClick={props.onSaveAsTemplate} testId="rubric-save-as-template" />
        <Button size="small" color="inherit" disabled={readOnly || !dirty || saving} onClick={props.onDiscard} data-testid="rubric-discard" sx={{ ml: 1 }}>
          {t('rubric.actions.discard')}
        </Button>
        <Button
          variant="contained"
          startIcon={saving ? <CircularProgress size={16} color="inherit" /> : <SaveOutlinedIcon />}
          disabled={readOnly || !dirty || saving}
          onClick={props.onSave}
          data-testid="rubric-save"
          title={t('rubric.saveShortcut')}
        >
          {t('rubric.actions.save')}
        </Button>
      </Box>
    </Paper>
  );
}
