/**
 * Import a set of Markdown files: pick them, see each as it will be stored (title, kind, status) or why it
 * cannot be, then confirm. With any bad file nothing can be confirmed, and the import writes all or nothing.
 */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Article, Category } from '../../../shared/domain';
import { parseMarkdownFile, type MarkdownParseResult } from '../../../shared/knowledge/markdown/parseMarkdownArticle';
import { newId } from '../../db/repositories';
import { useRepositories } from '../../db/useRepositories';
import { getPlatform } from '../../platform';
import { categoryPath } from './exportMarkdownZip';
import { IMPORT_LIMITS } from '../../../shared/safety/importLimits';

export function ImportMarkdownDialog({ categoryId, onClose, onDone }: { categoryId: string | undefined; onClose: () => void; onDone: (count: number) => void }) {
  const { t } = useTranslation();
  const repositories = useRepositories();
  const [results, setResults] = useState<MarkdownParseResult[]>();
  const [failed, setFailed] = useState(false);

  const pick = async () => {
    const files = await getPlatform().openFiles({ multiple: true, filters: [{ name: 'Markdown', extensions: ['md', 'markdown'] }], maxBytes: IMPORT_LIMITS.markdownArticle.maxFileBytes });
    if (files) setResults(files.map((f) => parseMarkdownFile(f.name, f.bytes)));
  };
  const bad = (results ?? []).filter((r) => !r.ok).length;

  const confirm = async () => {
    if (!results || bad > 0) return;
    const categories = await repositories.knowledge.categories.list();
    const now = new Date().toISOString();
    const articles: Article[] = results.flatMap((r) => {
      if (!r.ok) return [];
      const v = r.value;
      const matched = v.categoryPath ? findCategory(v.categoryPath, categories) : undefined;
      const category = matched ?? categoryId;
      return [{ id: newId(), version: 1, updatedAt: now, createdAt: now, title: v.title, kind: v.kind, status: v.status, tags: [...v.tags], body: v.body, links: [], authorIds: [], ...(category ? { categoryId: category } : {}) }];
    });
    try {
      await repositories.knowledge.importArticles(articles);
      onDone(articles.length);
      onClose();
    } catch {
      setFailed(true);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth>
      <DialogTitle>{t('knowledgeBase.importMarkdown')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('knowledgeBase.importHelp')}
        </Typography>
        <Button variant="outlined" onClick={() => void pick()} data-testid="import-pick">
          {t('knowledgeBase.pickFiles')}
        </Button>
        {results && (
          <Table size="small" sx={{ mt: 2 }} data-testid="import-preview">
            <TableHead>
              <TableRow>
                <TableCell>{t('knowledgeBase.file')}</TableCell>
                <TableCell>{t('knowledgeBase.articleTitle')}</TableCell>
                <TableCell>{t('common.kind')}</TableCell>
                <TableCell>{t('common.status')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {results.map((r, i) => (
                <TableRow key={i}>
                  <TableCell>{r.ok ? r.value.fileName : r.error.fileName}</TableCell>
                  {r.ok ? (
                    <>
                      <TableCell>{r.value.title}</TableCell>
                      <TableCell>{t(`enums.articleKind.${r.value.kind}`)}</TableCell>
                      <TableCell>{t(`enums.articleStatus.${r.value.status}`)}</TableCell>
                    </>
                  ) : (
                    <TableCell colSpan={3} sx={{ color: 'error.main' }}>
                      {t(`knowledgeBase.importErrors.${r.error.code}`, { detail: r.error.detail ?? '' })}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {bad > 0 && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('knowledgeBase.importBlocked', { count: bad })}
          </Alert>
        )}
        {failed && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('knowledgeBase.importFailed')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={!results || results.length === 0 || bad > 0} onClick={() => void confirm()} data-testid="import-confirm">
          {t('knowledgeBase.importConfirm', { count: results?.length ?? 0 })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function findCategory(path: string, categories: readonly Category[]): string | undefined {
  return categories.find((c) => categoryPath(c.id, categories) === path)?.id;
}
