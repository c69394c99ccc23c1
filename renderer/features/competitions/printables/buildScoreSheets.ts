/**
 * How a competition's paper score sheets are cut (the fallback when a judge laptop fails), following the
 * module's judging mode (二次加密): a `live` module gets one sheet per station group with the entrants' running
 * orders as columns (its judges watch them work); a `sealed` module gets sheets of anonymous codes only, with no
 * station and no order. A group wider than a portrait page is split evenly so that a sheet has at most
 * CODES_PER_SHEET columns. Modules of imported items only (a theory exam) are not judged on paper.
 */
import type { JudgingMode, Module, Part, Rubric } from '../../../../shared/domain';
import { compareCodes } from '../../../../shared/competitions/sealing/drawAnonymousCodes';
import { byOrder, takesPart, type SheetEntry } from './sheetEntries';

/** Subject columns that fit an A4 portrait sheet beside the item and criteria columns. */
export const CODES_PER_SHEET = 6;

export interface ScoreSheetPlan {
  /** Stable and unique within one competition, for React keys. */
  readonly key: string;
  readonly part: Part;
  readonly module: Module;
  readonly judging: JudgingMode;
  /** The station of this sheet (live modules with stations only). */
  readonly station?: number;
  /** Column labels: running orders ("7") for a live module, anonymous codes for a sealed one. */
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
  /** The sealed map's codes alone (no link to entries), for sealed modules. */
  sealedCodes: readonly string[],
  options: { moduleId?: string; codesPerSheet?: number } = {},
): ScoreSheetPlan[] {
  const perSheet = Math.max(1, options.codesPerSheet ?? CODES_PER_SHEET);
  const drawn = entries.filter((e) => takesPart(e) && e.drawOrder !== undefined).sort(byOrder);
  const useStations = drawn.some((e) => e.station !== undefined);
  const liveGroups = new Map<number | undefined, string[]>();
  // Stations in ascending order, entrants without a station last; by running order within a station.
  const stationKey = (e: SheetEntry) => e.station ?? Number.MAX_SAFE_INTEGER;
  const ordered = useStations ? [...drawn].sort((a, b) => stationKey(a) - stationKey(b) || byOrder(a, b)) : drawn;
  for (const entry of ordered) {
    const station = useStations ? entry.station : undefined;
    liveGroups.set(station, [...(liveGroups.get(station) ?? []), String(entry.drawOrder)]);
  }
  const sealedGroups = new Map<number | undefined, string[]>(sealedCodes.length > 0 ? [[undefined, [...sealedCodes].sort(compareCodes)]] : []);

  const sheets: ScoreSheetPlan[] = [];
  for (const part of rubric.parts) {
    for (const module of part.modules) {
      if (options.moduleId !== undefined && module.id !== options.moduleId) continue;
      if (!judgedOnSite(module)) continue;
      const groups = module.judging === 'sealed' ? sealedGroups : liveGroups;
      for (const [station, codes] of groups) {
        const pages = Math.ceil(codes.length / perSheet);
        // Balanced, so seven columns make sheets of four and three rather than six and a lone one.
        const size = Math.ceil(codes.length / pages);
        for (let page = 1; page <= pages; page++) {
          sheets.push({
            key: `${module.id}/${station ?? '-'}/${page}`,
            part,
            module,
            judging: module.judging,
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
