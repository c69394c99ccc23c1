/**
 * The demo's 18 studios: 4 劳模创新工作室 (3 rated municipal, 1 provincial), 12 职工创新工作室 (11 municipal,
 * 1 company), 1 national 技能大师工作室 and 1 company 工匠创新工作室. Ratings are given as years before the
 * demo year; the highest rating is the current one.
 */
import type { Level, StudioKind } from '../../domain';

export interface StudioSpec {
  readonly kind: StudioKind;
  /** Fixed name, or a suffix after the lead's name ("{lead}劳模创新工作室"). */
  readonly name?: string;
  readonly nameAfterLead?: string;
  readonly trade: string;
  /** Host department code. */
  readonly host: string;
  /** A key from HONOURED_PEOPLE, or absent to take the strongest person of the trade who leads nothing yet. */
  readonly leadKey?: string;
  readonly foundedYearsAgo: number;
  readonly ratings: readonly (readonly [Level, number])[];
  readonly focus: string;
  /** Related trades whose people also join. */
  readonly alliedTrades?: readonly string[];
}

export const STUDIO_SPECS: readonly StudioSpec[] = [
  {
    kind: 'model_worker',
    nameAfterLead: '劳模创新工作室',
    trade: '信号工',
    host: 'TH',
    leadKey: 'mw-signal',
    foundedYearsAgo: 8,
    ratings: [['company', 7], ['municipal', 4]],
    focus: '信号设备故障快速定位、道岔转辙设备维护工艺改进和计轴系统可靠性提升。',
    alliedTrades: ['通信工'],
  },
  {
    kind: 'model_worker',
    nameAfterLead: '劳模创新工作室',
    trade: '电客车检修工',
    host: 'CL-BJ',
    leadKey: 'mw-vehicle',
    foundedYearsAgo: 6,
    ratings: [['company', 6], ['municipal', 3]],
    focus: '电客车关键部件自主修复、牵引与制动系统故障分析，降低委外维修成本。',
    alliedTrades: ['车辆电工'],
  },
  {
    kind: 'model_worker',
    nameAfterLead: '劳模创新工作室',
    trade: '接触网工',
    host: 'GD',
    leadKey: 'mw-catenary',
    foundedYearsAgo: 2,
    ratings: [['municipal', 1]],
    focus: '刚性接触网检修工艺、接触网故障快速抢修工器具研制。',
    alliedTrades: ['变电检修工'],
  },
  {
    kind: 'model_worker',
    nameAfterLead: '劳模创新工作室',
    trade: '电客车司机',
    host: 'YY1',
    leadKey: 'mw-driver',
    foundedYearsAgo: 9,
    ratings: [['company', 9], ['municipal', 7], ['provincial', 3]],
    focus: '电客车司机操纵技能提升、正线故障应急处置方法总结与推广、新司机培养。',
    alliedTrades: ['行车调度员'],
  },
  {
    kind: 'skill_master',
    nameAfterLead: '国家级技能大师工作室',
    trade: '变电检修工',
    host: 'GD-BD',
    leadKey: 'master-power',
    foundedYearsAgo: 8,
    ratings: [['provincial', 7], ['national', 2]],
    focus: '变电设备状态检修、继电保护校验技术传承与高技能人才培养。',
    alliedTrades: ['电力调度员'],
  },
  {
    kind: 'craftsman',
    name: '钢轨焊接工匠创新工作室',
    trade: '焊工',
    host: 'WX',
    leadKey: 'welder-1',
    foundedYearsAgo: 1,
    ratings: [['company', 1]],
    focus: '钢轨铝热焊与闪光焊工艺优化、焊缝质量控制。',
    alliedTrades: ['线路工'],
  },
  {
    kind: 'staff',
    name: 'AFC设备维修职工创新工作室',
    trade: '自动售检票设备检修工',
    host: 'JD-AFC',
    leadKey: 'afc-1',
    foundedYearsAgo: 1,
    ratings: [['company', 1]],
    focus: '自动售检票设备模块级自主维修与国产化备件替代。',
    alliedTrades: ['机电设备检修工', '通信工'],
  },
  {
    kind: 'staff',
    name: '信号维护职工创新工作室',
    trade: '信号工',
    host: 'TH-XH2',
    leadKey: 'signal-1',
    foundedYearsAgo: 7,
    ratings: [['company', 6], ['municipal', 3]],
    focus: '信号轨旁设备维护工艺与检测工装研制。',
  },
  {
    kind: 'staff',
    name: '通信网络职工创新工作室',
    trade: '通信工',
    host: 'TH-TX',
    leadKey: 'comm-2',
    foundedYearsAgo: 6,
    ratings: [['company', 5], ['municipal', 2]],
    focus: '专用通信网络可靠性提升、光缆与漏缆维护工具改进。',
    alliedTrades: ['信号工'],
  },
  {
    kind: 'staff',
    name: '电客车驾驶技能职工创新工作室',
    trade: '电客车司机',
    host: 'YY2',
    leadKey: 'driver-2',
    foundedYearsAgo: 6,
    ratings: [['company', 5], ['municipal', 2]],
    focus: '手动驾驶精准对标训练方法、司机操纵规范优化。',
  },
  {
    kind: 'staff',
    name: '乘务安全职工创新工作室',
    trade: '电客车司机',
    host: 'YY3',
    leadKey: 'driver-1',
    foundedYearsAgo: 2,
    ratings: [['municipal', 1]],
    focus: '乘务作业安全风险管控与应急处置预案优化。',
  },
  {
    kind: 'staff',
    name: '车辆检修职工创新工作室',
    trade: '电客车检修工',
    host: 'CL-NH',
    leadKey: 'vehicle-1',
    foundedYearsAgo: 8,
    ratings: [['company', 7], ['municipal', 5]],
    focus: '车门、空调与转向架检修工装研制和检修工艺标准化。',
    alliedTrades: ['车辆电工'],
  },
  {
    kind: 'staff',
    name: '变电运维职工创新工作室',
    trade: '变电检修工',
    host: 'GD-BD',
    leadKey: 'power-1',
    foundedYearsAgo: 5,
    ratings: [['company', 4], ['municipal', 1]],
    focus: '变电所智能巡检、直流开关柜检修工艺改进。',
    alliedTrades: ['接触网工', '电力调度员'],
  },
  {
    kind: 'staff',
    name: '轨道线路职工创新工作室',
    trade: '线路工',
    host: 'GW',
    leadKey: 'track-1',
    foundedYearsAgo: 7,
    ratings: [['company', 6], ['municipal', 4]],
    focus: '轨道几何状态检测、道岔整修与钢轨伤损防治。',
    alliedTrades: ['桥隧工', '焊工'],
  },
  {
    kind: 'staff',
    name: '机电设备职工创新工作室',
    trade: '机电设备检修工',
    host: 'JD',
    leadKey: 'mep-1',
    foundedYearsAgo: 6,
    ratings: [['company', 5], ['municipal', 3]],
    focus: '站台门、自动扶梯和环控设备的故障预防与检修工具改进。',
  },
  {
    kind: 'staff',
    name: '站务服务职工创新工作室',
    trade: '车站值班员',
    host: 'YY1-ZW',
    leadKey: 'station-1',
    foundedYearsAgo: 4,
    ratings: [['company', 4], ['municipal', 0]],
    focus: '车站行车组织、客运服务和应急处置标准化作业。',
    alliedTrades: ['客运值班员'],
  },
  {
    kind: 'staff',
    name: '行车调度职工创新工作室',
    trade: '行车调度员',
    host: 'DD',
    leadKey: 'dispatch-2',
    foundedYearsAgo: 6,
    ratings: [['company', 6], ['municipal', 2]],
    focus: '故障情况下行车调整策略、调度命令标准化与仿真培训。',
    alliedTrades: ['电力调度员', '环控调度员'],
  },
  {
    kind: 'staff',
    name: '综合维修职工创新工作室',
    trade: '机电设备检修工',
    host: 'WX',
    foundedYearsAgo: 5,
    ratings: [['company', 5], ['municipal', 2]],
    focus: '跨专业综合维修、工程车及大型机具维护保养方法改进。',
    alliedTrades: ['工程车司机', '焊工'],
  },
];
