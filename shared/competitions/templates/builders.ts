/**
 * Small constructors that keep the templates readable: each takes the id factory and the fields that matter,
 * and fills in the rest with the schema defaults.
 */
import type { Item, Module, Part } from '../../domain';
import type { IdFactory } from './types';

type ModuleOptions = Partial<Pick<Module, 'judging' | 'aggregation' | 'minJudgesToTrim' | 'safetyVeto' | 'disagreementShare'>>;

export function part(
  newId: IdFactory,
  name: string,
  weightPercent: number,
  practical: boolean,
  modules: Module[],
): Part {
  return { id: newId(), name, weightPercent, practical, modules };
}

/** A module whose maximum is the sum of its items, so templates cannot get the arithmetic wrong. */
export function module(newId: IdFactory, name: string, items: Item[], options: ModuleOptions = {}): Module {
  const max = items.reduce((sum, item) => sum + Math.round(item.max * 100), 0) / 100;
  return {
    id: newId(),
    name,
    max,
    judging: options.judging ?? 'live',
    aggregation: options.aggregation ?? 'mean',
    minJudgesToTrim: options.minJudgesToTrim ?? 5,
    safetyVeto: options.safetyVeto ?? 'none',
    disagreementShare: options.disagreementShare ?? 0.3,
    items,
  };
}

export function levels(
  newId: IdFactory,
  name: string,
  max: number,
  descriptors: [string, string, string, string],
  description?: string,
): Item {
  return { id: newId(), name, max, kind: 'judgement', scale: 'levels', descriptors, ...opt(description) };
}

export function points(newId: IdFactory, name: string, max: number, description?: string): Item {
  return { id: newId(), name, max, kind: 'judgement', scale: 'points', ...opt(description) };
}

export function met(newId: IdFactory, name: string, max: number, description?: string): Item {
  return { id: newId(), name, max, kind: 'measurement', mode: 'met', bands: [], ...opt(description) };
}

/** Measurement by bands; `bands` are [label, points] from best to worst. */
export function bands(
  newId: IdFactory,
  name: string,
  max: number,
  list: [string, number][],
  description?: string,
): Item {
  return {
    id: newId(),
    name,
    max,
    kind: 'measurement',
    mode: 'bands',
    bands: list.map(([label, pts]) => ({ id: newId(), label, points: pts })),
    ...opt(description),
  };
}

/** Deduction item; `faults` are [label, points deducted each time]. */
export function deduction(
  newId: IdFactory,
  name: string,
  max: number,
  faults: [string, number][],
  description?: string,
): Item {
  return {
    id: newId(),
    name,
    max,
    kind: 'deduction',
    faults: faults.map(([label, pts]) => ({ id: newId(), label, points: pts })),
    ...opt(description),
  };
}

/** Scored time: full points within `limitSeconds`, `penaltyPerMinute` lost per started minute over it. */
export function timeScored(
  newId: IdFactory,
  name: string,
  max: number,
  limitSeconds: number,
  penaltyPerMinute: number,
  description?: string,
): Item {
  return {
    id: newId(),
    name,
    max,
    kind: 'time',
    mode: 'scored',
    limitSeconds,
    overtimePenaltyPerMinute: penaltyPerMinute,
    ...opt(description),
  };
}

/** Time recorded only to break ties: worth no points. */
export function timeTiebreak(newId: IdFactory, name: string, limitSeconds: number, description?: string): Item {
  return {
    id: newId(),
    name,
    max: 0,
    kind: 'time',
    mode: 'tiebreak',
    limitSeconds,
    overtimePenaltyPerMinute: 0,
    ...opt(description),
  };
}

export function imported(newId: IdFactory, name: string, max: number, source?: string): Item {
  return { id: newId(), name, max, kind: 'imported', ...(source ? { source } : {}) };
}

function opt(description: string | undefined): { description?: string } {
  return description ? { description } : {};
}
