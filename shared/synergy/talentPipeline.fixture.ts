/**
 * A small hand-made workspace for the talent pipeline and cohort tests, with answers worked out by hand.
 *
 * Units: 运营 (d-ops, with d-ops-1 under it) and 维修 (d-mnt). Competitions:
 * - c-22 (2022, company, 信号工, published): 10 ranked — e1 王一 first, e2 李二 second, e3 third; e4..e10 none.
 * - c-23 (2023, municipal, 信号工, published): 20 ranked, award by threshold: e21 张三 first (rank 1); e22 赵四 rank 2
 *   no award (top 10 % → high scorer); e23 rank 3 no award (not high scorer); e24 孙五 withdrawn (not ranked).
 * - c-24 (2024, company, 电客车司机, published twice): the first snapshot gave 周六 first; the second (after an
 *   appeal) gives 吴七 first and 周六 second.
 * - c-25 (2024, grassroots, 信号工, scoring): 郑八 ranked 1 in a draft that is not published — never counts.
 * Studios: s-sig (信号工, hosted in d-ops; 李二 is a member), s-sig2 (信号工, hosted in d-mnt), s-ops (司机, in
 * d-ops), s-old (信号工, closed; 张三 belongs to it — a closed studio does not count).
 */
import type { Competition, Department, Entry, Person, Project, Publication, PublishedResult, Studio } from '../domain';
import type { StudioInvitation } from './types';


export const departments: Pick<Department, 'id' | 'parentId'>[] = [{ id: 'd-ops' }, { id: 'd-ops-1', parentId: 'd-ops' }, { id: 'd-mnt' }];

type PersonRow = Pick<Person, 'id' | 'name' | 'trade' | 'departmentId' | 'honours' | 'gradeHistory'>;
const person = (id: string, name: string, trade: string, departmentId: string, extra: Partial<PersonRow> = {}): PersonRow => ({ id, name, trade, departmentId, honours: [], ...extra });

export const people: PersonRow[] = [
  person('p1', '王一', '信号工', 'd-ops-1', {
    honours: [{ kind: 'technical_expert', level: 'company', year: 2023 }],
    gradeHistory: [
      { grade: 'senior', on: '2020-05-01' },
      { grade: 'technician', on: '2023-06-01' },
    ],
  }),
  person('p2', '李二', '信号工', 'd-mnt'),
  person('p3', '刘三', '信号工', 'd-mnt', { gradeHistory: [{ grade: 'technician', on: '2021-01-01' }, { grade: 'senior', on: '2024-01-01' }] }),
  person('p21', '张三', '信号工', 'd-ops'),
  person('p22', '赵四', '信号工', 'd-ops-1'),
  person('p23', '钱九', '信号工', 'd-ops'),
  person('p24', '孙五', '信号工', 'd-ops'),
  person('p31', '周六', '电客车司机', 'd-ops-1', { honours: [{ kind: 'youth_post_expert', level: 'company', year: 2024 }] }),
  person('p32', '吴七', '电客车司机', 'd-mnt'),
  person('p41', '郑八', '信号工', 'd-ops'),
];

const competition = (id: string, year: number, level: Competition['level'], status: Competition['status'], name = id): Pick<Competition, 'id' | 'name' | 'year' | 'level' | 'status' | 'trade'> => ({
  id,
  name,
  year,
  level,
  status,
  trade: '',
});

export const competitions = [
  competition('c-22', 2022, 'company', 'published', '2022 信号工竞赛'),
  competition('c-23', 2023, 'municipal', 'published', '2023 信号工竞赛'),
  competition('c-24', 2024, 'company', 'published', '2024 司机竞赛'),
  competition('c-25', 2024, 'grassroots', 'scoring', '2024 信号工班组赛'),
];

export const entries: Pick<Entry, 'id' | 'memberIds'>[] = [
  { id: 'e1', memberIds: ['p1'] },
  { id: 'e2', memberIds: ['p2'] },
  { id: 'e3', memberIds: ['p3'] },
  { id: 'e21', memberIds: ['p21'] },
  { id: 'e22', memberIds: ['p22'] },
  { id: 'e23', memberIds: ['p23'] },
  { id: 'e24', memberIds: ['p24'] },
  { id: 'e31', memberIds: ['p31'] },
  { id: 'e32', memberIds: ['p32'] },
  { id: 'e41', memberIds: ['p41'] },
];

const ranked = (entryId: string, rank: number, award?: PublishedResult['award']): PublishedResult => ({ entryId, rank, total: 100 - rank, ...(award ? { award } : {}) });
const filler = (prefix: string, from: number, to: number): PublishedResult[] => Array.from({ length: to - from + 1 }, (_, i) => ranked(`${prefix}-x${from + i}`, from + i));

type PublicationRow = Pick<Publication, 'id' | 'competitionId' | 'results' | 'sequence' | 'publishedAt'>;
export const publications: PublicationRow[] = [
  { id: 'pub-22', competitionId: 'c-22', publishedAt: '2022-06-01T00:00:00.000Z', results: [ranked('e1', 1, 'first'), ranked('e2', 2, 'second'), ranked('e3', 3, 'third'), ...filler('c22', 4, 10)] },
  {
    id: 'pub-23',
    competitionId: 'c-23',
    publishedAt: '2023-06-01T00:00:00.000Z',
    results: [ranked('e21', 1, 'first'), ranked('e22', 2), ranked('e23', 3), ...filler('c23', 4, 20), { entryId: 'e24', total: 0, status: 'withdrawn' }],
  },
  { id: 'pub-24a', competitionId: 'c-24', sequence: 1, publishedAt: '2024-06-01T00:00:00.000Z', results: [ranked('e31', 1, 'first'), ranked('e32', 2, 'second')] },
  { id: 'pub-24b', competitionId: 'c-24', sequence: 2, publishedAt: '2024-06-09T00:00:00.000Z', results: [ranked('e32', 1, 'first'), ranked('e31', 2, 'second')] },
  { id: 'pub-25', competitionId: 'c-25', publishedAt: '2024-07-01T00:00:00.000Z', results: [ranked('e41', 1, 'first')] },
];

type StudioRow = Pick<Studio, 'id' | 'name' | 'trade' | 'departmentId' | 'leadId' | 'memberIds' | 'status'>;
export const studios: StudioRow[] = [
  { id: 's-sig', name: '甲信号工作室', trade: '信号工', departmentId: 'd-ops', leadId: 'lead-1', memberIds: ['p2'] },
  { id: 's-sig2', name: '乙信号工作室', trade: '信号工', departmentId: 'd-mnt', leadId: 'lead-2', memberIds: [] },
  { id: 's-ops', name: '丙司机工作室', trade: '电客车司机', departmentId: 'd-ops', leadId: 'lead-3', memberIds: [] },
  { id: 's-old', name: '丁信号工作室', trade: '信号工', departmentId: 'd-ops', leadId: 'lead-4', memberIds: ['p21'], status: 'closed' },
];

type InvitationRow = Pick<StudioInvitation, 'id' | 'personId' | 'studioId' | 'status' | 'answeredAt'>;
export const invitations: InvitationRow[] = [
  // 王一 was asked by s-sig2 (pending): s-sig2 is not suggested again to him.
  { id: 'i1', personId: 'p1', studioId: 's-sig2', status: 'pending' },
  // 刘三 declined s-sig in 2023: a declined invitation does not stop a new one.
  { id: 'i2', personId: 'p3', studioId: 's-sig', status: 'declined', answeredAt: '2023-02-01T00:00:00.000Z' },
  // 李二 accepted s-sig in 2023: he joined a studio in 2023.
  { id: 'i3', personId: 'p2', studioId: 's-sig', status: 'accepted', answeredAt: '2023-03-01T00:00:00.000Z' },
];

export const projects: Pick<Project, 'memberIds' | 'startDate'>[] = [
  { memberIds: ['p1', 'p2'], startDate: '2023-04-01' },
  { memberIds: ['p1'], startDate: '2024-02-01' },
  // Before 王一's cohort year: does not count.
  { memberIds: ['p1'], startDate: '2021-02-01' },
  { memberIds: ['p32'], startDate: '2024-09-01' },
];

export const achievements = [
  { ownerIds: ['p2', 'p1'], year: 2024 },
  { ownerIds: ['p21'], year: 2023 },
];
