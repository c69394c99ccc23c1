/**
 * The knowledge base: browse by category, kind, source, year, status, department and tag (with counts), or
 * search (Chinese first, hits highlighted), filters combining with the query; recently viewed articles on top.
 */
import { useState } from 'react';
import { Box, Button, Chip, InputAdornment, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ArticleSummary } from '../../../shared/knowledge/articleFacets';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { useLatestDefined } from '../../app/useLatestDefined';
import { VirtualTable, type Column } from '../../app/components/VirtualTable';
import { useLiveRecords } from '../../db/useLiveRecords';
import { LoadDemoButton } from '../workspace/LoadDemoButton';
import { BrowsePanel } from './BrowsePanel';
import { KnowledgeTransferMenu } from './KnowledgeTransferMenu';
import { SearchResults } from './SearchResults';
import { useKnowledgeFilters } from './useKnowledgeFilters';
import { useRecentlyViewed } from './useRecentlyViewed';

/** Summaries read per page of the list; "load more" asks for the next page. */
const PAGE_SIZE = 50;

export default function KnowledgePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const categories = useLiveRecords((r) => r.knowledge.categories.list());
  const departments = useLiveRecords((r) => r.people.departments.list());
  const { query, raw, filters, filterKey, set, clear, active } = useKnowledgeFilters(categories);
  const [typed, setTyped] = useState(query);
  const [paging, setPaging] = useState({ filterKey, limit: PAGE_SIZE });
  const limit = paging.filterKey === filterKey ? paging.limit : PAGE_SIZE;
  // Every question below is answered through indexes and the facets' posting lists: a page of rows, never the
  // whole table.
  const articleCount = useLiveRecords((r) => r.knowledge.total());
  // While a changed filter's page and counts load, the previous ones stay on screen (no flash to the spinner).
  const page = useLatestDefined(useLiveRecords((r) => (categories ? r.knowledge.browse(filters, limit) : Promise.resolve(undefined)), [filters, limit]));
  const counts = useLatestDefined(useLiveRecords((r) => (categories ? r.knowledge.browseCounts(filters) : Promise.resolve(undefined)), [filters]));
  // Changes with every article write, so the search re-runs when articles change.
  const dataVersion = useLiveRecords((r) => r.knowledge.changeStamp());
  const recent = useRecentlyViewed();
  const recentArticles = useLiveRecords((r) => r.knowledge.summaries(recent), [recent.join(',')]);

  const columns: Column<ArticleSummary>[] = [
    { key: 'title', header: t('knowledgeBase.articleTitle'), width: 'minmax(160px, 3fr)', render: (a) => a.title },
    { key: 'kind', header: t('common.kind'), width: '124px', render: (a) => t(`enums.articleKind.${a.kind}`) },
    {
      key: 'status',
      header: t('common.status'),
      width: '104px',
      render: (a) => <Chip size="small" variant="outlined" label={t(`enums.articleStatus.${a.status}`)} color={a.status === 'published' ? 'success' : 'default'} />,
    },
    { key: 'updated', header: t('knowledge.updated'), width: '100px', render: (a) => a.updatedAt.slice(0, 10) },
  ];

  if (articleCount === undefined || !categories || !departments || !page || !counts || dataVersion === undefined) return <PageLoading />;
  const actions = (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <KnowledgeTransferMenu count={page.total} filters={filters} categoryId={raw.cat} />
      <Button variant="contained" startIcon={<AddIcon />} component={Link} to="/knowledge/new/edit" data-testid="knowledge-new">
        {t('knowledgeBase.newArticle')}
      </Button>
    </Box>
  );
  if (articleCount === 0) {
    return (
      <>
        <PageHeader title={t('knowledge.title')} actions={actions} />
        <EmptyState icon={MenuBookIcon} title={t('empty.knowledgeTitle')} body={t('empty.knowledgeBody')} action={<LoadDemoButton variant="outlined" />} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('knowledge.title')} subtitle={t('common.records', { count: articleCount })} actions={actions} />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <BrowsePanel counts={counts} categories={categories} departments={departments} raw={raw} onSet={set} />
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Box component="form" role="search" onSubmit={(e) => e.preventDefault()} sx={{ display: 'flex', gap: 1, mb: 1.5 }}>
            <TextField
              fullWidth
              size="small"
              value={typed}
              onChange={(e) => {
                setTyped(e.target.value);
                set('q', e.target.value.trim());
              }}
              placeholder={t('knowledgeBase.searchPlaceholder')}
              slotProps={{ htmlInput: { 'aria-label': t('knowledgeBase.search'), 'data-testid': 'knowledge-search' }, input: { startAdornment: <InputAdornment position="start"><SearchIcon fontSize="small" /></InputAdornment> } }}
            />
            {active && (
              <Button onClick={clear} data-testid="knowledge-clear-filters" sx={{ whiteSpace: 'nowrap' }}>
                {t('knowledgeBase.clearFilters')}
              </Button>
            )}
          </Box>
          {!query && recentArticles && recentArticles.length > 0 && (
            <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', flexWrap: 'wrap', mb: 1.5 }} data-testid="knowledge-recent">
              <Typography variant="body2" color="text.secondary" sx={{ mr: 0.5 }}>
                {t('knowledgeBase.recentlyViewed')}
              </Typography>
              {recentArticles.slice(0, 5).map((a) => (
                <Chip key={a.id} size="small" label={a.title} component={Link} to={`/knowledge/${encodeURIComponent(a.id)}`} clickable sx={{ maxWidth: 220 }} />
              ))}
            </Box>
          )}
          {query ? (
            <SearchResults query={query} filters={filters} version={dataVersion} />
          ) : page.rows.length === 0 ? (
            <Typography color="text.secondary" sx={{ p: 2 }}>
              {t('common.noMatches')}
            </Typography>
          ) : (
            <>
              <VirtualTable
                label={t('knowledge.title')}
                testId="knowledge-table"
                rows={page.rows}
                columns={columns}
                rowKey={(a) => a.id}
                onRowClick={(a) => void navigate(`/knowledge/${encodeURIComponent(a.id)}`)}
                maxHeight="calc(100vh - 270px)"
              />
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 1 }}>
                <Typography variant="body2" color="text.secondary" data-testid="knowledge-shown">
                  {t('knowledgeBase.shown', { shown: page.rows.length, total: page.total })}
                </Typography>
                {page.rows.length < page.total && (
                  <Button size="small" onClick={() => setPaging({ filterKey, limit: limit + PAGE_SIZE })} data-testid="knowledge-load-more">
                    {t('knowledgeBase.loadMore', { count: Math.min(PAGE_SIZE, page.total - page.rows.length) })}
                  </Button>
                )}
              </Box>
            </>
          )}
        </Box>
      </Box>
    </>
  );
}
