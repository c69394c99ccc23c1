/**
 * The knowledge base of the demo: the category tree and hand-written articles (best practices, techniques,
 * cases, lessons and operating standards). Bodies are assembled from the sections below into Markdown by
 * generateKnowledge; articles drafted automatically from results and achievements are built there too.
 */
import type { ArticleKind } from '../../domain';

export interface CategorySpec {
  readonly key: string;
  readonly name: string;
  readonly children?: readonly CategorySpec[];
}

export const CATEGORY_TREE: readonly CategorySpec[] = [
  {
    key: 'competition',
    name: '竞赛经验',
    children: [
      { key: 'theory', name: '理论备考' },
      { key: 'practice', name: '实操技巧' },
      { key: 'judging', name: '裁判与组织' },
    ],
  },
  {
    key: 'maintenance',
    name: '设备维护',
    children: [
      { key: 'vehicle', name: '车辆' },
      { key: 'signal', name: '信号与通信' },
      { key: 'power', name: '供电' },
      { key: 'track', name: '工务' },
      { key: 'mep', name: '机电与AFC' },
    ],
  },
  {
    key: 'operations',
    name: '行车与客运',
    children: [
      { key: 'dispatch', name: '调度指挥' },
      { key: 'driving', name: '乘务' },
      { key: 'station', name: '站务与客运服务' },
    ],
  },
  { key: 'safety', name: '安全管理' },
  {
    key: 'innovation',
    name: '创新方法',
    children: [
      { key: 'patent', name: '专利与成果' },
      { key: 'rollout', name: '成果转化推广' },
    ],
  },
];

export interface ArticleTopic {
  readonly title: string;
  readonly kind: ArticleKind;
  readonly category: string;
  /** Trade the article is about; links go to that trade's competitions, studios and people. */
  readonly trade: string;
  readonly tags: readonly string[];
  readonly context: string;
  readonly steps: readonly string[];
  readonly outcome: string;
}

export const ARTICLE_TOPICS: readonly ArticleTopic[] = [
  {
    title: '道岔故障“一看二测三判断”快速定位法',
    kind: 'best_practice',
    category: 'signal',
    trade: '信号工',
    tags: ['道岔', '转辙机', '故障处理'],
    context: '道岔失表是正线最常见的信号故障之一，处理时间直接影响行车。过去多凭经验逐项排查，平均处理时间超过20分钟。',
    steps: ['看：先看联锁界面和控制台报警，区分定位失表、反位失表还是挤岔报警。', '测：在分线盘测量表示电压，判断故障在室内还是室外。', '判断：室外故障优先检查缺口、密贴和表示杆，室内故障检查表示继电器和二极管。', '处理后做一次完整的定反位扳动试验并记录。'],
    outcome: '在信号一车间试行半年，道岔失表平均处理时间由22分钟缩短到9分钟，已写入车间应急处置手册。',
  },
  {
    title: '计轴区段故障复位作业要点',
    kind: 'technique',
    category: 'signal',
    trade: '信号工',
    tags: ['计轴', '复位', 'CBTC'],
    context: '计轴区段受扰占用时需要预复位或直接复位，操作不当可能导致区段错误出清。',
    steps: ['确认区段内确无列车和工程车，调度发布复位命令后方可操作。', '优先采用预复位，由下一趟列车压过后自动出清。', '直接复位必须双人确认并登记。', '复位后观察区段状态至少一个列车通过周期。'],
    outcome: '按本要点操作后，一年内未发生计轴复位引起的安全事件。',
  },
  {
    title: '电客车车门故障“五步排查”操作法',
    kind: 'technique',
    category: 'vehicle',
    trade: '电客车检修工',
    tags: ['车门', '故障排查', '检修'],
    context: '车门故障占电客车正线故障的三成以上，多为行程开关、门控器和机械卡滞。',
    steps: ['读取门控器故障记录，确定故障代码和发生时刻。', '检查门页V型尺寸和平行度，排除机械卡滞。', '测量关门到位行程开关的动作值。', '检查门控器供电与通讯线缆。', '更换部件后做十次开关门试验。'],
    outcome: '车门故障重复发生率下降约40%，方法已在两个车辆段推广。',
  },
  {
    title: '牵引逆变器IGBT模块自主修复经验',
    kind: 'best_practice',
    category: 'vehicle',
    trade: '电客车检修工',
    tags: ['牵引逆变器', 'IGBT', '自主修复', '降本增效'],
    context: '牵引逆变器模块过去全部委外返厂维修，周期长、费用高，一度影响备件周转。',
    steps: ['建立模块故障台账，按故障模式分类。', '自制模块拆装小车和驱动板测试工装。', '与厂家技术人员联合攻关，形成自主修复工艺卡。', '修复后在试验台完成满载测试再装车。'],
    outcome: '实现大部分故障模块自主修复，委外维修量大幅下降，相关成果获市级职工技术创新成果奖。',
  },
  {
    title: '刚性接触网汇流排中间接头检修标准',
    kind: 'operating_standard',
    category: 'power',
    trade: '接触网工',
    tags: ['刚性接触网', '汇流排', '检修标准'],
    context: '本标准适用于地下段刚性接触网汇流排中间接头的日常检修和专项整治。',
    steps: ['作业前确认停电、验电、挂接地线，办理作业令。', '检查中间接头螺栓紧固力矩，按规定值复紧。', '测量接头处导高和拉出值，偏差超限时调整。', '检查接触线在接头处有无硬点和电弧烧伤。'],
    outcome: '作业完成后填写检修记录，撤除地线，销令后方可送电。',
  },
  {
    title: '接触网故障抢修“快速隔离”做法',
    kind: 'best_practice',
    category: 'power',
    trade: '接触网工',
    tags: ['抢修', '接触网', '应急处置'],
    context: '接触网故障往往导致区间停运，抢修的关键是尽快隔离故障点、恢复其余区段供电。',
    steps: ['调度与现场同步确认故障区段，优先越区供电恢复运营。', '抢修组按“工具箱标准化”清单出动，减少准备时间。', '先临时处理保证行车，再安排夜间彻底修复。'],
    outcome: '在集团竞赛中总结推广后，接触网故障平均抢修时间明显缩短。',
  },
  {
    title: '开关柜检修“四查四测”操作法',
    kind: 'technique',
    category: 'power',
    trade: '变电检修工',
    tags: ['开关柜', '检修', '变电所'],
    context: '直流开关柜检修项目多，容易漏项。',
    steps: ['查机构、查触头、查二次回路、查五防。', '测绝缘、测回路电阻、测分合闸时间、测保护动作值。', '每一项结果与上次检修数据对比，偏差超过10%时分析原因。'],
    outcome: '漏项问题基本消除，检修数据可追溯。',
  },
  {
    title: '一次继电保护误动作的原因分析',
    kind: 'case',
    category: 'power',
    trade: '变电检修工',
    tags: ['继电保护', '案例', '误动作'],
    context: '某变电所直流框架保护在无故障情况下动作，造成一个供电分区短时失电。',
    steps: ['调取保护装置录波和SCADA事件记录。', '检查框架对地绝缘，发现电缆支架处绝缘垫老化。', '更换绝缘垫并对全线同类位置开展排查。'],
    outcome: '排查出同类隐患7处并全部整改，之后未再发生类似误动作。',
  },
  {
    title: '手动驾驶精准对标训练方法',
    kind: 'best_practice',
    category: 'driving',
    trade: '电客车司机',
    tags: ['手动驾驶', '对标', '培训'],
    context: '信号降级时需要人工驾驶，对标精度直接影响站台门对位和乘客上下车。',
    steps: ['在试车线设置不同速度等级的对标练习。', '使用车载数据分析每次制动的起点和级位。', '每月组织一次对标比武，成绩纳入技能档案。'],
    outcome: '参训司机对标误差在±30厘米以内的比例明显提升，在集团竞赛中多人获奖。',
  },
  {
    title: '正线列车车门故障应急处置要点',
    kind: 'operating_standard',
    category: 'driving',
    trade: '电客车司机',
    tags: ['车门', '应急处置', '正线'],
    context: '本要点适用于正线运营中单个或多个车门无法关闭时的司机处置。',
    steps: ['立即报告行调，说明车次、车号、门号和现象。', '按照故障处置指南尝试重新开关门。', '仍无法关闭时切除故障门并设置隔离标识。', '通知站务人员做好乘客引导，按调度命令继续运营或清客。'],
    outcome: '处置完毕后在行车日志中记录，回段后报修。',
  },
  {
    title: '一次冒进信号险性事件的教训',
    kind: 'lesson',
    category: 'driving',
    trade: '电客车司机',
    tags: ['安全', '教训', '信号'],
    context: '一名司机在车场调车作业时注意力分散，未及时确认调车信号，险些冒进。',
    steps: ['作业时未执行“手指口呼”。', '交接班时间紧张，司机出乘前休息不足。', '车场信号机位置受视线遮挡。'],
    outcome: '此后车场作业全面落实“手指口呼”，调整排班保证出乘前休息，并移除了遮挡物。',
  },
  {
    title: '车站大客流组织“三级限流”做法',
    kind: 'best_practice',
    category: 'station',
    trade: '客运值班员',
    tags: ['大客流', '客运组织', '限流'],
    context: '节假日和大型活动期间部分车站客流超出设计能力。',
    steps: ['站台级：控制站台候车人数，必要时暂停进站扶梯。', '站厅级：设置导流栏杆，延长进站流线。', '出入口级：分批放行并发布乘客信息。'],
    outcome: '大客流期间车站秩序平稳，相关做法写入客运部大客流组织预案。',
  },
  {
    title: '车站突发事件“一报二控三疏散”处置法',
    kind: 'technique',
    category: 'station',
    trade: '车站值班员',
    tags: ['应急处置', '车站', '疏散'],
    context: '车站发生火情、乘客伤害等突发事件时，值班员需要在短时间内完成报告和处置。',
    steps: ['一报：向行调、环调和站长报告，必要时拨打119或120。', '二控：启动相应模式，控制闸机和扶梯。', '三疏散：组织站务人员分区引导乘客疏散。'],
    outcome: '在客运部团体赛中验证，处置用时较传统做法缩短约三分之一。',
  },
  {
    title: '非正常情况下行车组织演练脚本',
    kind: 'operating_standard',
    category: 'dispatch',
    trade: '行车调度员',
    tags: ['行车组织', '演练', '调度'],
    context: '本脚本用于信号系统故障、道岔失表等非正常情况下行车组织的桌面和仿真演练。',
    steps: ['设定故障场景和初始列车位置。', '调度员发布调度命令，车站办理进路和接发列车。', '记录每一个关键节点的用时。', '演练后复盘，形成改进清单。'],
    outcome: '每季度演练一次，演练记录归档备查。',
  },
  {
    title: '故障情况下行车调整“三优先”工作法',
    kind: 'best_practice',
    category: 'dispatch',
    trade: '行车调度员',
    tags: ['行车调整', '调度', '故障'],
    context: '线路发生故障时，调度需要在保证安全的前提下尽快恢复运营秩序。',
    steps: ['优先保证安全：先扣车、再判断。', '优先恢复大交路：小交路折返作为临时措施。', '优先服务乘客：及时发布信息，协调公交接驳。'],
    outcome: '该工作法在调度指挥中心推广，故障后恢复时间明显缩短。',
  },
  {
    title: '站台门故障“先隔离后处理”操作法',
    kind: 'technique',
    category: 'mep',
    trade: '机电设备检修工',
    tags: ['站台门', '故障处理'],
    context: '站台门故障会影响列车发车，需要优先保证行车。',
    steps: ['接报后首先将故障门切换到隔离位，保证列车正常发车。', '利用行车间隔检查门机、锁紧装置和安全回路。', '夜间停运后彻底处理并做开关门试验。'],
    outcome: '站台门故障对行车的影响时间大幅减少。',
  },
  {
    title: '自动扶梯梯级拆装作业标准',
    kind: 'operating_standard',
    category: 'mep',
    trade: '机电设备检修工',
    tags: ['自动扶梯', '梯级', '作业标准'],
    context: '本标准适用于车站自动扶梯梯级的拆卸、检查和安装。',
    steps: ['设置围挡和警示标识，切断主电源并挂牌上锁。', '使用梯级拆装辅助装置拆下梯级，检查梯级轮和链条。', '安装后检查梯级与围裙板间隙，盘车一周确认无卡阻。'],
    outcome: '恢复运行前空载试运行不少于10分钟。',
  },
  {
    title: '闸机扇门模块自主维修经验',
    kind: 'best_practice',
    category: 'mep',
    trade: '自动售检票设备检修工',
    tags: ['AFC', '闸机', '自主维修'],
    context: '闸机扇门模块故障率高，原厂备件采购周期长、价格高。',
    steps: ['统计故障模块并按故障部位分类。', '自制维修工装，实现电机、皮带和传感器的部件级更换。', '建立修复模块的测试标准。'],
    outcome: '大部分故障模块可自主修复，备件采购量明显下降。',
  },
  {
    title: '小半径曲线钢轨侧磨防治做法',
    kind: 'best_practice',
    category: 'track',
    trade: '线路工',
    tags: ['钢轨', '侧磨', '曲线'],
    context: '小半径曲线外股钢轨侧磨发展快，换轨周期短。',
    steps: ['加密侧磨测量，建立发展趋势台账。', '优化涂油器布置和涂油周期。', '适时调整轨距和超高。'],
    outcome: '试点曲线侧磨速率下降约三成，换轨周期延长。',
  },
  {
    title: '一次道岔整修后尖轨不密贴的教训',
    kind: 'lesson',
    category: 'track',
    trade: '线路工',
    tags: ['道岔', '教训', '整修'],
    context: '夜间道岔整修后未与信号专业联合检查，早班首车前发现道岔失表。',
    steps: ['整修后未做联合扳动试验。', '作业交底不清，信号专业不知道有整修作业。'],
    outcome: '此后道岔整修一律由工务、信号联合验收，验收记录双方签字。',
  },
  {
    title: '理论考试备考的“错题本”方法',
    kind: 'best_practice',
    category: 'theory',
    trade: '信号工',
    tags: ['理论备考', '竞赛', '学习方法'],
    context: '竞赛理论考试题量大、覆盖面广，集训时间有限。',
    steps: ['按模块整理历年题库，先做一遍摸底。', '错题按知识点归类，每天复习。', '集训后期以模拟考试为主，控制答题节奏。'],
    outcome: '参训选手理论成绩平均提高十分以上。',
  },
  {
    title: '竞赛实操环节的时间分配技巧',
    kind: 'technique',
    category: 'practice',
    trade: '接触网工',
    tags: ['实操', '竞赛', '时间管理'],
    context: '实操项目有完成时限，超时扣分，很多选手因前期准备过慢而超时。',
    steps: ['比赛前熟悉工位布局和工器具摆放。', '把作业步骤分段，每段设定目标用时。', '安全确认环节不省略，但动作要连贯。'],
    outcome: '采用该方法的选手超时扣分明显减少。',
  },
  {
    title: '技能竞赛评分表编制与裁判培训要点',
    kind: 'operating_standard',
    category: 'judging',
    trade: '电客车检修工',
    tags: ['评分表', '裁判', '竞赛组织'],
    context: '评分标准不清会导致裁判之间评分差异大，影响竞赛公正。',
    steps: ['评分项按模块划分，主观项给出每一档的评分描述。', '客观项写明测量方法和合格标准。', '赛前组织裁判试评，评分差异大的项目重新明确标准。'],
    outcome: '评分表和试评记录随竞赛档案一并归档。',
  },
  {
    title: '实用新型专利申请的准备与撰写',
    kind: 'best_practice',
    category: 'patent',
    trade: '机电设备检修工',
    tags: ['专利', '实用新型', '成果'],
    context: '很多一线创新成果没有及时申请专利，知识产权得不到保护。',
    steps: ['成果定型后及时整理结构图纸和技术说明。', '与专利代理机构沟通，突出结构上的改进点。', '申请后跟踪审查意见，及时答复。'],
    outcome: '工作室年度专利申请量显著增加，授权率保持较高水平。',
  },
];
