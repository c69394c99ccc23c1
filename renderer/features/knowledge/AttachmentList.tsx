import { Box, IconButton, Link as MuiLink, List, ListItem, ListItemText, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/domain';

/** An article's files, each downloadable; removable in the editor. */
export function AttachmentList({ attachments, urls, onRemove, onInsert }: { attachments: readonly Attachment[]; urls: ReadonlyMap<string, string>; onRemove?: (a: Attachment) => void; onInsert?: (a: Attachment) => void }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <List dense data-testid="attachment-list" sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
      {attachments.map((a) => (
        <ListItem
          key={a.id}
          secondaryAction={
            <Box>
              {onInsert && (
                <MuiLink component="button" type="button" onClick={() => onInsert(a)} sx={{ mr: 1 }}>
                  {t('knowledgeBase.insertInBody')}
                </MuiLink>
              )}
              {onRemove && (
                <Tooltip title={t('knowledgeBase.removeAttachment')}>
                  <IconButton size="small" edge="end" aria-label={t('knowledgeBase.removeAttachment')} onClick={() => onRemove(a)}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              )}
            </Box>
          }
        >
          <ListItemText
            primary={
              urls.get(a.id) ? (
                <MuiLink href={urls.get(a.id)} download={a.name}>
                  {a.name}
                </MuiLink>
              ) : (
                a.name
              )
            }
            secondary={`${a.mime || '—'} · ${formatBytes(a.size)}`}
          />
        </ListItem>
      ))}
    </List>
  );
}

function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}
