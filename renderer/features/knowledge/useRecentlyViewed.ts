/**
 * Articles this user opened lately, newest first. A UI preference of this computer, so it lives in
 * localStorage (like the language), not in the workspace.
 */
import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'jiangxin.knowledge.recent';
const MAX = 8;
const listeners = new Set<() => void>();

function read(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? '[]';
  } catch {
    return '[]';
  }
}

export function recordView(articleId: string): void {
  const ids = [articleId, ...parse(read()).filter((id) => id !== articleId)].slice(0, MAX);
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(ids));
  } catch {
    // Storage may be unavailable (private mode): the list then stays empty.
  }
  for (const listener of listeners) listener();
}

function parse(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function useRecentlyViewed(): string[] {
  const subscribe = useCallback((listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, []);
  const text = useSyncExternalStore(subscribe, read);
  return parse(text);
}
