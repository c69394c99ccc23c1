/**
 * A small team event, as records, and its archive built through the app's own builder: for the archive and
 * command-line tests and the docs example. One module with one points item (0–100) scored by one judge, so each
 * entrant's total is the mark itself. Seven entrants in three teams:
 *
 *   红队 E1 90, E2 70              → sum 160, mean 80.00
 *   蓝队 E3 100, E4 absent (0), E7 80 → sum 180, mean (100 + 0 + 80) / 3 = 60.00
 *   绿队 E5 85, E6 75              → sum 160, mean 80.00
 *
 * Award rule: counts 1 / 1 / 1 (cumulative: first to rank ≤ 1, second to rank ≤ 2, third to rank ≤ 3).
 */
import { competitionSchema, type Competition, type Entry, type JudgeAssignment, type Mark, type Rubric } from '../../../domain';
import { pointsItem, pts, singleModuleRubric } from '../../../scoring/testing/rubricFixture';
import { buildCompetitionArchive } from '../buildCompetitionArchive';
import type { CompetitionArchive } from '../competitionArchiveSchema';

const at = '2024-06-20T16:00:00+08:00';
const meta = (id: string) => ({ id, version: 1, updatedAt: at });

/** The fixture rubric's part, module and item named as a results file would print them. */
function named(rubric: Rubric): Rubric {
  return {
    ...rubric,
    parts: rubric.parts.map((p) => ({ ...p, name: '实操', modules: p.modules.map((m) => ({ ...m, name: '接触网检调', items: m.items.map((it) => ({ ...it, name: '作业质量' })) })) })),
  };
}

export function teamEventCompetition(options: Partial<Pick<Competition, 'teamBased' | 'teamScoring' | 'teamAwards'>> = {}): Competition {
  return competitionSchema.parse({
    ...meta('comp-team'),
    name: '2024年接触网工团体赛（示例）',
    year: 2024,
    level: 'company',
    trade: '接触网工',
    startDate: '2024-06-18',
    endDate: '2024-06-18',
    status: 'review',
    teamBased: true,
    teamScoring: 'mean',
    teamAwards: true,
    rubric: named(singleModuleRubric([pointsItem('work', 100)], {}, { awardRule: { mode: 'count', counts: [1, 1, 1] } })),
    ...options,
  });
}

const people: readonly (readonly [entryId: string, name: string, team: string, points: number | undefined])[] = [
  ['E1', '王建国', '红队', 90],
  ['E2', '李明', '红队', 70],
  ['E3', '张伟', '蓝队', 100],
  ['E4', '刘洋', '蓝队', undefined],
  ['E5', '陈静', '绿队', 85],
  ['E6', '杨帆', '绿队', 75],
  ['E7', '赵磊', '蓝队', 80],
];

export const teamEventEntries: readonly Entry[] = people.map(([id, , teamName, points], i) => ({
  ...meta(id),
  competitionId: 'comp-team',
  memberIds: [`p-${id}`],
  teamName,
  departmentId: 'd-ocs',
  coachIds: [],
  status: points === undefined ? 'absent' : 'checked_in',
  drawOrder: i + 1,
}));

const judge: JudgeAssignment = { ...meta('J1'), competitionId: 'comp-team', personId: 'p-judge', role: 'judge', moduleIds: ['M'], stations: [] };

export const teamEventMarks: readonly Mark[] = people.flatMap(([, , , points], i) =>
  points === undefined
    ? []
    : [{ ...meta(`J1|M|work|order:${i + 1}`), competitionId: 'comp-team', assignmentId: 'J1', moduleId: 'M', itemId: 'work', subjectRef: `order:${i + 1}`, value: pts(points) } as Mark],
);

/** The archive the reports tab exports once names are revealed (names, department and team names), or anonymised. */
export function teamEventArchive(competition: Competition = teamEventCompetition(), options: { anonymised?: boolean } = {}): Promise<CompetitionArchive> {
  return buildCompetitionArchive({
    competition,
    entries: teamEventEntries,
    judges: [judge],
    marks: teamEventMarks,
    exportedAt: at,
    ...(options.anonymised
      ? {}
      : {
          nameOf: (e: Entry) => ({ name: people.find(([id]) => id === e.id)?.[1] ?? '', department: '供电车间', ...(e.teamName ? { teamName: e.teamName } : {}) }),
        }),
    judgeLabel: () => '1号裁判',
  });
}
