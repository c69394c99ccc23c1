/**
 * A studio's current rating: the highest level in its rating history, the latest on ties (DESIGN §2 "Studio").
 * With `asOfYear`, ratings given after that year are ignored, so a past year's dashboard shows the rating the
 * studio held then.
 */
import { LEVELS, type Studio, type StudioRating } from '../domain';

export function currentRating(studio: Pick<Studio, 'ratings'>, asOfYear?: number): StudioRating | undefined {
  let best: StudioRating | undefined;
  for (const rating of studio.ratings) {
    if (asOfYear !== undefined && rating.year > asOfYear) continue;
    const higher = best === undefined || LEVELS.indexOf(rating.level) < LEVELS.indexOf(best.level);
    const sameLevelLater = best !== undefined && rating.level === best.level && rating.year > best.year;
    if (higher || sameLevelLater) best = rating;
  }
  return best;
}
