import { describe, expect, it } from 'vitest';
import type { ProjectStage } from '../domain';
import { boardColumns } from './boardColumns';
import { BOARD_STAGES } from './projectStages';

const p = (id: string, stage: ProjectStage, startDate: string, studioId = 's1') => ({ id, stage, startDate, studioId });

describe('board columns', () => {
  it('has one column per board stage, in board order, empty ones included', () => {
    const columns = boardColumns([p('a', 'trial', '2024-01-01')]);
    expect([...columns.keys()]).toEqual(BOARD_STAGES);
    expect(columns.get('trial')!.map((x) => x.id)).toEqual(['a']);
    expect(columns.get('proposal')).toEqual([]);
  });

  it('puts the newest start first and keeps the given order for equal dates', () => {
    const columns = boardColumns([p('old', 'proposal', '2019-12-31'), p('x', 'proposal', '2024-03-15'), p('new', 'proposal', '2025-01-02'), p('y', 'proposal', '2024-03-15')]);
    expect(columns.get('proposal')!.map((x) => x.id)).toEqual(['new', 'x', 'y', 'old']);
  });

  it('keeps only one studio when asked, and does not change the projects given', () => {
    const projects = [p('a', 'review', '2024-01-01', 's1'), p('b', 'review', '2024-02-01', 's2')];
    expect(boardColumns(projects, 's2').get('review')!.map((x) => x.id)).toEqual(['b']);
    expect(boardColumns(projects).get('review')!.map((x) => x.id)).toEqual(['b', 'a']);
    expect(projects.map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('groups 2,000 projects quickly', () => {
    const many = Array.from({ length: 2000 }, (_v, i) => p(`p${i}`, BOARD_STAGES[i % BOARD_STAGES.length]!, `${2018 + (i % 7)}-${String((i % 12) + 1).padStart(2, '0')}-15`, `s${i % 20}`));
    const columns = boardColumns(many);
    expect([...columns.values()].reduce((n, list) => n + list.length, 0)).toBe(2000);
    for (const list of columns.values()) for (let i = 1; i < list.length; i++) expect(list[i - 1]!.startDate >= list[i]!.startDate).toBe(true);
  });
});
