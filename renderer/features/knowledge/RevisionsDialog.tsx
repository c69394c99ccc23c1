/** Earlier versions of an article, newest first; restoring one saves it as a new version, after asking. */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLiveRecords } from '../../db/useLiveRecords';
import { useRepositories } from '../../db/useRepositories';
import { ConfirmDialog } from '../competitions/rubric/ConfirmDialog';

export function RevisionsDialog({ articleId, onClose }: { articleId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const revisions = useLiveRecords((r) => r.knowledge.revisions(articleId), [articleId]);
  const [restoring, setRestoring] = useState<{ id: string; version: number }>();

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{t('knowledgeBase.history')}</DialogTitle>
      <DialogContent>
        {revisions && revisions.length === 0 && <Typography color="text.secondary">{t('knowledgeBase.noRevisions')}</Typography>}
        <List dense data-testid="revision-list">
          {(revisions ?? []).map((r) => (
            <ListItem
              key={r.id}
              divider
              secondaryAction={
                <Button size="small" onClick={() => setRestoring({ id: r.id, version: r.version })} data-testid={`restore-${r.version}`}>
                  {t('knowledgeBase.restore')}
                </Button>
              }
            >
              <ListItemText
                primary={t('knowledgeBase.revisionLabel', { version: r.version, title: r.article.title })}
                secondary={`${r.article.updatedAt.slice(0, 16).replace('T', ' ')} · ${t('knowledgeBase.characters', { count: r.article.body.length })} · ${t(`enums.articleStatus.${r.article.status}`)}`}
              />
            </ListItem>
          ))}
        </List>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.close')}</Button>
      </DialogActions>
      <ConfirmDialog
        open={restoring !== undefined}
        title={t('knowledgeBase.restoreTitle')}
        body={t('knowledgeBase.restoreBody', { version: restoring?.version ?? 0 })}
        confirmLabel={t('knowledgeBase.restore')}
        confirmTestId="restore-confirm"
        onClose={() => setRestoring(undefined)}
        onConfirm={() => {
          if (restoring) void repositories.knowledge.restoreRevision(restoring.id).then(onClose);
          setRestoring(undefined);
        }}
      />
    </Dialog>
  );
}
