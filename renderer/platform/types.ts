/**
 * What the renderer needs from the machine it runs on, behind one interface. The Electron implementation calls
 * the preload API (`window.jiangxin`); the browser implementation uses a file input, a download and window.print,
 * so the same UI runs as a web app and in the Chromium e2e suite (DESIGN §5–§6).
 */
import type { AppInfo, AutoBackupInfo, FileFilter, IpcError } from '../../shared/ipc/contract';

export type { AppInfo, AutoBackupInfo, FileFilter };

/** Why an automatic backup is made. */
export type AutoBackupReason = 'scheduled' | 'before-import' | 'before-restore' | 'before-demo' | 'before-upgrade';

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface OpenFilesOptions {
  readonly title?: string;
  readonly filters?: readonly FileFilter[];
  readonly multiple?: boolean;
  /** Refuse larger files with a `file_too_large` PlatformError. */
  readonly maxBytes?: number;
}

export interface SaveFileOptions {
  readonly title?: string;
  readonly suggestedName: string;
  readonly filters?: readonly FileFilter[];
  readonly bytes: Uint8Array;
}

export interface PrintOptions {
  /** A /print/ route of this renderer. */
  readonly route: string;
  readonly suggestedName: string;
  readonly landscape?: boolean;
}

/** Where a saved file went: a path on the desktop, a download name in the browser. */
export interface SavedFile {
  readonly path?: string;
  readonly name: string;
}

export interface Platform {
  readonly kind: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;
  /** Resolves to null when the user cancels. */
  openFiles(options: OpenFilesOptions): Promise<readonly PickedFile[] | null>;
  saveFile(options: SaveFileOptions): Promise<SavedFile | null>;
  /** Prints a report route to PDF (desktop) or opens it for the browser's print dialog (web). */
  printToPdf(options: PrintOptions): Promise<SavedFile | null>;
  showInFolder(path: string): Promise<void>;
  /**
   * Automatic backups: kept by the main process in the app's backup folder on the desktop, in a separate
   * IndexedDB database in the browser; both rotate 7 daily, 4 weekly, 12 monthly.
   */
  readonly autoBackups: {
    write(reason: AutoBackupReason, bytes: Uint8Array): Promise<AutoBackupInfo>;
    /** Newest first. */
    list(): Promise<readonly AutoBackupInfo[]>;
    read(name: string): Promise<Uint8Array>;
  };
}

/** A failure the user must be told about; `code` selects the message, `params` fill it in. */
export class PlatformError extends Error {
  readonly code: IpcError['code'];
  readonly params: Readonly<Record<string, string | number>>;
  constructor(error: IpcError) {
    super(error.code);
    this.name = 'PlatformError';
    this.code = error.code;
    this.params = error.params ?? {};
  }
}
