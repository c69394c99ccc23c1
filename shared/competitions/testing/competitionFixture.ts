/** A drawn competition over the org fixture: the metro driver rubric, three entries, two judges with PINs. */
import type { Competition, Entry, JudgeAssignment } from '../../domain';
import { drawCompetition } from '../draw/drawCompetition';
import { createSeededRandom } from '../draw/seededRandom';
import { hashPin } from '../pin/hashPin';
import { buildMetroDriverPracticalRubric } from '../templates/metroDriverPractical';
import { counterIds } from './ids';
import { entries } from './orgFixture';

export const DRAW_SEED = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

export function drawnCompetition(): { competition: Competition; entries: Entry[] } {
  const competition: Competition = {
    id: 'c-1',
    version: 3,
    updatedAt: '2024-05-10T09:00:00.000Z',
    name: '2024年电客车司机技能竞赛',
    year: 2024,
    level: 'company',
    trade: '电客车司机',
    startDate: '2024-05-20',
    endDate: '2024-05-21',
    venue: '车辆段培训基地',
    organiser: '运营一分公司工会',
    organiserDepartmentId: 'd-yy1',
    status: 'drawn',
    teamBased: false,
    rubric: buildMetroDriverPracticalRubric(counterIds('r')),
    drawSeed: DRAW_SEED,
    drawnAt: '2024-05-15T10:00:00.000Z',
    prizeFen: { first: 300000, second: 200000, third: 100000 },
  };
  const draw = drawCompetition({ seed: DRAW_SEED, entries, stations: 2 });
  const drawn = entries.map((e) => {
    const a = draw.assignments.find((x) => x.entryId === e.id)!;
    return { ...e, drawOrder: a.drawOrder, station: a.station! };
  });
  return { competition, entries: drawn };
}

/** A deterministic byte stream for tests (never for real codes: those come from crypto.getRandomValues). */
export function testRandomBytes(seed = 'test'): (count: number) => Uint8Array {
  const random = createSeededRandom(seed);
  return (count) => Uint8Array.from({ length: count }, () => random.nextInt(256));
}

export async function judgeAssignments(competition: Competition): Promise<JudgeAssignment[]> {
  const meta = { version: 1, updatedAt: '2024-05-12T08:00:00.000Z', competitionId: competition.id };
  const moduleIds = competition.rubric.parts.flatMap((p) => p.modules.map((m) => m.id));
  const chiefPin = await hashPin('2580');
  const judgePin = await hashPin('139468');
  const chief = { pinHash: chiefPin.hash, pinSalt: chiefPin.salt };
  const judge = { pinHash: judgePin.hash, pinSalt: judgePin.salt };
  return [
    { ...meta, id: 'j-chief', personId: 'p-judge', role: 'chief', moduleIds, stations: [], ...chief },
    { ...meta, id: 'j-1', personId: 'p-coach', role: 'judge', moduleIds, stations: [1], ...judge },
  ];
}
