/**
 * 信号设备维护实操技能竞赛: 道岔转辙机检修, 计轴故障处理, 轨道电路故障处理 (100 points, one practical part).
 * Measurement items use bands taken from maintenance standards; a safety veto zeroes the module.
 */
import type { Rubric } from '../../domain';
import { bands, deduction, levels, met, module, part, points, timeScored, timeTiebreak } from './builders';
import type { IdFactory, RubricTemplate } from './types';

export function buildSignalMaintenancePracticalRubric(newId: IdFactory): Rubric {
  const switchMachine = module(
    newId,
    '道岔转辙机检修',
    [
      deduction(newId, '作业前准备与安全防护', 6, [
        ['未登记要点即开始作业', 2],
        ['未设置防护或防护不到位', 3],
        ['工具、材料准备缺一件', 0.5],
        ['未按规定穿戴劳动防护用品', 1],
      ]),
      bands(newId, '密贴检查与调整', 10, [
        ['4 mm 试验不锁闭、2 mm 锁闭均一次达标', 10],
        ['经一次复调后达标', 6],
        ['调整后仍不达标', 0],
      ]),
      bands(newId, '表示缺口调整', 8, [
        ['缺口在 1.5 mm ± 0.5 mm 内', 8],
        ['超出标准但不超过 ± 1 mm', 4],
        ['超出 ± 1 mm', 0],
      ]),
      met(newId, '动作电流测试', 4, '动作电流、故障电流测试值记录正确且在标准范围内'),
      levels(newId, '检修工艺', 8, [
        '工艺混乱，存在违章作业',
        '工艺不规范之处较多',
        '工艺基本规范，个别细节不到位',
        '紧固、注油、清扫、配线检查规范到位',
      ]),
      points(newId, '检修记录填写', 4, '记录完整、数据真实、字迹清楚'),
    ],
    { safetyVeto: 'zero_module' },
  );

  const axleCounter = module(
    newId,
    '计轴故障处理',
    [
      levels(newId, '故障分析判断', 10, [
        '未能判断故障点',
        '判断方向正确但需多次测试',
        '判断基本准确，分析过程欠条理',
        '分析思路清晰，迅速准确定位故障点',
      ]),
      met(newId, '故障排除', 10, '在时限内排除故障，设备恢复正常'),
      deduction(newId, '复位作业流程', 6, [
        ['未与车站确认区段空闲即复位', 6],
        ['未向调度汇报', 2],
        ['登销记不规范', 1],
      ]),
      timeScored(newId, '处理用时', 4, 900, 1, '15 分钟内完成得满分，每超时 1 分钟扣 1 分'),
    ],
    { aggregation: 'trimmed', safetyVeto: 'zero_module' },
  );

  const trackCircuit = module(
    newId,
    '轨道电路故障处理',
    [
      levels(newId, '故障查找', 10, [
        '未找到故障点',
        '查找方法不当，耗时较长',
        '查找方法基本正确',
        '测试方法正确，查找迅速',
      ]),
      deduction(newId, '测试仪表使用', 6, [
        ['档位选择错误', 1],
        ['表笔使用不当', 1],
        ['损坏测试仪表', 6],
      ]),
      bands(newId, '调整后测试值', 10, [
        ['主轨入口电压在标准范围内且分路残压不大于规定值', 10],
        ['一项超出标准', 5],
        ['两项均超出标准', 0],
      ]),
      points(newId, '安全与文明作业', 4, '遵守作业纪律，工完料净场地清'),
      timeTiebreak(newId, '作业用时', 1200, '仅用于总分相同时决定名次'),
    ],
    { safetyVeto: 'zero_module' },
  );

  return {
    parts: [part(newId, '实操', 100, true, [switchMachine, axleCounter, trackCircuit])],
    tieBreak: [{ kind: 'module_score', moduleId: switchMachine.id }, { kind: 'total_time' }],
    awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' },
  };
}

export const signalMaintenancePracticalTemplate: RubricTemplate = {
  key: 'signal_maintenance_practical',
  nameZh: '信号设备维护实操技能竞赛',
  nameEn: 'Signal equipment maintenance practical',
  build: buildSignalMaintenancePracticalRubric,
};
