/**
 * Saves the rubric on screen as a template of this workspace (a RubricTemplateRecord), to start later
 * competitions from. A template with the same name is replaced. Saved templates can be deleted here too.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  List,
  ListItem,
  ListItemText,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import type { Rubric, RubricTemplateRecord } from '../../../../shared/domain';
import { newId } from '../../../db/repositories';
import { useRepositories } from '../../../db/useRepositories';
import { ConfirmDialog } from './ConfirmDialog';

export function SaveAsTemplateDialog({
  open,
  onClose,
  onSaved,
  rubric,
  defaultName,
  defaultTrade,
  savedTemplates,
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (name: string) => void;
  rubric: Rubric;
  defaultName: string;
  defaultTrade: string;
  savedTemplates: readonly RubricTemplateRecord[];
}) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [name, setName] = useState(defaultName);
  const [trade, setTrade] = useState(defaultTrade);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [toDelete, setToDelete] = useState<RubricTemplateRecord | null>(null);
  const existing = savedTemplates.find((x) => x.name.trim() === name.trim());

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await repositories.competitions.templates.save({ id: existing?.id ?? newId(), name: name.trim(), trade: trade.trim(), rubric });
      onSaved(name.trim());
      onClose();
    } catch (e) {
      setError(t('common.errorDetail', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth data-testid="rubric-save-as-template-dialog">
      <DialogTitle>{t('rubric.templates.saveTitle')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('rubric.templates.saveHelp')}
        </Typography>
        <TextField
          fullWidth
          autoFocus
          label={t('rubric.templates.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={name.trim() === ''}
          helperText={existing ? t('rubric.templates.replaces', { name: existing.name }) : ' '}
          slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'rubric-template-name' } }}
          sx={{ mb: 1 }}
        />
        <TextField fullWidth label={t('common.trade')} value={trade} onChange={(e) => setTrade(e.target.value)} slotProps={{ htmlInput: { maxLength: 50 } }} />
        {error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        )}
        {savedTemplates.length > 0 && (
          <>
            <Typography variant="subtitle2" sx={{ mt: 3 }}>
              {t('rubric.templates.savedCount', { count: savedTemplates.length })}
            </Typography>
            <List dense>
              {savedTemplates.map((record) => (
                <ListItem
                  key={record.id}
                  secondaryAction={
                    <Tooltip title={t('rubric.templates.delete')}>
                      <IconButton edge="end" aria-label={t('rubric.templates.delete')} onClick={() => setToDelete(record)}>
                        <DeleteOutlineIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  }
                >
                  <ListItemText primary={record.name} secondary={record.trade || undefined} />
                </ListItem>
              ))}
            </List>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={busy || name.trim() === ''} onClick={() => void save()} data-testid="rubric-save-as-template-confirm">
          {existing ? t('rubric.templates.replace') : t('rubric.templates.save')}
        </Button>
      </DialogActions>
      <ConfirmDialog
        open={toDelete !== null}
        title={t('rubric.templates.deleteTitle', { name: toDelete?.name ?? '' })}
        body={t('rubric.templates.deleteBody')}
        confirmLabel={t('rubric.templates.delete')}
        danger
        onConfirm={() => toDelete && void repositories.competitions.templates.remove(toDelete.id)}
        onClose={() => setToDelete(null)}
      />
    </Dialog>
  );
}
