/** Browse filters and the search query, kept in the URL so Back returns to the same list. */
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Category } from '../../../shared/domain';
import { categoryBranch, type ArticleFilters } from '../../../shared/knowledge/countFacets';

export const FILTER_KEYS = ['kind', 'status', 'source', 'year', 'tag', 'dept', 'cat'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export function useKnowledgeFilters(categories: readonly Category[] | undefined) {
  const [params, setParams] = useSearchParams();
  const get = (key: string): string | undefined => params.get(key) ?? undefined;
  const query = params.get('q') ?? '';
  const raw = { kind: get('kind'), status: get('status'), source: get('source'), year: get('year'), tag: get('tag'), dept: get('dept'), cat: get('cat') };
  const filters: ArticleFilters = useMemo(
    () => ({
      kind: raw.kind,
      status: raw.status,
      source: raw.source,
      year: raw.year ? Number(raw.year) : undefined,
      tag: raw.tag,
      departmentId: raw.dept,
      categoryIds: raw.cat ? categoryBranch(raw.cat, categories ?? []) : undefined,
    }),
    [raw.kind, raw.status, raw.source, raw.year, raw.tag, raw.dept, raw.cat, categories],
  );
  const set = (key: FilterKey | 'q', value: string | undefined): void => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  };
  const clear = (): void => setParams(query ? { q: query } : {}, { replace: true });
  // Names the filter set (not the query): the list's paging starts over when it changes.
  const filterKey = FILTER_KEYS.map((k) => raw[k] ?? '').join('\u0000');
  return { query, raw, filters, filterKey, set, clear, active: FILTER_KEYS.some((k) => raw[k] !== undefined) };
}
