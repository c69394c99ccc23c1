/**
 * 电客车司机实操技能竞赛: 出乘作业, 故障应急处置, 手动驾驶对标停车 (100 points, one practical part).
 * Modelled on metro operators' driver competitions; organisers adapt faults and bands to their own rules.
 */
import type { Rubric } from '../../domain';
import { bands, deduction, levels, met, module, part, points, timeScored, timeTiebreak } from './builders';
import type { IdFactory, RubricTemplate } from './types';

export function buildMetroDriverPracticalRubric(newId: IdFactory): Rubric {
  const dispatch = module(newId, '出乘作业', [
    levels(newId, '出勤作业', 6, [
      '未按规定出勤，或漏项三项及以上',
      '出勤作业漏项一至两项',
      '出勤作业基本规范，个别细节不到位',
      '着装、酒精测试、领取行车备品、阅读运行揭示全部规范',
    ]),
    deduction(
      newId,
      '列车静态检查',
      12,
      [
        ['漏检一处关键部位', 2],
        ['检查顺序错误', 1],
        ['手指口呼不规范', 0.5],
        ['未确认制动缓解状态', 2],
        ['检查中损坏设备或部件', 6],
      ],
      '按列车整备作业指导书顺序检查，每处扣分，扣完为止',
    ),
    levels(newId, '动态试验', 8, [
      '未做动态试验或试验项目严重缺漏',
      '试验项目缺漏较多，结果判断错误',
      '试验项目基本完整，个别判断不准确',
      '牵引、制动、警惕按钮等试验完整，判断准确',
    ]),
    points(newId, '出库联控用语', 4, '与信号楼、行调联控用语标准、清晰、完整'),
  ]);

  const emergency = module(
    newId,
    '故障应急处置',
    [
      levels(newId, '故障判断', 10, [
        '未能判断故障或判断错误',
        '故障判断不完整，需提示',
        '故障判断基本准确，速度较慢',
        '迅速、准确判断故障现象及原因',
      ]),
      deduction(
        newId,
        '处置流程',
        15,
        [
          ['未及时向行调报告', 3],
          ['处置步骤遗漏', 2],
          ['处置步骤顺序错误', 1],
          ['未做好安全防护', 5],
          ['未按规定广播安抚乘客', 1],
        ],
        '按《电客车故障应急处置指南》流程执行',
      ),
      levels(newId, '行车联控与汇报', 10, [
        '未联控或汇报内容错误',
        '联控汇报不及时或内容缺漏较多',
        '联控汇报基本完整，用语个别不规范',
        '联控及时，汇报内容完整，用语标准',
      ]),
      timeScored(newId, '处置用时', 5, 600, 1, '10 分钟内完成得满分，每超时 1 分钟（不足 1 分钟按 1 分钟计）扣 1 分'),
    ],
    { aggregation: 'trimmed', safetyVeto: 'zero_module' },
  );

  const stopping = module(
    newId,
    '手动驾驶对标停车',
    [
      bands(newId, '对标停车精度', 15, [
        ['停车误差 ≤ ±30 cm', 15],
        ['停车误差 ±30 cm ～ ±50 cm', 12],
        ['停车误差 ±50 cm ～ ±100 cm', 8],
        ['停车误差超过 ±100 cm 或动车对标', 0],
      ]),
      levels(newId, '平稳操纵', 8, [
        '冲动明显，多次紧急制动或牵引制动频繁转换',
        '有明显冲动，操纵不够平稳',
        '操纵基本平稳，个别工况有轻微冲动',
        '起车、调速、停车全程平稳无冲动',
      ]),
      met(newId, '区间运行时分', 4, '区间运行时分偏差不超过 ±5 秒'),
      deduction(newId, '手指口呼', 3, [
        ['漏呼一处', 0.5],
        ['呼唤内容错误', 0.5],
        ['未手指确认', 0.5],
      ]),
      timeTiebreak(newId, '驾驶总用时', 900, '仅用于总分相同时决定名次'),
    ],
    { safetyVeto: 'disqualify' },
  );

  return {
    parts: [part(newId, '实操', 100, true, [dispatch, emergency, stopping])],
    tieBreak: [{ kind: 'module_score', moduleId: emergency.id }, { kind: 'total_time' }],
    awardRule: { mode: 'ratio', percents: [10, 20, 30], rounding: 'down' },
  };
}

export const metroDriverPracticalTemplate: RubricTemplate = {
  key: 'metro_driver_practical',
  nameZh: '电客车司机实操技能竞赛',
  nameEn: 'Train driver practical skills',
  build: buildMetroDriverPracticalRubric,
};
