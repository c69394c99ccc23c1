/**
 * Titles for the demo's innovation projects and achievements, by the trade of the studio that owns them.
 * Operating methods (先进操作法) are named after a person, so they are templates: `{name}` is replaced.
 */

export interface TradeInnovations {
  readonly projects: readonly string[];
  readonly utilityModels: readonly string[];
  readonly fiveSmall: readonly string[];
  readonly rationalisations: readonly string[];
  readonly papers: readonly string[];
  readonly operatingMethod: string;
  /** Where a result of this trade is typically rolled out. */
  readonly rollOutTargets: readonly string[];
}

export const TRADE_INNOVATIONS: Readonly<Record<string, TradeInnovations>> = {
  信号工: {
    projects: ['ZDJ9转辙机表示缺口在线监测装置研制', '计轴设备复位流程优化', '道岔故障快速定位方法研究', '信号机LED灯位故障预警', '联锁维护终端数据分析工具开发'],
    utilityModels: ['一种转辙机表示缺口检测装置', '一种计轴磁头安装定位工装', '一种信号机灯位快速调整装置'],
    fiveSmall: ['道岔密贴检查辅助尺', '转辙机安装装置扭矩标定扳手', '信号电缆盒防水改进'],
    rationalisations: ['关于优化道岔季节性整治周期的合理化建议', '关于信号设备二级维护作业表格电子化的合理化建议'],
    papers: ['城市轨道交通ZDJ9转辙机常见故障分析与对策', 'CBTC系统计轴区段故障处理优化研究'],
    operatingMethod: '{name}道岔故障“一看二测三判断”操作法',
    rollOutTargets: ['1号线', '2号线', '3号线', '5号线'],
  },
  通信工: {
    projects: ['专用无线通信场强测试工具研制', '光传输网络故障定位辅助系统', '车站广播系统故障自诊断改造', '漏缆卡具更换工艺改进'],
    utilityModels: ['一种光缆接续盒防水密封装置', '一种漏缆卡具快速安装工具', '一种车站广播功放故障检测装置'],
    fiveSmall: ['光纤熔接机便携工作台', '无线手持台电池检测架', '机柜走线标识快速打印模板'],
    rationalisations: ['关于传输网管告警分级推送的合理化建议', '关于通信设备巡检路线优化的合理化建议'],
    papers: ['城市轨道交通专用无线通信系统干扰排查方法', '地铁光传输网络保护倒换测试实践'],
    operatingMethod: '{name}光缆故障“三段定位”操作法',
    rollOutTargets: ['1号线', '2号线', '3号线'],
  },
  电客车检修工: {
    projects: ['牵引逆变器IGBT模块自主检修', '制动控制单元自主测试平台研制', '车门V型尺寸快速测量工装', '空调机组预防性维护优化', '转向架轴箱弹簧更换工艺改进', '受电弓碳滑板磨耗智能检测'],
    utilityModels: ['一种电客车车门V型尺寸测量工装', '一种转向架轴箱弹簧拆装装置', '一种受电弓碳滑板磨耗检测装置', '一种牵引逆变器IGBT模块拆装小车'],
    fiveSmall: ['车钩对中调整专用扳手', '空调滤网快速清洗架', '车下设备吊装辅助托架'],
    rationalisations: ['关于电客车均衡修修程优化的合理化建议', '关于车门系统专项检查周期调整的合理化建议'],
    papers: ['地铁车辆牵引逆变器常见故障分析及自主修复实践', '基于故障数据的电客车车门系统可靠性提升'],
    operatingMethod: '{name}车门故障“五步排查”操作法',
    rollOutTargets: ['北郊车辆段', '南湖车辆段', '架修车间'],
  },
  电客车司机: {
    projects: ['手动驾驶精准对标训练方法', '正线故障应急处置口袋卡', '司机室备品定置管理改进', '新司机跟车带教标准化'],
    utilityModels: ['一种司机室备品定置收纳装置', '一种车门防夹检测试验工具'],
    fiveSmall: ['司机手账式故障处置速查卡', '司机室遮光帘快速固定夹', '出乘备品检查清单板'],
    rationalisations: ['关于优化司机出退勤流程的合理化建议', '关于折返站换端作业标准化的合理化建议'],
    papers: ['电客车司机正线故障应急处置能力培养探讨', '基于驾驶数据的电客车节能操纵研究'],
    operatingMethod: '{name}精准对标“一看二控三停”操纵法',
    rollOutTargets: ['运营一分公司', '运营二分公司', '运营三分公司'],
  },
  接触网工: {
    projects: ['刚性接触网汇流排快速对接工装研制', '分段绝缘器检测方法改进', '接触网故障抢修工具箱标准化', '接触线磨耗智能测量'],
    utilityModels: ['一种刚性接触网汇流排快速对接装置', '一种分段绝缘器检测装置', '一种接触线磨耗测量尺', '一种接触网接地线快速挂接装置'],
    fiveSmall: ['接触网绝缘杆收纳背包', '锚段关节调整辅助拉线器', '汇流排中间接头打磨工具'],
    rationalisations: ['关于接触网检修作业时间窗口优化的合理化建议', '关于接触网抢修物资定点存放的合理化建议'],
    papers: ['地铁刚性接触网常见缺陷分析与整治', '城市轨道交通接触网故障快速抢修组织研究'],
    operatingMethod: '{name}接触网故障“快速隔离”抢修法',
    rollOutTargets: ['1号线', '2号线', '3号线', '5号线'],
  },
  变电检修工: {
    projects: ['直流断路器机构状态检测装置研制', '开关柜手车转运装置研制', '变电所智能巡检机器人应用', '继电保护校验作业标准化'],
    utilityModels: ['一种开关柜手车转运装置', '一种直流断路器机构检测装置', '一种变电所绝缘子清扫工具'],
    fiveSmall: ['继电保护压板状态标识牌', '蓄电池内阻快速测试夹具', '开关柜五防钥匙管理盒'],
    rationalisations: ['关于变电所巡视路线优化的合理化建议', '关于直流开关柜检修周期调整的合理化建议'],
    papers: ['地铁直流牵引供电系统框架保护误动作分析', '变电所状态检修在城市轨道交通中的应用'],
    operatingMethod: '{name}开关柜检修“四查四测”操作法',
    rollOutTargets: ['主变电所', '牵引降压混合变电所', '跟随所'],
  },
  线路工: {
    projects: ['轨道几何状态便携测量装置研制', '道岔尖轨密贴检测方法改进', '钢轨扣件快速更换工艺', '小半径曲线钢轨侧磨防治'],
    utilityModels: ['一种钢轨扣件快速拆装扳手', '一种道岔尖轨密贴检测尺', '一种轨道几何状态便携测量装置'],
    fiveSmall: ['轨距尺校验台', '钢轨打磨火花防护挡板', '道床清扫便携工具'],
    rationalisations: ['关于小半径曲线涂油周期优化的合理化建议', '关于线路巡检记录电子化的合理化建议'],
    papers: ['地铁小半径曲线钢轨侧磨成因与对策', '城市轨道交通道岔病害整治实践'],
    operatingMethod: '{name}道岔整修“三量两调”操作法',
    rollOutTargets: ['1号线', '2号线', '3号线'],
  },
  机电设备检修工: {
    projects: ['站台门门机导轨清洁装置研制', '自动扶梯梯级拆装辅助装置研制', '风阀执行器检测平台', '车站给排水设备远程监测'],
    utilityModels: ['一种站台门门机导轨清洁装置', '一种自动扶梯梯级拆装辅助装置', '一种风阀执行器检测装置'],
    fiveSmall: ['站台门安全回路检测跳线', '扶梯梳齿板更换工具', '水泵盘根快速更换工具'],
    rationalisations: ['关于站台门年检与季检合并的合理化建议', '关于环控设备节能运行模式的合理化建议'],
    papers: ['地铁站台门系统常见故障分析与改进', '城市轨道交通车站环控系统节能运行研究'],
    operatingMethod: '{name}站台门故障“先隔离后处理”操作法',
    rollOutTargets: ['1号线各站', '2号线各站', '3号线各站'],
  },
  自动售检票设备检修工: {
    projects: ['闸机扇门模块自主维修', '纸币识别模块国产化替代', '票卡回收模块检测平台研制'],
    utilityModels: ['一种自动检票机扇门模块维修工装', '一种票卡回收模块检测装置', '一种纸币识别模块清洁装置'],
    fiveSmall: ['闸机通行逻辑测试卡套', 'TVM硬币模块清洁刷'],
    rationalisations: ['关于AFC设备备件库存优化的合理化建议', '关于闸机巡检频次调整的合理化建议'],
    papers: ['地铁AFC设备模块级维修实践'],
    operatingMethod: '{name}闸机故障“一测二换三验”操作法',
    rollOutTargets: ['1号线', '2号线', '3号线', '5号线'],
  },
  焊工: {
    projects: ['钢轨铝热焊砂模定位装置研制', '闪光焊焊缝质量控制方法'],
    utilityModels: ['一种钢轨铝热焊砂模定位装置', '一种焊缝打磨防护罩'],
    fiveSmall: ['焊剂预热保温箱', '焊缝平直度检测尺'],
    rationalisations: ['关于钢轨焊接作业窗口前移的合理化建议'],
    papers: ['地铁钢轨铝热焊接头质量影响因素分析'],
    operatingMethod: '{name}铝热焊“三定一控”操作法',
    rollOutTargets: ['1号线', '3号线'],
  },
  车站值班员: {
    projects: ['车站应急备品定置管理改进', '非正常行车组织演练脚本库', '车站综控室操作标准化'],
    utilityModels: ['一种车站应急备品快速取用装置', '一种客运服务引导标识快速安装架'],
    fiveSmall: ['手摇道岔作业安全提示牌', '车站广播用语速查卡', '站台安全线临时警示装置'],
    rationalisations: ['关于大客流车站限流预案优化的合理化建议', '关于车站交接班流程简化的合理化建议'],
    papers: ['地铁车站非正常情况下行车组织实践'],
    operatingMethod: '{name}车站突发事件“一报二控三疏散”处置法',
    rollOutTargets: ['运营一分公司各站', '运营二分公司各站', '运营三分公司各站'],
  },
  行车调度员: {
    projects: ['故障情况下行车调整策略库', '调度命令标准化模板', '调度仿真培训场景开发'],
    utilityModels: ['一种调度台应急预案快速检索装置'],
    fiveSmall: ['调度命令复诵核对卡', '应急处置流程提示板'],
    rationalisations: ['关于高峰时段备车投放策略的合理化建议', '关于调度交接班信息化的合理化建议'],
    papers: ['城市轨道交通故障情况下行车调整策略研究', '基于仿真的行车调度员应急能力培训'],
    operatingMethod: '{name}故障行车调整“三优先”工作法',
    rollOutTargets: ['控制中心'],
  },
};

/** A title tied to the trade of the studio that produced it. */
export interface TradeTitle {
  readonly title: string;
  readonly trade: string;
}

export const INVENTION_PATENTS: readonly TradeTitle[] = [
  { title: '一种基于振动信号的转辙机故障诊断方法', trade: '信号工' },
  { title: '一种地铁车辆牵引逆变器IGBT模块健康状态评估方法', trade: '电客车检修工' },
  { title: '一种刚性接触网磨耗图像识别检测方法', trade: '接触网工' },
  { title: '一种城市轨道交通直流牵引供电系统故障定位方法', trade: '变电检修工' },
  { title: '一种站台门异物探测方法', trade: '机电设备检修工' },
  { title: '一种地铁车辆车门故障预测方法', trade: '电客车检修工' },
];

export const DESIGN_PATENTS: readonly TradeTitle[] = [{ title: '车站自助票务服务终端（外观）', trade: '自动售检票设备检修工' }];

export const SOFTWARE_COPYRIGHTS: readonly TradeTitle[] = [
  { title: '轨道交通设备故障知识库管理系统V1.0', trade: '信号工' },
  { title: '调度仿真培训场景编辑软件V1.0', trade: '行车调度员' },
  { title: '变电所巡检数据分析软件V1.0', trade: '变电检修工' },
];

export const STANDARDS: readonly TradeTitle[] = [
  { title: '《电客车车门系统检修作业指导书》企业标准', trade: '电客车检修工' },
  { title: '《刚性接触网检修工艺规范》企业标准', trade: '接触网工' },
  { title: '《信号设备维护作业标准》企业标准', trade: '信号工' },
];

export const AWARDS: readonly TradeTitle[] = [
  { title: '“牵引逆变器自主修复”获临江市职工技术创新成果一等奖', trade: '电客车检修工' },
  { title: '“道岔故障快速定位方法”获省城市轨道交通协会科技进步二等奖', trade: '信号工' },
  { title: '“刚性接触网快速对接工装”获临江市职工技术创新成果二等奖', trade: '接触网工' },
  { title: '“站台门门机导轨清洁装置”获全国城市轨道交通QC成果三等奖', trade: '机电设备检修工' },
  { title: '“直流断路器检测装置”获临江市职工技术创新成果三等奖', trade: '变电检修工' },
  { title: '“闸机扇门模块自主维修”获集团科技创新成果一等奖', trade: '自动售检票设备检修工' },
  { title: '“精准对标训练方法”获集团科技创新成果二等奖', trade: '电客车司机' },
];
