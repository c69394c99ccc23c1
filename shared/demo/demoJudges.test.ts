import { describe, expect, it } from 'vitest';
import { checkJudgeConflicts } from '../competitions/conflicts/checkJudgeConflicts';
import { verifyPin } from '../competitions/pin/hashPin';
import { DEMO_JUDGE_PIN, DEMO_JUDGE_PIN_HASH, DEMO_JUDGE_PIN_SALT } from './data/demoPin';
import { generateDemoWorkspace } from './generateDemoWorkspace';

describe('the demo judge panels', () => {
  const demo = generateDemoWorkspace();

  it('have no hard conflict of interest, as the judges tab would refuse one', () => {
    const people = new Map(demo.people.map((p) => [p.id, p]));
    const hard = demo.judges.flatMap((assignment) => {
      const judge = people.get(assignment.personId)!;
      const entries = demo.entries.filter((e) => e.competitionId === assignment.competitionId);
      return checkJudgeConflicts({ judge, assignment, entries, people: demo.people, departments: demo.departments }).hard;
    });
    expect(hard).toEqual([]);
  });

  it('give every competition with a panel a chief judge and judges', () => {
    const byCompetition = new Map<string, (typeof demo.judges)[number][]>();
    for (const judge of demo.judges) byCompetition.set(judge.competitionId, [...(byCompetition.get(judge.competitionId) ?? []), judge]);
    expect(byCompetition.size).toBeGreaterThan(10);
    for (const panel of byCompetition.values()) {
      expect(panel.filter((j) => j.role === 'chief')).toHaveLength(1);
      expect(panel.some((j) => j.role === 'judge')).toBe(true);
    }
  });

  it('let the judges, scorers, chief judges and encryption officers sign in with the demo PIN', async () => {
    expect(await verifyPin(DEMO_JUDGE_PIN, DEMO_JUDGE_PIN_HASH, DEMO_JUDGE_PIN_SALT)).toBe(true);
    for (const judge of demo.judges) {
      if (judge.role === 'arbitration') expect(judge.pinHash).toBeUndefined();
      else expect([judge.pinHash, judge.pinSalt]).toEqual([DEMO_JUDGE_PIN_HASH, DEMO_JUDGE_PIN_SALT]);
    }
  });
});
