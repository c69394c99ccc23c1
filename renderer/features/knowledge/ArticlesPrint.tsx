/**
 * Articles as printed pages (PDF on the desktop, the browser's print in the web build): one article
 * (/print/knowledge/article/:articleId) or a listed set such as a category (/print/knowledge/list?ids=…).
 */
import { useEffect, useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { Article, Attachment } from '../../../shared/domain';
import { safeFileName } from '../../../shared/knowledge/markdown/articleToMarkdown';
import { useLiveRecords } from '../../db/useLiveRecords';
import { getPlatform } from '../../platform';
import { usePrintReady } from '../print/usePrintReady';
import { categoryPath } from './exportMarkdownZip';
import { MarkdownView } from './MarkdownView';
import { useAttachmentUrls } from './useAttachmentUrls';

export default function ArticlesPrint() {
  const { t } = useTranslation();
  const { articleId } = useParams();
  const [params] = useSearchParams();
  const ids = articleId ? [articleId] : (params.get('ids') ?? '').split(',').filter(Boolean).map(decodeURIComponent);
  const categoryId = params.get('cat') ?? undefined;
  const articles = useLiveRecords(async (r) => (await Promise.all(ids.map((id) => r.knowledge.getArticle(id)))).filter((a): a is Article => a !== undefined), [ids.join(',')]);
  const attachments = useLiveRecords(async (r) => Promise.all(ids.map((id) => r.knowledge.attachments.of(id))), [ids.join(',')]);
  const categories = useLiveRecords((r) => r.knowledge.categories.list());
  const [message, setMessage] = useState<string>();
  const ready = articles !== undefined && attachments !== undefined && categories !== undefined;
  const [imagesReady, setImagesReady] = useState(false);
  useEffect(() => {
    // Give blob images a moment to load before the page is printed.
    if (!ready) return;
    const timer = setTimeout(() => setImagesReady(true), 300);
    return () => clearTimeout(timer);
  }, [ready]);
  usePrintReady(ready && imagesReady);
  if (!ready) return null;

  const heading = articleId ? articles[0]?.title ?? '' : (categoryPath(categoryId, categories) ?? t('knowledge.title'));
  const print = async () => {
    const platform = getPlatform();
    if (platform.kind === 'browser') {
      window.print();
      return;
    }
    const route = articleId ? `/print/knowledge/article/${encodeURIComponent(articleId)}` : `/print/knowledge/list?${params.toString()}`;
    const saved = await platform.printToPdf({ route, suggestedName: safeFileName(heading, 'pdf') });
    if (saved) setMessage(t('knowledgeBase.exported', { count: articles.length, name: saved.path ?? saved.name }));
  };

  return (
    <Box data-testid="knowledge-print">
      <Box className="no-print" sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 2, mb: 2, borderBottom: '1px solid #ccc' }}>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={() => void print()} data-testid="print-now">
          {t('knowledgeBase.printPdf')}
        </Button>
        {message && <Alert severity="success">{message}</Alert>}
      </Box>
      {!articleId && (
        <Typography variant="h5" component="h1" sx={{ mb: 2 }}>
          {heading}
        </Typography>
      )}
      {articles.map((article, i) => (
        <PrintedArticle key={article.id} article={article} attachments={attachments[ids.indexOf(article.id)] ?? []} breakBefore={i > 0} path={categoryPath(article.categoryId, categories)} />
      ))}
    </Box>
  );
}

function PrintedArticle({ article, attachments, breakBefore, path }: { article: Article; attachments: readonly Attachment[]; breakBefore: boolean; path: string | undefined }) {
  const { t } = useTranslation();
  const urls = useAttachmentUrls(attachments);
  return (
    <Box className={breakBefore ? 'print-break' : undefined} sx={{ mb: 4 }}>
      <Typography variant="h6" component="h2">
        {article.title}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {[t(`enums.articleKind.${article.kind}`), t(`enums.articleStatus.${article.status}`), path, article.updatedAt.slice(0, 10), article.tags.join('、')].filter(Boolean).join(' · ')}
      </Typography>
      <MarkdownView markdown={article.body} attachmentUrls={urls} testId="print-article-body" />
      {attachments.length > 0 && (
        <Typography variant="caption" component="p" sx={{ mt: 1 }}>
          {t('knowledgeBase.attachments')}: {attachments.map((a) => a.name).join('、')}
        </Typography>
      )}
    </Box>
  );
}
