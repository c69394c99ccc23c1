/** Search hits: highlighted title and snippet, kind and status; a page at a time, every hit verified. */
import { useEffect, useState } from 'react';
import { Box, Button, Chip, List, ListItemButton, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { matchesFilters, type ArticleFilters } from '../../../shared/knowledge/countFacets';
import { MAX_VERIFIED, type SearchOutcome } from '../../../shared/knowledge/search';
import type { SearchedArticle } from '../../db/repositories/knowledgeRepository';
import { useRepositories } from '../../db/useRepositories';
import { PageLoading } from '../../app/components/PageLoading';
import { Highlighted } from './Highlighted';

const PAGE = 20;

export function SearchResults({ query, filters, version }: { query: string; filters: ArticleFilters; version: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const repositories = useRepositories();
  const [limit, setLimit] = useState(PAGE);
  const [outcome, setOutcome] = useState<{ key: string; result: SearchOutcome<SearchedArticle> }>();
  const key = `${query}\u0000${limit}\u0000${version}\u0000${JSON.stringify({ ...filters, categoryIds: filters.categoryIds ? [...filters.categoryIds] : undefined })}`;

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      void repositories.knowledge.search(query, { limit, maxVerified: MAX_VERIFIED * (limit / PAGE), accept: (a) => matchesFilters(a, filters) }).then((result) => {
        if (!cancelled) setOutcome({ key, result });
      });
    }, 120);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `key` covers query, limit, filters and the data version.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, repositories]);

  if (!outcome) return <PageLoading />;
  const { hits, unverified } = outcome.result;
  return (
    <Box data-testid="search-results">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="search-count">
        {hits.length === 0 ? t('knowledgeBase.noHits', { query }) : unverified > 0 ? t('knowledgeBase.hitsMore', { count: hits.length }) : t('knowledgeBase.hits', { count: hits.length })}
      </Typography>
      <List disablePadding sx={{ border: hits.length > 0 ? 1 : 0, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
        {hits.map((hit) => (
          <ListItemButton key={hit.doc.id} divider onClick={() => void navigate(`/knowledge/${encodeURIComponent(hit.doc.id)}`)} data-testid="search-result" sx={{ display: 'block', py: 1 }}>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Typography variant="subtitle1" component="span" sx={{ flexGrow: 1, fontWeight: 500 }}>
                <Highlighted segments={hit.title} />
              </Typography>
              <Chip size="small" variant="outlined" label={t(`enums.articleKind.${hit.doc.kind}`)} />
              {hit.doc.status === 'draft' && <Chip size="small" label={t('enums.articleStatus.draft')} />}
            </Box>
            <Typography variant="body2" color="text.secondary" data-testid="search-snippet">
              {hit.snippet.before && '…'}
              <Highlighted segments={hit.snippet.segments} />
              {hit.snippet.after && '…'}
            </Typography>
            {hit.tags.some((s) => s.hit) && (
              <Typography variant="caption" color="text.secondary" data-testid="search-tags">
                <Highlighted segments={hit.tags} />
              </Typography>
            )}
          </ListItemButton>
        ))}
      </List>
      {unverified > 0 && (
        <Button sx={{ mt: 1 }} onClick={() => setLimit((n) => n + PAGE)} data-testid="search-more">
          {t('knowledgeBase.moreHits')}
        </Button>
      )}
    </Box>
  );
}
