/**
 * Writing an article (/knowledge/new/edit, /knowledge/:articleId/edit): title, kind, category, tags, status,
 * authors, links to competitions, projects, achievements and studios, the Markdown body with a preview, and
 * attachments stored with the article. Saving keeps the previous version in the history.
 */
import { useState } from 'react';
import { Alert, Autocomplete, Box, Button, MenuItem, Paper, Tab, Tabs, TextField, Typography } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ARTICLE_KINDS, type Article, type ArticleKind, type Attachment, type RecordRef } from '../../../shared/domain';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { newId } from '../../db/repositories';
import { useLiveRecords } from '../../db/useLiveRecords';
import { useRepositories } from '../../db/useRepositories';
import { AttachmentList } from './AttachmentList';
import { AuthorsPicker } from './AuthorsPicker';
import { isPickableLink, LinkPicker } from './LinkPicker';
import { attachmentMime, isInlineImage } from './attachmentMime';
import { categoryPath } from './exportMarkdownZip';
import { MarkdownView } from './MarkdownView';
import { useAttachmentUrls } from './useAttachmentUrls';
import { pickAttachments } from '../../platform/pickAttachments';


export default function ArticleEditorPage() {
  const { articleId = 'new' } = useParams();
  const isNew = articleId === 'new';
  const stored = useLiveRecords((r) => (isNew ? Promise.resolve(null) : r.knowledge.getArticle(articleId).then((a) => a ?? null)), [articleId]);
  if (stored === undefined) return <PageLoading />;
  return <Editor key={articleId} stored={stored} />;
}

function Editor({ stored }: { stored: Article | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const repositories = useRepositories();
  const [id] = useState(() => stored?.id ?? newId());
  const [title, setTitle] = useState(stored?.title ?? '');
  const [kind, setKind] = useState<ArticleKind>(stored?.kind ?? 'best_practice');
  const [categoryId, setCategoryId] = useState(stored?.categoryId ?? '');
  const [tags, setTags] = useState<string[]>([...(stored?.tags ?? [])]);
  const [status, setStatus] = useState<Article['status']>(stored?.status ?? 'draft');
  const [authorIds, setAuthorIds] = useState<string[]>([...(stored?.authorIds ?? [])]);
  const [links, setLinks] = useState<RecordRef[]>((stored?.links ?? []).filter((l) => l.kind !== 'person'));
  const [body, setBody] = useState(stored?.body ?? '');
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [error, setError] = useState<string>();

  const categories = useLiveRecords((r) => r.knowledge.categories.list());
  const allTags = useLiveRecords((r) => r.knowledge.allTags());
  const attachments = useLiveRecords((r) => r.knowledge.attachments.of(id), [id]);
  const urls = useAttachmentUrls(attachments);

  if (!categories || !allTags || !attachments) return <PageLoading />;

  const addFiles = async () => {
    const picked = await pickAttachments(t);
    if (!picked) return;
    setError(picked.refused.length > 0 ? picked.refused.join(' ') : undefined);
    const files = picked.accepted;
    if (files.length === 0) return;
    const added = await repositories.knowledge.attachments.add(id, files.map((f) => ({ name: f.name, mime: attachmentMime(f.name), bytes: f.bytes })));
    setBody((b) => `${b}${b.endsWith('\n') || b === '' ? '' : '\n'}${added.map(reference).join('\n')}\n`);
  };
  const insert = (a: Attachment) => setBody((b) => `${b}${b.endsWith('\n') || b === '' ? '' : '\n'}${reference(a)}\n`);

  const save = async () => {
    if (title.trim() === '') {
      setError(t('knowledgeBase.titleRequired'));
      return;
    }
    const now = new Date().toISOString();
    const personLinks = (stored?.links ?? []).filter((l) => l.kind === 'person' && !authorIds.includes(l.id));
    await repositories.knowledge.save({
      ...(stored ?? { createdAt: now }),
      id,
      title: title.trim(),
      kind,
      ...(categoryId ? { categoryId } : { categoryId: undefined }),
      tags,
      status,
      authorIds,
      links: [...links, ...personLinks, ...authorIds.map((pid) => ({ kind: 'person' as const, id: pid }))],
      body,
      ...(stored?.origin ? { origin: stored.origin } : {}),
    } as Article);
    void navigate(`/knowledge/${encodeURIComponent(id)}`);
  };

  return (
    <>
      <PageHeader
        title={stored ? t('knowledgeBase.editTitle', { title: stored.title }) : t('knowledgeBase.newArticle')}
        actions={
          <Box sx={{ display: 'flex', gap: 1 }}>
            <Button component={Link} to={stored ? `/knowledge/${encodeURIComponent(id)}` : '/knowledge'}>
              {t('common.cancel')}
            </Button>
            <Button variant="contained" onClick={() => void save()} data-testid="article-save">
              {t('knowledgeBase.save')}
            </Button>
          </Box>
        }
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 280px', gap: 2, alignItems: 'start' }}>
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
          <TextField label={t('knowledgeBase.articleTitle')} value={title} onChange={(e) => setTitle(e.target.value)} required slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'article-title' } }} />
          <Tabs value={tab} onChange={(_, v: 'write' | 'preview') => setTab(v)} sx={{ minHeight: 36 }}>
            <Tab value="write" label={t('knowledgeBase.write')} sx={{ minHeight: 36 }} />
            <Tab value="preview" label={t('knowledgeBase.preview')} sx={{ minHeight: 36 }} data-testid="article-preview-tab" />
          </Tabs>
          {tab === 'write' ? (
            <TextField
              label={t('knowledgeBase.body')}
              helperText={t('knowledgeBase.bodyHelp')}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              multiline
              minRows={14}
              maxRows={30}
              slotProps={{ htmlInput: { 'data-testid': 'article-body-input', style: { fontFamily: 'monospace' } } }}
            />
          ) : (
            <Box sx={{ minHeight: 300, border: 1, borderColor: 'divider', borderRadius: 1, p: 2 }}>
              <MarkdownView markdown={body} attachmentUrls={urls} testId="article-preview" />
            </Box>
          )}
          <Box>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
              <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
                {t('knowledgeBase.attachments')}
              </Typography>
              <Button startIcon={<AttachFileIcon />} onClick={() => void addFiles()} data-testid="article-attach">
                {t('knowledgeBase.addFiles')}
              </Button>
            </Box>
            <AttachmentList attachments={attachments} urls={urls} onInsert={insert} onRemove={(a) => void repositories.knowledge.attachments.remove(a.id)} />
          </Box>
        </Paper>
        <Paper variant="outlined" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
          <TextField select size="small" label={t('knowledgeBase.kind')} value={kind} onChange={(e) => setKind(e.target.value as ArticleKind)} slotProps={{ htmlInput: { 'data-testid': 'article-kind' } }}>
            {ARTICLE_KINDS.map((k) => (
              <MenuItem key={k} value={k}>
                {t(`enums.articleKind.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField select size="small" label={t('knowledgeBase.status')} value={status} onChange={(e) => setStatus(e.target.value as Article['status'])} slotProps={{ htmlInput: { 'data-testid': 'article-status' } }}>
            <MenuItem value="draft">{t('enums.articleStatus.draft')}</MenuItem>
            <MenuItem value="published">{t('enums.articleStatus.published')}</MenuItem>
          </TextField>
          <TextField select size="small" label={t('knowledgeBase.category')} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            <MenuItem value="">{t('knowledgeBase.noCategory')}</MenuItem>
            {categories
              .map((c) => ({ id: c.id, path: categoryPath(c.id, categories) ?? c.name }))
              .sort((a, b) => a.path.localeCompare(b.path, 'zh'))
              .map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.path}
                </MenuItem>
              ))}
          </TextField>
          <Autocomplete
            multiple
            freeSolo
            size="small"
            options={allTags}
            value={tags}
            onChange={(_, v) => setTags([...new Set(v.map((x) => x.trim()).filter((x) => x.length > 0 && x.length <= 40))])}
            renderInput={(params) => <TextField {...params} label={t('knowledgeBase.tags')} helperText={t('knowledgeBase.tagsHelp')} />}
          />
          <AuthorsPicker label={t('knowledgeBase.authors')} value={authorIds} onChange={setAuthorIds} />
          <LinkPicker value={links.filter(isPickableLink)} onChange={(picked) => setLinks([...links.filter((l) => !isPickableLink(l)), ...picked])} />
        </Paper>
      </Box>
    </>
  );
}

function reference(a: Attachment): string {
  return isInlineImage(a.mime) ? `![${a.name}](attachment:${a.id})` : `[${a.name}](attachment:${a.id})`;
}
