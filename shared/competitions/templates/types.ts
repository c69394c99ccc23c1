import type { Rubric } from '../../domain';

/** Makes a new, unique record id (e.g. `crypto.randomUUID`); tests pass a counter for stable ids. */
export type IdFactory = () => string;

/** A ready-made rubric offered by the builder's template picker. */
export interface RubricTemplate {
  /** Stable key, e.g. for remembering the last template used. */
  key: string;
  /** Name shown in the picker in Chinese and in English. The rubric content itself is in Chinese. */
  nameZh: string;
  nameEn: string;
  /** Builds a fresh rubric; every part, module, item, band and fault gets a new id from `newId`. */
  build: (newId: IdFactory) => Rubric;
}
