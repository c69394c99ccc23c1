import { describe, expect, it } from 'vitest';
import { currentRating } from './currentRating';

describe('currentRating', () => {
  it('is the highest level, whatever the order of the history', () => {
    expect(currentRating({ ratings: [{ level: 'provincial', year: 2021 }, { level: 'company', year: 2023 }] })).toEqual({ level: 'provincial', year: 2021 });
    expect(currentRating({ ratings: [{ level: 'company', year: 2020 }, { level: 'municipal', year: 2023 }] })).toEqual({ level: 'municipal', year: 2023 });
  });

  it('takes the latest year when the same level was given twice', () => {
    expect(currentRating({ ratings: [{ level: 'municipal', year: 2023 }, { level: 'municipal', year: 2019 }] })).toEqual({ level: 'municipal', year: 2023 });
  });

  it('ignores ratings given after the year asked about', () => {
    const studio = { ratings: [{ level: 'company' as const, year: 2020 }, { level: 'municipal' as const, year: 2023 }] };
    expect(currentRating(studio, 2022)).toEqual({ level: 'company', year: 2020 });
    expect(currentRating(studio, 2019)).toBeUndefined();
  });

  it('is undefined for a studio never rated', () => {
    expect(currentRating({ ratings: [] })).toBeUndefined();
  });
});
