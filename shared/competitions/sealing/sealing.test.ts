import { describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '../../crypto/passphraseBox';
import { drawCompetition } from '../draw/drawCompetition';
import { testRandomBytes } from '../testing/competitionFixture';
import { checkNewPassphrase, CodeMapMismatchError, codesOf, openCodeMap, sealCodeMap } from './codeMap';
import { drawAnonymousCodes } from './drawAnonymousCodes';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `entry-${String(i).padStart(4, '0')}`);
const cryptoBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

describe('drawAnonymousCodes (二次加密)', () => {
  it('gives every entry a distinct code of a letter and three digits, never with a colon', () => {
    const { prefix, codes } = drawAnonymousCodes(ids(40), cryptoBytes);
    expect(prefix).toMatch(/^[A-HJ-NP-Z]$/);
    expect(new Set(codes.values()).size).toBe(40);
    for (const code of codes.values()) expect(code).toMatch(new RegExp(`^${prefix}[1-9]\\d{2}$`));
  });

  it('widens codes beyond 900 entrants and keeps a fixed prefix', () => {
    const { codes } = drawAnonymousCodes(ids(1200), cryptoBytes, 'C');
    expect(new Set(codes.values()).size).toBe(1200);
    for (const code of codes.values()) expect(code).toMatch(/^C[1-9]\d{3}$/);
  });

  it('does not follow the public draw: codes in running order go up about half the time', () => {
    const entries = ids(200).map((id) => ({ id, status: 'registered' as const }));
    const draw = drawCompetition({ seed: '5f2c0d9a4e7b1c3d8e6f0a2b4c6d8e0f', entries, stations: 8 });
    const { codes } = drawAnonymousCodes(ids(200), cryptoBytes);
    const numbers = draw.assignments.map((a) => Number(codes.get(a.entryId)!.slice(1)));
    const increasing = numbers.filter((n, i) => i > 0 && n > numbers[i - 1]!).length;
    expect(increasing).toBeGreaterThan(70);
    expect(increasing).toBeLessThan(130);
  });

  it('differs from one secret draw to the next, even for the same entries and draw seed', () => {
    const a = drawAnonymousCodes(ids(30), cryptoBytes, 'K');
    const b = drawAnonymousCodes(ids(30), cryptoBytes, 'K');
    expect([...a.codes.values()]).not.toEqual([...b.codes.values()]);
  });

  it('refuses duplicate ids and odd prefixes', () => {
    expect(() => drawAnonymousCodes(['a', 'a'], cryptoBytes)).toThrow(RangeError);
    expect(() => drawAnonymousCodes(['a'], cryptoBytes, 'K:')).toThrow(RangeError);
  });
});

describe('the sealed code map', () => {
  const map = { competitionId: 'c-1', codes: drawAnonymousCodes(ids(12), testRandomBytes(), 'K').codes };

  it('round-trips with the right passphrase and opens nothing with a wrong one', async () => {
    const box = await sealCodeMap(map, '加密裁判的口令 2024', 1000);
    expect(box.kdf).toMatchObject({ name: 'PBKDF2-SHA256', iterations: 1000 });
    const opened = await openCodeMap(box, '加密裁判的口令 2024', 'c-1');
    expect(opened.codes).toEqual(map.codes);
    await expect(openCodeMap(box, '加密裁判的口令 2025', 'c-1')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(openCodeMap(box, '加密裁判的口令 2024', 'c-2')).rejects.toBeInstanceOf(CodeMapMismatchError);
  });

  it('holds no code, entry id or name in its sealed form', async () => {
    const box = await sealCodeMap(map, '加密裁判的口令 2024', 1000);
    const text = JSON.stringify(box);
    for (const [id, code] of map.codes) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(code);
    }
  });

  it('lists the codes alone in code order', () => {
    const codes = codesOf(map);
    expect(codes).toHaveLength(12);
    expect([...codes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(codes);
  });

  it('asks for a passphrase of at least ten characters, typed twice alike', () => {
    expect(checkNewPassphrase('短口令', '短口令')).toEqual([{ code: 'passphrase_too_short', params: { min: 10 } }]);
    expect(checkNewPassphrase('一个足够长的加密口令啊', '一个足够长的加密口令')).toEqual([{ code: 'passphrases_differ' }]);
    expect(checkNewPassphrase('一个足够长的加密口令啊', '一个足够长的加密口令啊')).toEqual([]);
  });
});
