/**
 * 理论 30% + 实操 70%: the common two-part competition. The theory part is one module holding the exam score
 * imported from the exam system (out of 100); the practical part is a generic 100-point operation.
 */
import type { Rubric } from '../../domain';
import { bands, deduction, imported, levels, met, module, part, points, timeScored } from './builders';
import type { IdFactory, RubricTemplate } from './types';

export function buildTheoryPracticalCombinedRubric(newId: IdFactory): Rubric {
  const theory = part(newId, '理论', 30, false, [
    module(newId, '理论考试', [imported(newId, '理论考试成绩', 100, '理论考试系统成绩导入')]),
  ]);

  const practical = part(newId, '实操', 70, true, [
    module(newId, '作业准备', [
      deduction(newId, '工器具及材料准备', 5, [
        ['缺少一件工器具或材料', 1],
        ['未检查工器具状态', 1],
      ]),
      met(newId, '安全防护设置', 5, '按规定设置安全防护并确认'),
      levels(newId, '劳保着装', 5, ['未按规定着装', '着装缺漏两项及以上', '着装缺漏一项', '着装规范齐全']),
    ]),
    module(
      newId,
      '实操作业',
      [
        levels(newId, '作业程序', 20, [
          '程序混乱或无法完成作业',
          '程序错漏较多',
          '程序基本正确，个别步骤颠倒或遗漏',
          '程序完整，步骤正确',
        ]),
        bands(newId, '作业质量', 25, [
          ['全部技术指标达标', 25],
          ['一项指标不达标', 15],
          ['两项及以上指标不达标', 5],
          ['未完成作业', 0],
        ]),
        deduction(newId, '工艺规范', 15, [
          ['工具使用不当', 1],
          ['工艺不符合作业指导书', 2],
          ['返工一次', 3],
        ]),
      ],
      { safetyVeto: 'zero_module' },
    ),
    module(newId, '安全文明生产', [
      deduction(newId, '安全规范', 10, [
        ['违反安全操作规程一次', 5],
        ['未确认设备状态', 2],
        ['工具材料遗留现场', 2],
      ]),
      points(newId, '现场清理', 5, '工完料净场地清'),
    ]),
    module(newId, '作业时间', [
      timeScored(newId, '完成用时', 10, 1800, 2, '30 分钟内完成得满分，每超时 1 分钟扣 2 分'),
    ]),
  ]);

  return {
    parts: [theory, practical],
    tieBreak: [{ kind: 'part_score', partId: practical.id }, { kind: 'total_time' }],
    awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' },
  };
}

export const theoryPracticalCombinedTemplate: RubricTemplate = {
  key: 'theory_practical_30_70',
  nameZh: '理论 30% + 实操 70%',
  nameEn: 'Theory 30% + practical 70%',
  build: buildTheoryPracticalCombinedRubric,
};
