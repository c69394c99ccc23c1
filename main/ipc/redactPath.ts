/**
 * What a log line may say about a file: its extension only. Paths hold user names (C:\Users\王伟\…) and file
 * names hold people's and competitions' names; the log is sent with problem reports, so neither goes in.
 */
import { extname } from 'node:path';

export function redactPath(path: string): string {
  const ext = extname(path).slice(0, 12).replace(/[^.A-Za-z0-9]/g, '');
  return `<file${ext}>`;
}
