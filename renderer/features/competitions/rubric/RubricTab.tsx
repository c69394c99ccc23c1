/**
 * The rubric builder (评分细则): organisers design parts, modules and items, the tie-break chain and the award
 * rule, with live validation next to each field, a preview of the judges' score sheet, templates and xlsx
 * import / export. Edits stay local until Save; the rubric is read-only once the competition is drawn.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, Paper, Snackbar, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../shared/domain';
import { useLiveRecords } from '../../../db/useLiveRecords';
import type { CompetitionTabProps } from '../CompetitionDetailPage';
import { AwardRuleEditor } from './AwardRuleEditor';
import { IssuesPanel } from './IssuesPanel';
import { groupIssues, NO_ISSUES, ownIssues } from './issueIndex';
import { PartEditor } from './PartEditor';
import { RubricEditContext } from './rubricEditContext';
import { addPart, createPart, isRubricEmpty } from './rubricEdits';
import { RubricToolbar } from './RubricToolbar';
import { SaveAsTemplateDialog } from './SaveAsTemplateDialog';
import { ScoreSheetPreview } from './ScoreSheetPreview';
import { TemplateMenu } from './TemplateMenu';
import { TieBreakEditor } from './TieBreakEditor';
import { RubricSaveError, useRubricDraft } from './useRubricDraft';
import { useRubricXlsx, type Notify } from './useRubricXlsx';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { WeightSummary } from './WeightSummary';
import { XlsxImportErrorsDialog } from './XlsxImportErrorsDialog';

interface Toast {
  readonly severity: 'success' | 'error' | 'info';
  readonly message: string;
  /** The rubric before a replacement, offered back with "Undo". */
  readonly undo?: Rubric;
}

/** Past this many items, modules out of view are not laid out (CSS content-visibility) to keep typing fast. */
const LARGE_RUBRIC_ITEMS = 40;

export default function RubricTab({ competition }: CompetitionTabProps) {
  const { t } = useTranslation();
  const draft = useRubricDraft(competition);
  const { rubric, readOnly, issues, replace, update } = draft;
  const savedTemplates = useLiveRecords((r) => r.competitions.templates.list()) ?? [];
  const rankedCount =
    useLiveRecords(
      async (r) => (await r.competitions.entriesOf(competition.id)).filter((e) => e.status === 'registered' || e.status === 'checked_in').length,
      [competition.id],
    ) ?? 0;
  const [toast, setToast] = useState<Toast | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [saveAsOpen, setSaveAsOpen] = useState(false);
  const [issuesAnchor, setIssuesAnchor] = useState<HTMLElement | null>(null);
  const notify: Notify = useCallback((severity, message) => setToast({ severity, message }), []);

  const replaceWithUndo = (next: Rubric, message: string) => {
    setToast({ severity: 'success', message, undo: rubric });
    replace(next);
  };
  const xlsx = useRubricXlsx({
    rubric,
    title: competition.name,
    notify,
    onImported: (next, fileName) => replaceWithUndo(next, t('rubric.xlsx.imported', { name: fileName, count: next.parts.length })),
  });

  const save = useCallback(async () => {
    try {
      const stored = await draft.save();
      notify('success', t('rubric.saved', { version: stored.version }));
      return true;
    } catch (error) {
      notify('error', error instanceof RubricSaveError ? t(`rubric.saveErrors.${error.code}`) : t('common.errorDetail', { message: String(error) }));
      return false;
    }
  }, [draft, notify, t]);

  // Ctrl+S / ⌘S saves, as in every editor organisers know.
  const canSave = draft.dirty && !draft.saving;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        if (canSave) void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canSave, save]);

  const editApi = useMemo(() => ({ readOnly, update }), [readOnly, update]);
  const byPart = useMemo(() => groupIssues(issues, (p) => p.partId), [issues]);
  const tieBreakIssues = useMemo(() => issues.filter((i) => i.path.tieBreakIndex !== undefined), [issues]);
  const awardIssues = useMemo(() => issues.filter((i) => i.path.award), [issues]);
  const rubricIssues = useMemo(() => ownIssues(issues, 'rubric'), [issues]);
  const itemCount = rubric.parts.reduce((n, p) => n + p.modules.reduce((m, mod) => m + mod.items.length, 0), 0);

  return (
    <RubricEditContext value={editApi}>
      <Box
        sx={{
          '& .MuiButton-root': { textTransform: 'none' },
          // A locked rubric is for reading: disabled fields keep full-contrast text.
          ...(readOnly && { '& .MuiInputBase-input.Mui-disabled': { color: 'text.primary', WebkitTextFillColor: 'currentColor' } }),
          // A long rubric (60 items is common) lets the browser skip laying out the modules scrolled out of view.
          ...(itemCount > LARGE_RUBRIC_ITEMS && { '& [data-testid="rubric-module"]': { contentVisibility: 'auto', containIntrinsicSize: 'auto 640px' } }),
        }}
      >
        <RubricToolbar
          templateMenu={
            <TemplateMenu
              savedTemplates={savedTemplates}
              currentIsEmpty={isRubricEmpty(rubric)}
              disabled={readOnly}
              onApply={(next, name) => replaceWithUndo(next, t('rubric.templates.applied', { name }))}
            />
          }
          issueCount={issues.length}
          onIssuesClick={setIssuesAnchor}
          readOnly={readOnly}
          dirty={draft.dirty}
          saving={draft.saving}
          xlsxBusy={xlsx.busy}
          onSave={() => void save()}
          onDiscard={draft.discard}
          onPreview={() => setPreviewOpen(true)}
          onExport={() => void xlsx.exportXlsx()}
          onImport={() => void xlsx.importXlsx()}
          onSaveAsTemplate={() => setSaveAsOpen(true)}
        />
        {readOnly && (
          <Alert severity="info" sx={{ mb: 2 }} data-testid="rubric-read-only">
            {t('rubric.readOnly', { status: t(`enums.competitionStatus.${competition.status}`) })}
          </Alert>
        )}
        {draft.changedElsewhere && (
          <Alert
            severity="warning"
            sx={{ mb: 2 }}
            action={
              <Button color="inherit" size="small" onClick={draft.discard}>
                {t('rubric.changedElsewhereReload')}
              </Button>
            }
          >
            {t('rubric.changedElsewhere')}
          </Alert>
        )}
        <Stack spacing={2}>
          <WeightSummary rubric={rubric} issues={rubricIssues} />
          {isRubricEmpty(rubric) && (
            <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }} data-testid="rubric-empty">
              <Typography variant="h6" component="h2">
                {t('rubric.empty.title')}
              </Typography>
              <Typography color="text.secondary" sx={{ mt: 1 }}>
                {readOnly ? t('rubric.empty.readOnlyBody') : t('rubric.empty.body')}
              </Typography>
            </Paper>
          )}
          {rubric.parts.map((part, index) => (
            <PartEditor key={part.id} part={part} index={index} count={rubric.parts.length} issues={byPart.get(part.id) ?? NO_ISSUES} />
          ))}
          <Box>
            <Button
              variant="outlined"
              startIcon={<AddIcon />}
              disabled={readOnly}
              data-testid="rubric-add-part"
              onClick={() => update(addPart(createPart(t('rubric.defaults.part', { n: rubric.parts.length + 1 }))))}
            >
              {t('rubric.part.add')}
            </Button>
          </Box>
          <TieBreakEditor rubric={rubric} issues={tieBreakIssues} />
          <AwardRuleEditor rule={rubric.awardRule} issues={awardIssues} rankedCount={rankedCount} />
        </Stack>
      </Box>

      <IssuesPanel anchor={issuesAnchor} onClose={() => setIssuesAnchor(null)} rubric={rubric} issues={issues} />
      <ScoreSheetPreview open={previewOpen} onClose={() => setPreviewOpen(false)} rubric={rubric} title={competition.name} />
      {saveAsOpen && (
        <SaveAsTemplateDialog
          open
          onClose={() => setSaveAsOpen(false)}
          onSaved={(name) => notify('success', t('rubric.templates.savedAs', { name }))}
          rubric={rubric}
          defaultName={competition.name}
          defaultTrade={competition.trade}
          savedTemplates={savedTemplates}
        />
      )}
      <XlsxImportErrorsDialog failure={xlsx.failure} onClose={xlsx.clearFailure} />
      {draft.dirty && <UnsavedChangesGuard onSave={save} />}
      <Snackbar open={toast !== null} autoHideDuration={toast?.undo ? 10000 : 5000} onClose={(_e, reason) => reason !== 'clickaway' && setToast(null)}>
        <Alert
          severity={toast?.severity ?? 'info'}
          variant="filled"
          onClose={() => setToast(null)}
          data-testid="rubric-toast"
          action={
            toast?.undo ? (
              <Button
                color="inherit"
                size="small"
                sx={{ textTransform: 'none' }}
                onClick={() => {
                  if (toast.undo) replace(toast.undo);
                  setToast(null);
                }}
              >
                {t('rubric.actions.undo')}
              </Button>
            ) : undefined
          }
        >
          {toast?.message}
        </Alert>
      </Snackbar>
    </RubricEditContext>
  );
}
