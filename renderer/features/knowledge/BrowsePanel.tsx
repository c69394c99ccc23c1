/** The browse panel: category tree, kind, source, year, status, department and tags, each with its count. */
import type { ReactNode } from 'react';
import { Box, Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ARTICLE_KINDS, type Category, type Department } from '../../../shared/domain';
import { ARTICLE_SOURCES } from '../../../shared/knowledge/articleFacets';
import type { FacetCounts } from '../../../shared/knowledge/countFacets';
import type { FilterKey } from './useKnowledgeFilters';

interface Props {
  counts: FacetCounts;
  categories: readonly Category[];
  departments: readonly Department[];
  raw: Readonly<Record<FilterKey, string | undefined>>;
  onSet: (key: FilterKey, value: string | undefined) => void;
}

export function BrowsePanel({ counts, categories, departments, raw, onSet }: Props) {
  const { t } = useTranslation();
  const toggle = (key: FilterKey, value: string) => onSet(key, raw[key] === value ? undefined : value);
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  const years = [...counts.year.keys()].sort((a, b) => b - a);
  const topDepartments = [...counts.department].sort((a, b) => b[1] - a[1]).slice(0, 8);
  const topTags = [...counts.tag].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 24);

  return (
    <Box component="nav" aria-label={t('knowledgeBase.browse')} data-testid="knowledge-browse" sx={{ width: 200, flexShrink: 0, overflow: 'auto', maxHeight: 'calc(100vh - 150px)', pr: 1 }}>
      <Section title={t('knowledgeBase.category')}>
        <CategoryTree categories={categories} counts={counts.category} selected={raw.cat} onSelect={(id) => toggle('cat', id)} />
      </Section>
      <Section title={t('knowledgeBase.kind')}>
        {ARTICLE_KINDS.map((k) => (
          <Facet key={k} label={t(`enums.articleKind.${k}`)} count={counts.kind.get(k) ?? 0} selected={raw.kind === k} onClick={() => toggle('kind', k)} testId={`facet-kind-${k}`} />
        ))}
      </Section>
      <Section title={t('knowledgeBase.source')}>
        {ARTICLE_SOURCES.map((s) => (
          <Facet key={s} label={t(`knowledgeBase.sources.${s}`)} count={counts.source.get(s) ?? 0} selected={raw.source === s} onClick={() => toggle('source', s)} testId={`facet-source-${s}`} />
        ))}
      </Section>
      <Section title={t('knowledgeBase.status')}>
        {(['published', 'draft'] as const).map((s) => (
          <Facet key={s} label={t(`enums.articleStatus.${s}`)} count={counts.status.get(s) ?? 0} selected={raw.status === s} onClick={() => toggle('status', s)} testId={`facet-status-${s}`} />
        ))}
      </Section>
      <Section title={t('knowledgeBase.year')}>
        {years.map((y) => (
          <Facet key={y} label={String(y)} count={counts.year.get(y) ?? 0} selected={raw.year === String(y)} onClick={() => toggle('year', String(y))} />
        ))}
      </Section>
      {topDepartments.length > 0 && (
        <Section title={t('knowledgeBase.department')}>
          {topDepartments.map(([id, n]) => (
            <Facet key={id} label={departmentName.get(id) ?? id} count={n} selected={raw.dept === id} onClick={() => toggle('dept', id)} />
          ))}
        </Section>
      )}
      <Section title={t('knowledgeBase.tags')}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, px: 1 }}>
          {topTags.map(([tag, n]) => (
            <Chip key={tag} size="small" label={`${tag} ${n}`} color={raw.tag === tag ? 'primary' : 'default'} variant={raw.tag === tag ? 'filled' : 'outlined'} onClick={() => toggle('tag', tag)} />
          ))}
        </Box>
      </Section>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="overline" color="text.secondary" sx={{ px: 1 }}>
        {title}
      </Typography>
      <List dense disablePadding>
        {children}
      </List>
    </Box>
  );
}

function Facet({ label, count, selected, onClick, depth = 0, testId }: { label: string; count: number; selected: boolean; onClick: () => void; depth?: number; testId?: string }) {
  return (
    <ListItemButton selected={selected} onClick={onClick} sx={{ py: 0.25, pl: 1 + depth * 1.5 }} data-testid={testId} aria-pressed={selected}>
      <ListItemText primary={label} slotProps={{ primary: { noWrap: true, variant: 'body2' } }} />
      <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
        {count}
      </Typography>
    </ListItemButton>
  );
}

function CategoryTree({ categories, counts, selected, onSelect }: { categories: readonly Category[]; counts: ReadonlyMap<string, number>; selected?: string | undefined; onSelect: (id: string) => void }) {
  const children = new Map<string | undefined, Category[]>();
  for (const c of categories) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const total = (id: string): number => (counts.get(id) ?? 0) + (children.get(id) ?? []).reduce((n, c) => n + total(c.id), 0);
  const render = (parentId: string | undefined, depth: number): ReactNode[] =>
    (children.get(parentId) ?? []).flatMap((c) => [
      <Facet key={c.id} label={c.name} count={total(c.id)} selected={selected === c.id} onClick={() => onSelect(c.id)} depth={depth} />,
      ...render(c.id, depth + 1),
    ]);
  return <>{render(undefined, 0)}</>;
}
