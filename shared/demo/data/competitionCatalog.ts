/**
 * The demo year's competitions: 1 national, 2 provincial, 4 municipal, 9 company and 67 grassroots (83 in all).
 *
 * Each spec names the organiser, the trade, who may enter (`pool`), the rubric shape and when it is held.
 * `fixed` dates put a few competitions in late December so that, seen from the default "now" (20 December),
 * they are still in review, scoring, drawn, registration or draft; all others are spread over the year.
 */
import type { Level } from '../../domain';

export type RubricShapeKey =
  | 'theory30Practical70'
  | 'theory20Practical80'
  | 'practicalOnly'
  | 'emergencyDrill'
  | 'dispatchSimulation'
  | 'teamDrill';

export interface CompetitionSpec {
  readonly level: Level;
  readonly trade: string;
  /** Full name with `{year}` standing for the demo year. */
  readonly name: string;
  readonly organiser: string;
  /** Organising department's code when it is one of the group's own units. */
  readonly organiserCode?: string;
  /** Who may enter: the organiser's subtree, or the whole group. */
  readonly pool: 'organiser' | 'group';
  readonly shape: RubricShapeKey;
  readonly venue: string;
  /** Month (1–12) it is held in, when not fixed. */
  readonly month?: number;
  /** Fixed start as MM-DD, for the late-December competitions. */
  readonly fixed?: string;
  readonly days: number;
  readonly teamBased?: boolean;
}

const GROUP_ORGANISER = '集团工会、人力资源部（教育培训中心）';
const TRAINING_BASE = '集团教育培训中心实训基地';

const national: CompetitionSpec[] = [
  {
    level: 'national',
    trade: '信号工',
    name: '{year}年城市轨道交通行业职业技能竞赛（信号工）',
    organiser: '中国城市轨道交通协会、中国就业培训技术指导中心',
    pool: 'group',
    shape: 'theory30Practical70',
    venue: '城市轨道交通行业技能实训基地（北京）',
    month: 11,
    days: 4,
  },
];

const provincial: CompetitionSpec[] = [
  {
    level: 'provincial',
    trade: '接触网工',
    name: '{year}年全省交通运输行业职业技能大赛（接触网工）',
    organiser: '省交通运输厅、省总工会',
    pool: 'group',
    shape: 'theory30Practical70',
    venue: '省交通职业技术学院实训中心',
    month: 9,
    days: 3,
  },
  {
    level: 'provincial',
    trade: '电客车检修工',
    name: '{year}年全省城市轨道交通职业技能竞赛（电客车检修工）',
    organiser: '省人力资源和社会保障厅、省城市轨道交通协会',
    pool: 'group',
    shape: 'theory20Practical80',
    venue: '省城市轨道交通实训基地',
    month: 10,
    days: 3,
  },
];

const municipal = (trade: string, month: number, shape: RubricShapeKey = 'theory30Practical70'): CompetitionSpec => ({
  level: 'municipal',
  trade,
  name: `{year}年临江市职工职业技能大赛轨道交通${trade}竞赛`,
  organiser: '临江市总工会、临江市人力资源和社会保障局',
  pool: 'group',
  shape,
  venue: '临江市公共实训基地',
  month,
  days: 2,
});

const company = (
  trade: string,
  month: number,
  shape: RubricShapeKey,
  extra: Partial<CompetitionSpec> = {},
): CompetitionSpec => ({
  level: 'company',
  trade,
  name: `集团{year}年“匠心杯”${trade}职业技能竞赛`,
  organiser: GROUP_ORGANISER,
  organiserCode: 'GH',
  pool: 'group',
  shape,
  venue: TRAINING_BASE,
  month,
  days: 2,
  ...extra,
});

/** Grassroots competition: `who` is the organiser's name, `code` its department code. */
const grassroots = (
  code: string,
  who: string,
  trade: string,
  title: string,
  venue: string,
  extra: Partial<CompetitionSpec> = {},
): CompetitionSpec => ({
  level: 'grassroots',
  trade,
  name: `${who}{year}年${trade}${title}`,
  organiser: who,
  organiserCode: code,
  pool: 'organiser',
  shape: /应急|抢修/.test(title) ? 'emergencyDrill' : 'theory30Practical70',
  venue,
  days: 1,
  ...extra,
});

const operatingCompany = (n: string, code: string, depot: string): CompetitionSpec[] => {
  const who = `运营${n}分公司`;
  return [
    grassroots(code, who, '电客车司机', '应急处置技能比武', `${depot}试车线`),
    grassroots(`${code}-CW`, `乘务${n}中心`, '电客车司机', '手动驾驶技能比武', `${depot}试车线`, { shape: 'practicalOnly' }),
    grassroots(`${code}-CW`, `乘务${n}中心`, '电客车司机', '岗位练兵技能比武', `${depot}司机培训室`),
    grassroots(`${code}-ZW`, `站务${n}中心`, '车站值班员', '行车组织技能比武', `${who}站务培训基地`, { shape: 'dispatchSimulation' }),
    grassroots(code, who, '车站值班员', '应急处置技能比武', `${who}站务培训基地`),
    grassroots(`${code}-ZW`, `站务${n}中心`, '客运值班员', '票务技能比武', `${who}站务培训基地`, { shape: 'practicalOnly' }),
  ];
};

const grassrootsList: CompetitionSpec[] = [
  ...operatingCompany('一', 'YY1', '北郊车辆段'),
  ...operatingCompany('二', 'YY2', '南湖车辆段'),
  ...operatingCompany('三', 'YY3', '南湖车辆段'),
  // 车辆中心
  grassroots('CL-BJ', '北郊车辆段', '电客车检修工', '岗位练兵技能比武', '北郊车辆段检修库'),
  grassroots('CL-BJ', '北郊车辆段', '工程车司机', '技能比武', '北郊车辆段工程车库', { shape: 'practicalOnly' }),
  grassroots('CL-NH', '南湖车辆段', '电客车检修工', '故障处理技能比武', '南湖车辆段检修库', { shape: 'theory20Practical80' }),
  grassroots('CL-NH', '南湖车辆段', '电客车检修工', '制动系统检修技能比武', '南湖车辆段检修库', { shape: 'practicalOnly' }),
  grassroots('CL-JX', '架修车间', '电客车检修工', '技术比武', '北郊车辆段架修库', { fixed: '12-16' }),
  grassroots('CL-JX', '架修车间', '车辆电工', '技能比武', '北郊车辆段架修库'),
  grassroots('CL', '车辆中心', '电客车检修工', '牵引系统故障处理技能竞赛', '南湖车辆段检修库', { shape: 'theory20Practical80' }),
  // 通号中心
  grassroots('TH-XH1', '信号一车间', '信号工', '岗位练兵技能比武', '通号中心信号实训室'),
  grassroots('TH-XH2', '信号二车间', '信号工', '技能比武', '通号中心信号实训室', { shape: 'practicalOnly' }),
  grassroots('TH', '通号中心', '信号工', '故障处理技能竞赛', '通号中心信号实训室', { shape: 'theory20Practical80' }),
  grassroots('TH', '通号中心', '信号工', '青年技能比武', '通号中心信号实训室', { fixed: '12-18' }),
  grassroots('TH-TX', '通信车间', '通信工', '技能比武', '通号中心通信实训室'),
  grassroots('TH', '通号中心', '通信工', '光缆熔接技能比武', '通号中心通信实训室', { shape: 'practicalOnly' }),
  grassroots('TH-TX', '通信车间', '通信工', '岗位练兵技能比武', '通号中心通信实训室'),
  // 供电中心
  grassroots('GD-BD', '变电车间', '变电检修工', '岗位练兵技能比武', '供电中心变电实训室'),
  grassroots('GD', '供电中心', '变电检修工', '倒闸操作技能比武', '供电中心变电实训室', { shape: 'practicalOnly' }),
  grassroots('GD-BD', '变电车间', '变电检修工', '继电保护技能比武', '供电中心变电实训室', { shape: 'theory20Practical80' }),
  grassroots('GD-JCW', '接触网车间', '接触网工', '岗位练兵技能比武', '北郊车辆段接触网实训线'),
  grassroots('GD', '供电中心', '接触网工', '故障抢修技能比武', '北郊车辆段接触网实训线'),
  grassroots('GD-JCW', '接触网车间', '接触网工', '刚性接触网检修技能比武', '北郊车辆段接触网实训线', { shape: 'practicalOnly' }),
  grassroots('GD', '供电中心', '接触网工', '青年技能比武', '北郊车辆段接触网实训线', { fixed: '12-23' }),
  // 工务中心
  grassroots('GW-XL', '线路车间', '线路工', '岗位练兵技能比武', '南湖车辆段轨道实训线'),
  grassroots('GW', '工务中心', '线路工', '技能比武', '南湖车辆段轨道实训线', { shape: 'practicalOnly' }),
  grassroots('GW-XL', '线路车间', '线路工', '道岔整修技能比武', '南湖车辆段轨道实训线', { shape: 'theory20Practical80' }),
  grassroots('GW-QS', '桥隧车间', '桥隧工', '技能比武', '工务中心桥隧实训场'),
  grassroots('GW', '工务中心', '桥隧工', '隧道病害检查技能比武', '工务中心桥隧实训场', { shape: 'practicalOnly', fixed: '12-26' }),
  // 机电中心
  grassroots('JD-SB', '机电设备车间', '机电设备检修工', '岗位练兵技能比武', '机电中心实训室'),
  grassroots('JD', '机电中心', '机电设备检修工', '站台门检修技能比武', '机电中心实训室', { shape: 'practicalOnly' }),
  grassroots('JD', '机电中心', '机电设备检修工', '自动扶梯故障处理技能比武', '机电中心实训室', { shape: 'theory20Practical80' }),
  grassroots('JD-SB', '机电设备车间', '机电设备检修工', '环控设备检修技能比武', '机电中心实训室'),
  grassroots('JD-AFC', '自动售检票车间', '自动售检票设备检修工', '岗位练兵技能比武', '机电中心AFC实训室'),
  grassroots('JD', '机电中心', '自动售检票设备检修工', '技能比武', '机电中心AFC实训室', { shape: 'practicalOnly' }),
  grassroots('JD-AFC', '自动售检票车间', '自动售检票设备检修工', '故障处理技能比武', '机电中心AFC实训室', { fixed: '12-30' }),
  // 调度指挥中心
  grassroots('DD', '调度指挥中心', '行车调度员', '应急处置技能比武', '调度指挥中心仿真培训室', { shape: 'dispatchSimulation' }),
  grassroots('DD-XC', '行车调度室', '行车调度员', '岗位练兵技能比武', '调度指挥中心仿真培训室', { shape: 'dispatchSimulation' }),
  grassroots('DD', '调度指挥中心', '行车调度员', '调度命令技能比武', '调度指挥中心仿真培训室', { shape: 'dispatchSimulation' }),
  grassroots('DD-DH', '电力环控调度室', '电力调度员', '技能比武', '调度指挥中心仿真培训室', { shape: 'dispatchSimulation' }),
  grassroots('DD-DH', '电力环控调度室', '环控调度员', '技能比武', '调度指挥中心仿真培训室', { shape: 'dispatchSimulation' }),
  // 维修中心
  grassroots('WX-ZH', '综合维修车间', '机电设备检修工', '技能比武', '维修中心综合实训场'),
  grassroots('WX', '维修中心', '机电设备检修工', '岗位练兵技能比武', '维修中心综合实训场', { shape: 'practicalOnly' }),
  grassroots('WX-ZH', '综合维修车间', '焊工', '钢轨焊接技能比武', '维修中心焊接实训场', { shape: 'practicalOnly' }),
  grassroots('WX', '维修中心', '焊工', '技能比武', '维修中心焊接实训场'),
  grassroots('WX-GCC', '工程车车间', '工程车司机', '技能比武', '北郊车辆段工程车库', { shape: 'practicalOnly' }),
  // 客运部 organises across the three operating companies.
  grassroots('KY', '客运部', '车站值班员', '应急处置团体赛', '集团应急演练中心', {
    pool: 'group',
    shape: 'teamDrill',
    teamBased: true,
  }),
  grassroots('KY', '客运部', '车站值班员', '综控员技能比武', '集团应急演练中心', { pool: 'group', shape: 'dispatchSimulation' }),
  grassroots('KY', '客运部', '车站值班员', '岗位练兵技能比武', '集团应急演练中心', { pool: 'group' }),
  grassroots('KY', '客运部', '客运值班员', '服务技能比武', '集团应急演练中心', { pool: 'group', shape: 'practicalOnly' }),
  grassroots('KY', '客运部', '客运值班员', '票务技能比武', '集团应急演练中心', { pool: 'group', fixed: '12-27' }),
  grassroots('KY', '客运部', '客运值班员', '大客流组织团体赛', '集团应急演练中心', {
    pool: 'group',
    shape: 'teamDrill',
    teamBased: true,
  }),
];

export const COMPETITION_SPECS: readonly CompetitionSpec[] = [
  ...national,
  ...provincial,
  municipal('电客车司机', 8),
  municipal('信号工', 9),
  municipal('接触网工', 8, 'theory20Practical80'),
  municipal('车站值班员', 10, 'dispatchSimulation'),
  company('电客车司机', 6, 'theory30Practical70'),
  company('电客车检修工', 7, 'theory20Practical80'),
  company('信号工', 6, 'theory30Practical70'),
  company('接触网工', 5, 'theory30Practical70'),
  company('变电检修工', 9, 'theory20Practical80'),
  company('车站值班员', 7, 'dispatchSimulation'),
  company('通信工', 10, 'theory30Practical70'),
  company('机电设备检修工', 12, 'theory20Practical80', { fixed: '12-12', days: 3 }),
  company('自动售检票设备检修工', 12, 'theory30Practical70', { fixed: '12-19' }),
  ...grassrootsList,
];
