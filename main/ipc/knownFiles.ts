/**
 * The files this session of the app wrote or opened (exports, packages, backups, files the user picked).
 * `show-in-folder` reveals only these, so a compromised or buggy page cannot make the app probe or reveal
 * arbitrary paths of the machine.
 */
import { resolve } from 'node:path';

export interface KnownFiles {
  remember(path: string): void;
  has(path: string): boolean;
}

export function createKnownFiles(): KnownFiles {
  const paths = new Set<string>();
  return {
    remember: (path) => void paths.add(resolve(path)),
    has: (path) => paths.has(resolve(path)),
  };
}
