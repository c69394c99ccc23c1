/**
 * The project table's view: filter, sort and group rows, as one pure function so it can be measured on
 * 10,000 projects (docs/benchmarks.md) and saved as a named view. Rows are flat objects prepared once per data
 * change; applying a view never touches the database.
 */
import type { ProjectStage } from '../domain';
import { BOARD_STAGES } from './projectStages';

export interface ProjectRow {
  readonly id: string;
  readonly title: string;
  readonly studioId: string;
  readonly studioName: string;
  readonly stage: ProjectStage;
  readonly startDate: string;
  readonly memberCount: number;
  readonly budgetFen: number;
  readonly spentFen: number;
  readonly originName: string;
  /** Title, studio and origin in lower case, joined once when the row is built, so filtering is one search. */
  readonly searchText: string;
}

/** The `searchText` of a row. */
export function projectSearchText(row: Pick<ProjectRow, 'title' | 'studioName' | 'originName'>): string {
  return `${row.title}\n${row.studioName}\n${row.originName}`.toLowerCase();
}

export const SORT_KEYS = ['title', 'studioName', 'stage', 'startDate', 'memberCount', 'budgetFen', 'spentFen'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const GROUP_KEYS = ['none', 'stage', 'studioName', 'year'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface ProjectViewSettings {
  readonly text: string;
  readonly stages: readonly ProjectStage[];
  readonly studioId: string;
  readonly sort: SortKey;
  readonly descending: boolean;
  readonly group: GroupKey;
}

export const DEFAULT_VIEW: ProjectViewSettings = { text: '', stages: [], studioId: '', sort: 'startDate', descending: true, group: 'none' };

export type ViewItem = { readonly kind: 'group'; readonly key: string; readonly count: number } | { readonly kind: 'row'; readonly row: ProjectRow };

const stageOrder = new Map(BOARD_STAGES.map((s, i) => [s, i]));
const collator = new Intl.Collator('zh-CN');

function compare(key: SortKey): (a: ProjectRow, b: ProjectRow) => number {
  switch (key) {
    case 'stage':
      return (a, b) => stageOrder.get(a.stage)! - stageOrder.get(b.stage)!;
    case 'memberCount':
    case 'budgetFen':
    case 'spentFen':
      return (a, b) => a[key] - b[key];
    case 'startDate':
      return (a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0);
    default:
      return (a, b) => collator.compare(a[key], b[key]);
  }
}

function groupOf(row: ProjectRow, group: GroupKey): string {
  if (group === 'stage') return row.stage;
  if (group === 'studioName') return row.studioName;
  if (group === 'year') return row.startDate.slice(0, 4);
  return '';
}

export function applyProjectView(rows: readonly ProjectRow[], view: ProjectViewSettings): ViewItem[] {
  const text = view.text.trim().toLowerCase();
  const stages = view.stages.length > 0 ? new Set(view.stages) : undefined;
  const filtered = rows.filter(
    (r) => (!stages || stages.has(r.stage)) && (!view.studioId || r.studioId === view.studioId) && (!text || r.searchText.includes(text)),
  );
  const byKey = compare(view.sort);
  const sign = view.descending ? -1 : 1;
  // Ties keep a stable order by id so a view always lists rows the same way.
  filtered.sort((a, b) => sign * byKey(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (view.group === 'none') return filtered.map((row) => ({ kind: 'row', row }));
  const groups = new Map<string, ProjectRow[]>();
  for (const row of filtered) {
    const key = groupOf(row, view.group);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  const keys = [...groups.keys()].sort(view.group === 'stage' ? (a, b) => stageOrder.get(a as ProjectStage)! - stageOrder.get(b as ProjectStage)! : (a, b) => collator.compare(a, b));
  return keys.flatMap((key) => [{ kind: 'group' as const, key, count: groups.get(key)!.length }, ...groups.get(key)!.map((row) => ({ kind: 'row' as const, row }))]);
}
