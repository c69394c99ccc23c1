import { describe, expect, it } from 'vitest';
import { patentCheckCharacter, patentNumber } from './patentNumbers';

describe('patent numbers', () => {
  it('computes the check character as Σ digit × weight (2…9, 2…5) mod 11, 10 written as X', () => {
    // 2·2 + 0·3 + 2·4 + 4·5 + 2·6 + 0·7 + 1·8 + 2·9 + 3·2 + 4·3 + 5·4 + 6·5 = 138; 138 mod 11 = 6.
    expect(patentCheckCharacter('202420123456')).toBe('6');
    // 2·2 + 0·3 + 2·4 + 3·5 + 2·6 = 39, + 7·5 = 74 → 74 mod 11 = 8.
    expect(patentCheckCharacter('202320000007')).toBe('8');
    // 2024 2 → 44; + 2·5 = 54 → 54 mod 11 = 10 → X.
    expect(patentCheckCharacter('202420000002')).toBe('X');
  });

  it('formats application and granted (ZL) numbers', () => {
    expect(patentNumber(2024, 'utility_model', 123456, false)).toBe('2024 2 0123456.6');
    expect(patentNumber(2024, 'utility_model', 123456, true)).toBe('ZL2024 2 0123456.6');
    expect(patentNumber(2023, 'invention', 1, false)).toMatch(/^2023 1 0000001\.[\dX]$/);
  });
});
