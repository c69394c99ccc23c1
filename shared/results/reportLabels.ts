/**
 * Words of the results files written outside the UI's i18n (workbook, CSV, command line), in Chinese or English.
 * shared/ cannot use i18next; the UI's own screens translate through their i18n resources.
 */
import type { AwardKey, EntryStatus } from '../domain';
import type { UnrankedReason } from '../scoring';

export type ReportLanguage = 'zh' | 'en';

const LABELS = {
  zh: {
    ranking: '排名',
    modules: '模块明细',
    rawMarks: '评分明细',
    audit: '审计摘要',
    rank: '名次',
    code: '加密号',
    entryId: '参赛编号',
    name: '姓名',
    department: '单位',
    status: '状态',
    total: '总分',
    award: '奖项',
    module: '模块',
    item: '评分项',
    itemScore: '评分项得分',
    vetoed: '安全否决',
    snapshotHash: '公示快照哈希',
    notPublished: '未公示（实时计算）',
    generatedAt: '生成时间',
    tieBreak: '同分决胜',
    measure: '项目',
    value: '数值',
    judge: '裁判',
    unranked: '不参加排名',
    teams: '团体排名',
    team: '队伍',
    members: '队员（个人总分）',
    teamTotal: '团体总分',
    teamMean: '团体平均分',
    countsZero: '计 0 分',
  },
  en: {
    ranking: 'Ranking',
    modules: 'Modules',
    rawMarks: 'Marks by judge',
    audit: 'Audit summary',
    rank: 'Rank',
    code: 'Code',
    entryId: 'Entry id',
    name: 'Name',
    department: 'Unit',
    status: 'Status',
    total: 'Total',
    award: 'Award',
    module: 'Module',
    item: 'Item',
    itemScore: 'Item score',
    vetoed: 'Safety veto',
    snapshotHash: 'Snapshot hash',
    notPublished: 'Not published (live results)',
    generatedAt: 'Generated at',
    tieBreak: 'Tie-break',
    measure: 'Measure',
    value: 'Value',
    judge: 'Judge',
    unranked: 'Not ranked',
    teams: 'Teams',
    team: 'Team',
    members: 'Members (individual total)',
    teamTotal: 'Team total',
    teamMean: 'Team mean',
    countsZero: 'counts 0',
  },
} as const;
export type ReportLabel = keyof (typeof LABELS)['zh'];

export function reportLabel(language: ReportLanguage, key: ReportLabel): string {
  return LABELS[language][key];
}

const AWARDS: Record<ReportLanguage, Record<AwardKey, string>> = {
  zh: { first: '一等奖', second: '二等奖', third: '三等奖' },
  en: { first: 'First prize', second: 'Second prize', third: 'Third prize' },
};
export const awardLabel = (language: ReportLanguage, award: AwardKey | undefined): string => (award ? AWARDS[language][award] : '');

const STATUSES: Record<ReportLanguage, Record<EntryStatus | 'safety_veto', string>> = {
  zh: { registered: '已报名', checked_in: '已检录', absent: '缺考', withdrawn: '退赛', disqualified: '取消资格', safety_veto: '安全否决取消资格' },
  en: { registered: 'Registered', checked_in: 'Checked in', absent: 'Absent', withdrawn: 'Withdrawn', disqualified: 'Disqualified', safety_veto: 'Disqualified (safety veto)' },
};
export const statusLabel = (language: ReportLanguage, status: EntryStatus, reason?: UnrankedReason): string =>
  STATUSES[language][reason === 'safety_veto' ? 'safety_veto' : status];
