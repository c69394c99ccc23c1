/** A record's attached files: add from disk, save a copy, remove (with a question first). */
import { useState } from 'react';
import { Alert, Box, Button, IconButton, List, ListItem, ListItemText } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../shared/domain';
import type { OwnedAttachments } from '../../../db/repositories/ownedAttachments';
import { useLiveRecords } from '../../../db/useLiveRecords';
import { getPlatform } from '../../../platform';
import { ConfirmDialog } from '../../competitions/rubric/ConfirmDialog';
import { pickAttachments } from '../../../platform/pickAttachments';


export function AttachmentList({ store, ownerKind, ownerId, readOnly = false, addLabel }: { store: OwnedAttachments; ownerKind: RecordKind; ownerId: string; readOnly?: boolean; addLabel?: string }) {
  const { t } = useTranslation();
  const files = useLiveRecords(() => store.of(ownerKind, ownerId), [store, ownerKind, ownerId]);
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    setError(null);
    try {
      const picked = await pickAttachments(t, addLabel ?? t('innovation.files.add'));
      if (!picked) return;
      if (picked.refused.length > 0) setError(picked.refused.join(' '));
      for (const file of picked.accepted) await store.add(ownerKind, ownerId, file);
    } catch (e) {
      setError(t('common.errorDetail', { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  const save = async (id: string, name: string) => {
    const bytes = await store.bytesOf(id);
    if (bytes) await getPlatform().saveFile({ suggestedName: name, bytes });
  };

  return (
    <Box>
      {error && <Alert severity="error" sx={{ mb: 1 }}>{error}</Alert>}
      {files && files.length > 0 ? (
        <List dense disablePadding>
          {files.map((f) => (
            <ListItem
              key={f.id}
              disableGutters
              secondaryAction={
                <>
                  <IconButton aria-label={t('innovation.files.save', { name: f.name })} onClick={() => void save(f.id, f.name)}><DownloadIcon /></IconButton>
                  {!readOnly && <IconButton aria-label={t('innovation.form.remove')} onClick={() => setRemoving(f.id)}><DeleteIcon /></IconButton>}
                </>
              }
            >
              <ListItemText primary={f.name} secondary={t('innovation.files.size', { kb: Math.max(1, Math.round(f.size / 1024)) })} sx={{ overflowWrap: 'anywhere', pr: 10 }} />
            </ListItem>
          ))}
        </List>
      ) : (
        <Box sx={{ color: 'text.secondary', fontSize: 14 }}>{t('innovation.files.none')}</Box>
      )}
      {!readOnly && <Button size="small" startIcon={<AttachFileIcon />} onClick={() => void add()} sx={{ mt: 1 }}>{addLabel ?? t('innovation.files.add')}</Button>}
      <ConfirmDialog open={removing !== null} title={t('innovation.files.removeTitle')} body={t('innovation.files.removeBody')} confirmLabel={t('innovation.form.remove')} danger onConfirm={() => removing && void store.remove(removing)} onClose={() => setRemoving(null)} />
    </Box>
  );
}
