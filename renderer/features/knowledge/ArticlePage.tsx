/**
 * One article (/knowledge/:articleId): the body rendered safely, attachments, links to the records it is about,
 * authors, related articles, and the actions: edit, history with restore, export as Markdown or PDF, delete.
 */
import { useEffect, useState } from 'react';
import { Alert, Box, Button, Chip, Divider, List, ListItemButton, ListItemText, Paper, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import HistoryIcon from '@mui/icons-material/History';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { safeFileName } from '../../../shared/knowledge/markdown/articleToMarkdown';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { useLiveRecords } from '../../db/useLiveRecords';
import { useRepositories } from '../../db/useRepositories';
import { getPlatform } from '../../platform';
import { ConfirmDialog } from '../competitions/rubric/ConfirmDialog';
import { PreviewButton } from '../competitions/printables/PreviewButton';
import { AttachmentList } from './AttachmentList';
import { categoryPath, exportMarkdownZip } from './exportMarkdownZip';
import { LinkChips } from './LinkChips';
import { MarkdownView } from './MarkdownView';
import { RevisionsDialog } from './RevisionsDialog';
import { useAttachmentUrls } from './useAttachmentUrls';
import { recordView } from './useRecentlyViewed';

export default function ArticlePage() {
  const { articleId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const repositories = useRepositories();
  const article = useLiveRecords((r) => r.knowledge.getArticle(articleId).then((a) => a ?? null), [articleId]);
  const summary = useLiveRecords((r) => r.knowledge.get(articleId).then((a) => a ?? null), [articleId]);
  const attachments = useLiveRecords((r) => r.knowledge.attachments.of(articleId), [articleId]);
  const categories = useLiveRecords((r) => r.knowledge.categories.list());
  const related = useLiveRecords((r) => (summary ? r.knowledge.related(summary) : Promise.resolve([])), [summary]);
  const urls = useAttachmentUrls(attachments);
  const [history, setHistory] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [message, setMessage] = useState<string>();

  useEffect(() => {
    if (article) recordView(article.id);
  }, [article]);

  if (article === undefined || summary === undefined || !attachments || !categories) return <PageLoading />;
  if (article === null || summary === null) return <Alert severity="warning">{t('knowledgeBase.notFound')}</Alert>;

  const exportZip = async () => {
    const bytes = await exportMarkdownZip(repositories, [article.id]);
    const saved = await getPlatform().saveFile({ suggestedName: safeFileName(article.title, 'zip'), bytes, filters: [{ name: 'Zip', extensions: ['zip'] }] });
    if (saved) setMessage(t('knowledgeBase.exported', { count: 1, name: saved.path ?? saved.name }));
  };
  const path = categoryPath(article.categoryId, categories);
  const authors = article.authorIds.map((id) => ({ kind: 'person' as const, id }));
  const links = article.links.filter((l) => !(l.kind === 'person' && article.authorIds.includes(l.id)));

  return (
    <>
      <Button component={Link} to="/knowledge" size="small" sx={{ mb: 1 }}>
        {t('knowledgeBase.backToList')}
      </Button>
      <PageHeader
        title={article.title}
        subtitle={[t(`enums.articleKind.${article.kind}`), t(`knowledgeBase.sources.${summary.source}`), path, `${t('knowledge.updated')} ${article.updatedAt.slice(0, 10)}`, `v${article.version}`].filter(Boolean).join(' · ')}
        actions={
          <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
            <Button variant="contained" startIcon={<EditIcon />} component={Link} to={`/knowledge/${encodeURIComponent(article.id)}/edit`} data-testid="article-edit">
              {t('knowledgeBase.edit')}
            </Button>
            <Button startIcon={<HistoryIcon />} onClick={() => setHistory(true)} data-testid="article-history">
              {t('knowledgeBase.history')}
            </Button>
            <Button startIcon={<DownloadIcon />} onClick={() => void exportZip()} data-testid="article-export-md">
              {t('knowledgeBase.exportMarkdown')}
            </Button>
            <PreviewButton route={`/print/knowledge/article/${encodeURIComponent(article.id)}`} testId="article-print" startIcon={<PrintIcon />}>
              {t('knowledgeBase.printPdf')}
            </PreviewButton>
            <Button color="error" startIcon={<DeleteIcon />} onClick={() => setDeleting(true)} data-testid="article-delete">
              {t('knowledgeBase.delete')}
            </Button>
          </Box>
        }
      />
      {message && (
        <Alert severity="success" onClose={() => setMessage(undefined)} sx={{ mb: 2 }}>
          {message}
        </Alert>
      )}
      {article.status === 'draft' && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="article-draft-note">
          {article.origin ? t('knowledgeBase.automaticDraft') : t('knowledgeBase.draftNote')}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 3, alignItems: 'flex-start' }}>
        <Paper variant="outlined" sx={{ p: 3, flexGrow: 1, minWidth: 0 }}>
          <MarkdownView markdown={article.body} attachmentUrls={urls} />
          {attachments.length > 0 && (
            <>
              <Divider sx={{ my: 2 }} />
              <Typography variant="subtitle2" gutterBottom>
                {t('knowledgeBase.attachments')}
              </Typography>
              <AttachmentList attachments={attachments} urls={urls} />
            </>
          )}
        </Paper>
        <Box sx={{ width: 260, flexShrink: 0, display: 'flex', flexDirection: 'column', gap: 2 }}>
          {article.tags.length > 0 && (
            <Box>
              <Typography variant="overline" color="text.secondary">
                {t('knowledgeBase.tags')}
              </Typography>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
                {article.tags.map((tag) => (
                  <Chip key={tag} size="small" label={tag} component={Link} to={`/knowledge?tag=${encodeURIComponent(tag)}`} clickable />
                ))}
              </Box>
            </Box>
          )}
          {authors.length > 0 && (
            <Box>
              <Typography variant="overline" color="text.secondary">
                {t('knowledgeBase.authors')}
              </Typography>
              <LinkChips links={authors} testId="article-authors" />
            </Box>
          )}
          {links.length > 0 && (
            <Box>
              <Typography variant="overline" color="text.secondary">
                {t('knowledgeBase.links')}
              </Typography>
              <LinkChips links={links} testId="article-links" />
            </Box>
          )}
          <Box>
            <Typography variant="overline" color="text.secondary">
              {t('knowledgeBase.related')}
            </Typography>
            {related && related.length > 0 ? (
              <List dense disablePadding data-testid="article-related">
                {related.map((r) => (
                  <ListItemButton key={r.id} onClick={() => void navigate(`/knowledge/${encodeURIComponent(r.id)}`)} sx={{ px: 0.5 }}>
                    <ListItemText primary={r.title} secondary={t(`enums.articleKind.${r.kind}`)} slotProps={{ primary: { variant: 'body2' } }} />
                  </ListItemButton>
                ))}
              </List>
            ) : (
              <Typography variant="body2" color="text.secondary">
                {t('knowledgeBase.noRelated')}
              </Typography>
            )}
          </Box>
        </Box>
      </Box>
      {history && <RevisionsDialog articleId={article.id} onClose={() => setHistory(false)} />}
      <ConfirmDialog
        open={deleting}
        title={t('knowledgeBase.deleteTitle')}
        body={t('knowledgeBase.deleteBody', { title: article.title, count: attachments.length })}
        confirmLabel={t('knowledgeBase.delete')}
        confirmTestId="article-delete-confirm"
        danger
        onClose={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          void repositories.knowledge.remove(article.id).then(() => navigate('/knowledge'));
        }}
      />
    </>
  );
}
