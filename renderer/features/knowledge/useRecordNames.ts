/** Display names of linked records (people, competitions, studios, projects, achievements), read by id. */
import type { RecordRef } from '../../../shared/domain';
import { useLiveRecords } from '../../db/useLiveRecords';

export function useRecordNames(refs: readonly RecordRef[]): ReadonlyMap<string, string> | undefined {
  const key = refs.map((r) => `${r.kind}:${r.id}`).join(',');
  return useLiveRecords(
    async (r) => {
      const ids = (kind: RecordRef['kind']) => refs.filter((ref) => ref.kind === kind).map((ref) => ref.id);
      const [people, competitions, studios, projects, achievements, articles] = await Promise.all([
        r.people.byIds(ids('person')),
        r.competitions.byIds(ids('competition')),
        r.studios.byIds(ids('studio')),
        r.projects.byIds(ids('project')),
        r.achievements.byIds(ids('achievement')),
        r.knowledge.summaries(ids('article')),
      ]);
      return new Map<string, string>([
        ...people.map((x) => [`person:${x.id}`, x.name] as const),
        ...competitions.map((x) => [`competition:${x.id}`, x.name] as const),
        ...studios.map((x) => [`studio:${x.id}`, x.name] as const),
        ...projects.map((x) => [`project:${x.id}`, x.title] as const),
        ...achievements.map((x) => [`achievement:${x.id}`, x.title] as const),
        ...articles.map((x) => [`article:${x.id}`, x.title] as const),
      ]);
    },
    [key],
  );
}
