/**
 * Whether results may show names (揭封): once results are published, or once the encryption officer has unsealed
 * the code map (`unsealedAt`, recorded by the sealing feature). Before that every result shows anonymous codes only.
 */
import type { Competition } from '../domain';

export function namesRevealed(competition: Pick<Competition, 'status'> & { readonly unsealedAt?: string | undefined }): boolean {
  return competition.status === 'published' || competition.status === 'archived' || competition.unsealedAt !== undefined;
}
