import { useMemo } from 'react';
import { Chip } from '@mui/material';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import { useTranslation } from 'react-i18next';
import type { ArticleSummary as Article } from '../../../shared/knowledge/articleFacets';
import { EmptyState } from '../../app/components/EmptyState';
import { PageHeader } from '../../app/components/PageHeader';
import { PageLoading } from '../../app/components/PageLoading';
import { VirtualTable, type Column } from '../../app/components/VirtualTable';
import { useLiveRecords } from '../../db/useLiveRecords';
import { LoadDemoButton } from '../workspace/LoadDemoButton';

export default function KnowledgePage() {
  const { t } = useTranslation();
  const articles = useLiveRecords((r) => r.knowledge.listSummaries());
  const rows = useMemo(() => [...(articles ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), [articles]);

  const columns: Column<Article>[] = [
    { key: 'title', header: t('common.name'), width: 'minmax(260px, 3fr)', render: (a) => a.title },
    { key: 'kind', header: t('common.kind'), width: '110px', render: (a) => t(`enums.articleKind.${a.kind}`) },
    { key: 'tags', header: t('knowledge.tags'), width: 'minmax(160px, 2fr)', render: (a) => a.tags.join(' · ') },
    {
      key: 'status',
      header: t('common.status'),
      width: '96px',
      render: (a) => <Chip size="small" variant="outlined" label={t(`enums.articleStatus.${a.status}`)} color={a.status === 'published' ? 'success' : 'default'} />,
    },
    { key: 'updated', header: t('knowledge.updated'), width: '112px', render: (a) => a.updatedAt.slice(0, 10) },
  ];

  return (
    <>
      <PageHeader title={t('knowledge.title')} subtitle={articles ? t('common.records', { count: rows.length }) : undefined} />
      {!articles ? (
        <PageLoading />
      ) : rows.length === 0 ? (
        <EmptyState icon={MenuBookIcon} title={t('empty.knowledgeTitle')} body={t('empty.knowledgeBody')} action={<LoadDemoButton variant="outlined" />} />
      ) : (
        <VirtualTable label={t('knowledge.title')} testId="knowledge-table" rows={rows} columns={columns} rowKey={(a) => a.id} />
      )}
    </>
  );
}
