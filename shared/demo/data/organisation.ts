/**
 * The demo organisation: a fictional metro operator, 临江市轨道交通集团, its units and workshops, the trades
 * (工种) worked in each and their headcounts, and the practical tasks of each trade used to name rubric modules.
 */

export const CITY = '临江';
export const GROUP_NAME = '临江市轨道交通集团有限公司';
export const GROUP_SHORT_NAME = '临江地铁';

export interface TradeHeadcount {
  readonly trade: string;
  readonly headcount: number;
}

export interface UnitSpec {
  /** Short code (printed on rosters); also how other data modules refer to the unit. */
  readonly code: string;
  readonly name: string;
  /** People who belong directly to this unit. */
  readonly staff?: readonly TradeHeadcount[];
  readonly children?: readonly UnitSpec[];
}

const driverCentre = (n: string, code: string, drivers: number): UnitSpec => ({
  code,
  name: `乘务${n}中心`,
  staff: [{ trade: '电客车司机', headcount: drivers }],
});
const stationCentre = (n: string, code: string, duty: number, service: number): UnitSpec => ({
  code,
  name: `站务${n}中心`,
  staff: [
    { trade: '车站值班员', headcount: duty },
    { trade: '客运值班员', headcount: service },
  ],
});

/** The department tree, depth first; department ids are numbered in this order (dept-01, dept-02, …). */
export const UNITS: readonly UnitSpec[] = [
  {
    code: 'YY1',
    name: '运营一分公司',
    children: [driverCentre('一', 'YY1-CW', 180), stationCentre('一', 'YY1-ZW', 100, 40)],
  },
  {
    code: 'YY2',
    name: '运营二分公司',
    children: [driverCentre('二', 'YY2-CW', 170), stationCentre('二', 'YY2-ZW', 95, 35)],
  },
  {
    code: 'YY3',
    name: '运营三分公司',
    children: [driverCentre('三', 'YY3-CW', 150), stationCentre('三', 'YY3-ZW', 85, 30)],
  },
  {
    code: 'CL',
    name: '车辆中心',
    children: [
      {
        code: 'CL-BJ',
        name: '北郊车辆段',
        staff: [
          { trade: '电客车检修工', headcount: 140 },
          { trade: '工程车司机', headcount: 20 },
        ],
      },
      { code: 'CL-NH', name: '南湖车辆段', staff: [{ trade: '电客车检修工', headcount: 120 }] },
      {
        code: 'CL-JX',
        name: '架修车间',
        staff: [
          { trade: '电客车检修工', headcount: 60 },
          { trade: '车辆电工', headcount: 30 },
        ],
      },
    ],
  },
  {
    code: 'TH',
    name: '通号中心',
    children: [
      { code: 'TH-XH1', name: '信号一车间', staff: [{ trade: '信号工', headcount: 90 }] },
      { code: 'TH-XH2', name: '信号二车间', staff: [{ trade: '信号工', headcount: 80 }] },
      { code: 'TH-TX', name: '通信车间', staff: [{ trade: '通信工', headcount: 85 }] },
    ],
  },
  {
    code: 'GD',
    name: '供电中心',
    children: [
      { code: 'GD-BD', name: '变电车间', staff: [{ trade: '变电检修工', headcount: 80 }] },
      { code: 'GD-JCW', name: '接触网车间', staff: [{ trade: '接触网工', headcount: 95 }] },
    ],
  },
  {
    code: 'GW',
    name: '工务中心',
    children: [
      { code: 'GW-XL', name: '线路车间', staff: [{ trade: '线路工', headcount: 90 }] },
      { code: 'GW-QS', name: '桥隧车间', staff: [{ trade: '桥隧工', headcount: 40 }] },
    ],
  },
  {
    code: 'JD',
    name: '机电中心',
    children: [
      { code: 'JD-SB', name: '机电设备车间', staff: [{ trade: '机电设备检修工', headcount: 100 }] },
      { code: 'JD-AFC', name: '自动售检票车间', staff: [{ trade: '自动售检票设备检修工', headcount: 60 }] },
    ],
  },
  {
    code: 'DD',
    name: '调度指挥中心',
    children: [
      { code: 'DD-XC', name: '行车调度室', staff: [{ trade: '行车调度员', headcount: 45 }] },
      {
        code: 'DD-DH',
        name: '电力环控调度室',
        staff: [
          { trade: '电力调度员', headcount: 20 },
          { trade: '环控调度员', headcount: 20 },
        ],
      },
    ],
  },
  {
    code: 'WX',
    name: '维修中心',
    children: [
      {
        code: 'WX-ZH',
        name: '综合维修车间',
        staff: [
          { trade: '机电设备检修工', headcount: 40 },
          { trade: '焊工', headcount: 20 },
        ],
      },
      { code: 'WX-GCC', name: '工程车车间', staff: [{ trade: '工程车司机', headcount: 30 }] },
    ],
  },
  { code: 'KY', name: '客运部', staff: [{ trade: '客运值班员', headcount: 15 }] },
  { code: 'HR', name: '人力资源部（教育培训中心）', staff: [{ trade: '培训管理员', headcount: 10 }] },
  { code: 'GH', name: '集团工会', staff: [{ trade: '工会干事', headcount: 10 }] },
];

/** Trades whose people are mostly men in a metro workforce (drives the gender draw, not a rule). */
export const MOSTLY_MALE_TRADES: ReadonlySet<string> = new Set([
  '电客车司机',
  '电客车检修工',
  '工程车司机',
  '车辆电工',
  '信号工',
  '通信工',
  '变电检修工',
  '接触网工',
  '线路工',
  '桥隧工',
  '机电设备检修工',
  '焊工',
]);

/** Practical tasks of each trade (实操项目), used to name rubric modules and activities. */
export const TRADE_TASKS: Readonly<Record<string, readonly string[]>> = {
  电客车司机: ['列车出库检查与试验', '正线故障应急处置', '手动驾驶精准对标', '车门及站台门故障处置'],
  车站值班员: ['车站接发列车作业', '车站突发事件应急处置', '综控室设备操作', '非正常情况下行车组织'],
  客运值班员: ['票务异常处理', '大客流组织', '乘客伤害事件处置', '客运服务与礼仪'],
  电客车检修工: ['牵引系统故障排查', '制动系统检修与试验', '车门系统检修与调试', '转向架检查与测量'],
  工程车司机: ['工程车出车检查', '调车与连挂作业', '工程车故障应急处置'],
  车辆电工: ['车辆电路故障查找', '辅助逆变器检修', '蓄电池组检测与维护'],
  信号工: ['道岔转辙机故障处理', '计轴设备维护与复位', '信号机及轨旁设备检修', '联锁与ATS故障分析'],
  通信工: ['光传输系统故障处理', '专用无线通信设备调试', '光缆熔接与测试', '专用电话系统维护'],
  变电检修工: ['开关柜检修与试验', '继电保护定值校验', '整流机组检修', '倒闸操作'],
  接触网工: ['接触网悬挂调整', '刚性接触网检修', '分段绝缘器更换', '接触网故障抢修'],
  线路工: ['轨道几何状态测量与调整', '道岔检查与整修', '钢轨扣件更换', '钢轨探伤'],
  桥隧工: ['隧道病害检查', '桥梁支座检查', '结构渗漏水整治'],
  机电设备检修工: ['自动扶梯故障处理', '站台门系统检修', '环控通风设备检修', '给排水设备维护'],
  自动售检票设备检修工: ['自动检票机故障处理', '自动售票机模块维修', '半自动售票机配置', '车站计算机系统维护'],
  行车调度员: ['行车组织与运行调整', '故障及突发事件处置', '调度命令拟写与发布', 'ATS工作站操作'],
  电力调度员: ['供电系统倒闸作业指挥', '越区供电组织', '电力监控系统操作'],
  环控调度员: ['火灾模式环控联动', '环境与设备监控系统操作', '隧道通风组织'],
  焊工: ['钢轨铝热焊', '钢结构焊接', '焊缝外观与探伤检验'],
};

/** The practical tasks of a trade, with a neutral fallback for trades that have none listed. */
export function tradeTasks(trade: string): readonly string[] {
  return TRADE_TASKS[trade] ?? ['实操项目一', '实操项目二', '实操项目三'];
}
