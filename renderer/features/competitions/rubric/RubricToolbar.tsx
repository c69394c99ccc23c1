/**
 * The builder's toolbar, kept in view while scrolling: start from a template, the issue count, preview,
 * xlsx export / import, save as template, discard and Save.
 */
import type { ReactNode } from 'react';
import { Box, Button, Chip, CircularProgress, Paper, Typography } from '@mui/material';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import FileDownloadOutlinedIcon from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlinedIcon from '@mui/icons-material/FileUploadOutlined';
import BookmarkAddOutlinedIcon from '@mui/icons-material/BookmarkAddOutlined';
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

export function RubricToolbar(props: RubricToolbarProps) {
  const { t } = useTranslation();
  const { issueCount, readOnly, dirty, saving, xlsxBusy } = props;
  const spinner = <CircularProgress size={16} />;

  return (
    <Paper
      variant="outlined"
      sx={{ position: 'sticky', top: 56, zIndex: 3, p: 1.5, mb: 2, display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap' }}
    >
      {!readOnly && props.templateMenu}
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
        <Typography variant="body2" color="text.secondary" data-testid="rubric-dirty">
          {t('rubric.unsaved')}
        </Typography>
      )}
      <Box sx={{ flexGrow: 1 }} />
      <Button size="small" startIcon={<PreviewOutlinedIcon />} onClick={props.onPreview} data-testid="rubric-preview">
        {t('rubric.actions.preview')}
      </Button>
      <Button
        size="small"
        startIcon={xlsxBusy === 'export' ? spinner : <FileDownloadOutlinedIcon />}
        disabled={xlsxBusy !== null}
        onClick={props.onExport}
        data-testid="rubric-export-xlsx"
      >
        {t('rubric.actions.export')}
      </Button>
      {!readOnly && (
        <Button
          size="small"
          startIcon={xlsxBusy === 'import' ? spinner : <FileUploadOutlinedIcon />}
          disabled={xlsxBusy !== null}
          onClick={props.onImport}
          data-testid="rubric-import-xlsx"
        >
          {t('rubric.actions.import')}
        </Button>
      )}
      <Button size="small" startIcon={<BookmarkAddOutlinedIcon />} onClick={props.onSaveAsTemplate} data-testid="rubric-save-as-template">
        {t('rubric.actions.saveAsTemplate')}
      </Button>
      {!readOnly && (
        <>
          <Button size="small" color="inherit" disabled={!dirty || saving} onClick={props.onDiscard} data-testid="rubric-discard">
            {t('rubric.actions.discard')}
          </Button>
          <Button
            variant="contained"
            startIcon={saving ? <CircularProgress size={16} color="inherit" /> : <SaveOutlinedIcon />}
            disabled={!dirty || saving}
            onClick={props.onSave}
            data-testid="rubric-save"
            title={t('rubric.saveShortcut')}
          >
            {t('rubric.actions.save')}
          </Button>
        </>
      )}
    </Paper>
  );
}
