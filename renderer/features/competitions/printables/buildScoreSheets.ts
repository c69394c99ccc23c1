/**
 * How a competition's paper score sheets are cut (the fallback when a judge laptop fails): one sheet per module
 * judged on site, and per station when the draw placed entrants at stations. A group wider than a portrait page
 * is split evenly so that a sheet has at most CODES_PER_SHEET code columns. Modules of imported items only (a theory
 * exam) are not judged on paper and get no sheet.
 */
import type { Module, Part, Rubric } from '../../../../shared/domain';
import { byCode, takesPart, type SheetEntry } from './sheetEntries';

/** Code columns that fit an A4 portrait sheet beside the item and criteria columns. */
export const CODES_PER_SHEET = 6;

export interface ScoreSheetPlan {
  /** Stable and unique within one competition, for React keys. */
  readonly key: string;
  readonly part: Part;
  readonly module: Module;
  /** The station of this sheet; absent when the competition does not use stations. */
  readonly station?: number;
  /** Anonymous codes, in code order. */
  readonly codes: readonly string[];
  /** Position of this sheet among those of the same module and station, from 1, and their number. */
  readonly page: number;
  readonly pages: number;
}

export function judgedOnSite(module: Pick<Module, 'items'>): boolean {
  return module.items.some((item) => item.kind !== 'imported');
}

export function buildScoreSheets(
  rubric: Pick<Rubric, 'parts'>,
  entries: readonly SheetEntry[],
  options: { moduleId?: string; codesPerSheet?: number } = {},
): ScoreSheetPlan[] {
  const perSheet = Math.max(1, options.codesPerSheet ?? CODES_PER_SHEET);
  // By code, not by draw order: the order is public, so a sheet in draw order would tell who holds each code.
  const coded = entries.filter((e) => takesPart(e) && e.anonCode).sort(byCode);
  if (coded.length === 0) return [];

  const useStations = coded.some((e) => e.station !== undefined);
  const groups = new Map<number | undefined, string[]>();
  // Stations in ascending order, entrants without a station last; by code within a station.
  const stationKey = (e: SheetEntry) => e.station ?? Number.MAX_SAFE_INTEGER;
  const ordered = useStations ? [...coded].sort((a, b) => stationKey(a) - stationKey(b) || byCode(a, b)) : coded;
  for (const entry of ordered) {
    const station = useStations ? entry.station : undefined;
    groups.set(station, [...(groups.get(station) ?? []), entry.anonCode as string]);
  }

  const sheets: ScoreSheetPlan[] = [];
  for (const part of rubric.parts) {
    for (const module of part.modules) {
      if (options.moduleId !== undefined && module.id !== options.moduleId) continue;
      if (!judgedOnSite(module)) continue;
      for (const [station, codes] of groups) {
        const pages = Math.ceil(codes.length / perSheet);
        // Balanced, so seven codes make sheets of four and three rather than six and a lone one.
        const size = Math.ceil(codes.length / pages);
        for (let page = 1; page <= pages; page++) {
          sheets.push({
            key: `${module.id}/${station ?? '-'}/${page}`,
            part,
            module,
            ...(station === undefined ? {} : { station }),
            codes: codes.slice((page - 1) * size, page * size),
            page,
            pages,
          });
        }
      }
    }
  }
  return sheets;
}
