import { describe, expect, it } from 'vitest';
import { applyProjectView, DEFAULT_VIEW, projectSearchText, type ProjectRow } from './projectView';

const row = (id: string, stage: ProjectRow['stage'], studioName: string, startDate: string, budgetFen = 0): ProjectRow => {
  const base = { id, title: `项目${id}`, studioId: studioName, studioName, stage, startDate, memberCount: 3, budgetFen, spentFen: 0, originName: '' };
  return { ...base, searchText: projectSearchText(base) };
};
const rows = [row('a', 'trial', '乙', '2024-03-01', 500), row('b', 'proposal', '甲', '2023-01-01', 900), row('c', 'trial', '甲', '2024-05-01', 100), row('d', 'rejected', '乙', '2022-02-02')];

describe('project table views', () => {
  it('filters by stage, studio and text, and sorts', () => {
    expect(applyProjectView(rows, { ...DEFAULT_VIEW, stages: ['trial'] }).map((i) => i.kind === 'row' && i.row.id)).toEqual(['c', 'a']);
    expect(applyProjectView(rows, { ...DEFAULT_VIEW, studioId: '甲', sort: 'budgetFen', descending: false }).map((i) => i.kind === 'row' && i.row.id)).toEqual(['c', 'b']);
    expect(applyProjectView(rows, { ...DEFAULT_VIEW, text: '项目d' })).toHaveLength(1);
  });

  it('groups by stage in pipeline order with counts', () => {
    const items = applyProjectView(rows, { ...DEFAULT_VIEW, group: 'stage' });
    expect(items.filter((i) => i.kind === 'group')).toEqual([
      { kind: 'group', key: 'proposal', count: 1 },
      { kind: 'group', key: 'trial', count: 2 },
      { kind: 'group', key: 'rejected', count: 1 },
    ]);
  });
});
