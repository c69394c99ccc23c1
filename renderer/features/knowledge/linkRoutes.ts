import type { RecordKind } from '../../../shared/domain';

/** The detail route of a linked record (HELPERS "detail routes"); entries have none of their own. */
export function recordRoute(kind: RecordKind, id: string): string | undefined {
  const path: Partial<Record<RecordKind, string>> = {
    person: 'people',
    competition: 'competitions',
    studio: 'studios',
    project: 'projects',
    achievement: 'achievements',
    activity: 'activities',
    article: 'knowledge',
  };
  return path[kind] ? `/${path[kind]}/${encodeURIComponent(id)}` : undefined;
}
