/**
 * Hands an unsealed code map to the print view of the sealed list, memory to memory. The print is rendered in
 * another window (Electron's hidden print window, or the browser tab opened for printing), which shares nothing
 * with the unsealing window but its origin: the map travels over a BroadcastChannel, only to a request carrying
 * the unseal grant's random token (unsealToken.ts), and is never written to any storage.
 */
import type { CodeMap } from '../../../../shared/competitions/sealing/codeMap';

const CHANNEL = 'jiangxin.sealed-print';

type Message =
  | { readonly kind: 'request'; readonly competitionId: string; readonly token: string }
  | { readonly kind: 'map'; readonly competitionId: string; readonly token: string; readonly codes: readonly (readonly [string, string])[] };

/** Answers print views that ask with `token` while the map is open here; returns the function that stops it. */
export function serveUnsealedMap(map: CodeMap, token: string): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.kind === 'request' && message.competitionId === map.competitionId && message.token === token) {
      channel.postMessage({ kind: 'map', competitionId: map.competitionId, token, codes: [...map.codes] } satisfies Message);
    }
  };
  return () => channel.close();
}

/** Asks the unsealing window for the map; undefined when no window answers in time. */
export function requestUnsealedMap(competitionId: string, token: string, timeoutMs = 3000): Promise<CodeMap | undefined> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(CHANNEL);
    const done = (map: CodeMap | undefined) => {
      clearTimeout(timer);
      channel.close();
      resolve(map);
    };
    const timer = setTimeout(() => done(undefined), timeoutMs);
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.kind === 'map' && message.competitionId === competitionId && message.token === token) {
        done({ competitionId, codes: new Map(message.codes) });
      }
    };
    channel.postMessage({ kind: 'request', competitionId, token } satisfies Message);
  });
}
