import { describe, expect, it } from 'vitest';
import { CONFLICT_CODES } from '../../../../shared/competitions/conflicts/checkJudgeConflicts';
import { PIN_ISSUE_CODES } from '../../../../shared/competitions/pin/validatePin';
import { JUDGE_ROLES } from '../../../../shared/domain';
import { UNAVAILABLE_REASONS } from '../printables/printablesAvailability';
import printablesEn from '../printables/i18n/en-US.json';
import printablesZh from '../printables/i18n/zh-CN.json';
import en from './i18n/en-US.json';
import zh from './i18n/zh-CN.json';

describe('messages', () => {
  it.each([
    ['zh-CN', zh],
    ['en-US', en],
  ])('%s says every conflict of interest, PIN issue and role in words', (_language, messages) => {
    const { conflicts, pin, roles, roleHints } = messages.judges;
    for (const code of CONFLICT_CODES) expect(conflicts.codes[code], code).toContain('{{judge}}');
    for (const code of PIN_ISSUE_CODES) expect(pin.issues[code], code).toBeTruthy();
    for (const role of JUDGE_ROLES) expect([roles[role], roleHints[role]], role).not.toContain(undefined);
  });

  it.each([
    ['zh-CN', printablesZh],
    ['en-US', printablesEn],
  ])('%s says why a printable is not available', (_language, messages) => {
    for (const reason of UNAVAILABLE_REASONS) expect(messages.printables.unavailable[reason], reason).toBeTruthy();
  });
});
