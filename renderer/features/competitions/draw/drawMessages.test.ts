import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { DRAW_VERIFICATION_CODES, type DrawVerificationCode, type DrawVerificationIssue } from '../../../../shared/competitions/draw/verifyDraw';
import { PIN_ISSUE_CODES, validatePin } from '../../../../shared/competitions/pin/validatePin';
import appEn from '../../../app/i18n/en-US.json';
import appZh from '../../../app/i18n/zh-CN.json';
import en from './i18n/en-US.json';
import zh from './i18n/zh-CN.json';
import { pinIssueText, verificationIssueText } from './drawMessages';

const ISSUES: Record<DrawVerificationCode, DrawVerificationIssue> = {
  unknown_algorithm: { code: 'unknown_algorithm', params: { algorithm: 'jx-draw-9' } },
  seed_differs: { code: 'seed_differs' },
  draw_mismatch: { code: 'draw_mismatch', entryId: 'e-1', params: { field: 'station', expected: 2, actual: 3 } },
  entry_record_differs: { code: 'entry_record_differs', entryId: 'e-1', params: { field: 'station', expected: 2, actual: null } },
  entry_not_in_draw: { code: 'entry_not_in_draw', entryId: 'e-late' },
  unknown_entry: { code: 'unknown_entry', entryId: 'e-gone' },
};

async function translator(language: 'zh-CN' | 'en-US'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  const translation = language === 'zh-CN' ? { ...appZh, ...zh } : { ...appEn, ...en };
  await i18n.init({ lng: language, resources: { [language]: { translation } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe.each(['zh-CN', 'en-US'] as const)('draw messages in %s', (language) => {
  const entries = new Map([
    ['e-1', { id: 'e-1', drawOrder: 3 }],
    ['e-late', { id: 'e-late' }],
  ]);

  it('explain every verification issue, naming entrants by running order, never by name or code', async () => {
    const t = await translator(language);
    for (const code of DRAW_VERIFICATION_CODES) {
      const text = verificationIssueText(t, ISSUES[code], entries);
      expect(text).not.toMatch(/^draw\./);
      expect(text).not.toContain('{{');
    }
    const text = verificationIssueText(t, ISSUES.draw_mismatch, entries);
    expect(text).toMatch(/3.*2.*3|3.*3.*2/);
  });

  it('explain every PIN problem', async () => {
    const t = await translator(language);
    const samples: Record<string, string> = { pin_not_digits: '12a4', pin_too_short: '12', pin_too_long: '123456789', pin_too_simple: '123456' };
    for (const code of PIN_ISSUE_CODES) {
      const validation = validatePin(samples[code]!);
      if (validation.ok) throw new Error(`${code}: sample PIN passed`);
      expect(validation.code).toBe(code);
      const text = pinIssueText(t, validation);
      expect(text).not.toMatch(/^draw\./);
      expect(text).not.toContain('{{');
    }
  });
});
