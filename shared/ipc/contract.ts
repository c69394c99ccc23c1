/**
 * The one IPC contract between the renderer and the main process (DESIGN §5, STYLE 3).
 *
 * Each channel maps to a zod schema for its single request argument and a TypeScript type for its result.
 * Main registers one handler per channel, typed from this map, and validates every request with the schema;
 * the preload exposes one function per channel; the renderer reaches them only through `renderer/platform`.
 * Renaming a channel or changing a payload therefore breaks the build, not the app.
 *
 * Results that can fail for reasons the user must see are `IpcResult`s carrying an error code, never a
 * translated message: main has no i18n, the renderer turns codes into text.
 */
import { z } from 'zod';

/** Largest file the open dialog hands to the renderer (bytes). Larger files are refused with `file_too_large`. */
export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024;
/** Largest payload the renderer may ask main to save (bytes). */
export const MAX_SAVE_FILE_BYTES = 1024 * 1024 * 1024;

export const fileFilterSchema = z.object({
  /** i18n-free label shown by the OS dialog, e.g. "Excel (*.xlsx)". */
  name: z.string().min(1).max(100),
  /** Extensions without the dot, e.g. ["xlsx", "csv"]. */
  extensions: z.array(z.string().regex(/^[A-Za-z0-9*]{1,10}$/)).min(1).max(20),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

const openFilesRequestSchema = z.object({
  title: z.string().max(200).optional(),
  filters: z.array(fileFilterSchema).max(10).default([]),
  multiple: z.boolean().default(false),
  /** A smaller cap than MAX_OPEN_FILE_BYTES for this call. */
  maxBytes: z.number().int().positive().max(MAX_OPEN_FILE_BYTES).optional(),
});

const saveFileRequestSchema = z.object({
  title: z.string().max(200).optional(),
  /** File name proposed in the dialog; no folders. */
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((s) => !/[\\/]/.test(s), 'a file name, not a path'),
  filters: z.array(fileFilterSchema).max(10).default([]),
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')
    .refine((b) => b.byteLength <= MAX_SAVE_FILE_BYTES, 'too large'),
});

const printToPdfRequestSchema = z.object({
  /** A print route of the renderer, e.g. "/print/score-sheets/abc". Only /print/ routes can be printed. */
  route: z
    .string()
    .max(500)
    .regex(/^\/print\/[A-Za-z0-9/_\-.?=&%]*$/, 'must be a /print/ route'),
  suggestedName: z
    .string()
    .min(1)
    .max(255)
    .refine((s) => !/[\\/]/.test(s), 'a file name, not a path'),
  landscape: z.boolean().default(false),
  pageSize: z.enum(['A4', 'A3']).default('A4'),
});

const showInFolderRequestSchema = z.object({ path: z.string().min(1).max(4096) });

/** The name of an automatic backup in the app's backup folder, as main names them; never a path. */
export const AUTO_BACKUP_NAME_PATTERN = /^jiangxin-\d{8}T\d{9}Z-[a-z-]{1,30}\.jxbak$/;

const writeAutoBackupRequestSchema = z.object({
  reason: z.enum(['scheduled', 'before-import', 'before-restore', 'before-demo', 'before-upgrade']),
  bytes: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')
    .refine((b) => b.byteLength <= MAX_SAVE_FILE_BYTES, 'too large'),
});
const readAutoBackupRequestSchema = z.object({ name: z.string().regex(AUTO_BACKUP_NAME_PATTERN) });

/** Request schemas, one per channel. */
export const ipcRequestSchemas = {
  'jx:app:info': z.object({}).strict(),
  'jx:file:open': openFilesRequestSchema,
  'jx:file:save': saveFileRequestSchema,
  'jx:report:print-to-pdf': printToPdfRequestSchema,
  'jx:file:show-in-folder': showInFolderRequestSchema,
  'jx:backup:write-auto': writeAutoBackupRequestSchema,
  'jx:backup:list-auto': z.object({}).strict(),
  'jx:backup:read-auto': readAutoBackupRequestSchema,
} as const;

export type IpcChannel = keyof typeof ipcRequestSchemas;
/** What the caller passes (defaults may be omitted). */
export type IpcRequestInput<C extends IpcChannel> = z.input<(typeof ipcRequestSchemas)[C]>;
/** What the handler receives after validation. */
export type IpcRequest<C extends IpcChannel> = z.output<(typeof ipcRequestSchemas)[C]>;

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly electron: string;
  readonly chrome: string;
  readonly node: string;
  readonly platform: string;
  readonly userDataPath: string;
  readonly logPath: string;
}

export interface OpenedFile {
  readonly name: string;
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** An automatic backup kept by the app (newest first in lists). */
export interface AutoBackupInfo {
  readonly name: string;
  readonly createdAt: string;
  readonly reason: string;
  readonly size: number;
  /** Absolute path on the desktop; absent in the browser, where backups live in IndexedDB. */
  readonly path?: string;
}

export type IpcErrorCode =
  | 'invalid_request'
  | 'forbidden_sender'
  | 'file_too_large'
  | 'file_unreadable'
  | 'file_unwritable'
  | 'print_failed';

export interface IpcError {
  readonly code: IpcErrorCode;
  /** Values for the message, e.g. { name, size, limit } for file_too_large. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: IpcError };

/** Result type of each channel. `null` means the user cancelled the dialog. */
export interface IpcResults {
  'jx:app:info': IpcResult<AppInfo>;
  'jx:file:open': IpcResult<readonly OpenedFile[] | null>;
  'jx:file:save': IpcResult<{ readonly path: string } | null>;
  'jx:report:print-to-pdf': IpcResult<{ readonly path: string } | null>;
  'jx:file:show-in-folder': IpcResult<null>;
  'jx:backup:write-auto': IpcResult<AutoBackupInfo>;
  'jx:backup:list-auto': IpcResult<readonly AutoBackupInfo[]>;
  'jx:backup:read-auto': IpcResult<Uint8Array>;
}

/**
 * The API the preload exposes as `window.jiangxin`: one function per channel, named after the channel's
 * last segment in camelCase. The preload is checked against it with `satisfies`.
 */
export interface JiangxinApi {
  appInfo(request: IpcRequestInput<'jx:app:info'>): Promise<IpcResults['jx:app:info']>;
  openFiles(request: IpcRequestInput<'jx:file:open'>): Promise<IpcResults['jx:file:open']>;
  saveFile(request: IpcRequestInput<'jx:file:save'>): Promise<IpcResults['jx:file:save']>;
  printToPdf(request: IpcRequestInput<'jx:report:print-to-pdf'>): Promise<IpcResults['jx:report:print-to-pdf']>;
  showInFolder(request: IpcRequestInput<'jx:file:show-in-folder'>): Promise<IpcResults['jx:file:show-in-folder']>;
  writeAutoBackup(request: IpcRequestInput<'jx:backup:write-auto'>): Promise<IpcResults['jx:backup:write-auto']>;
  listAutoBackups(request: IpcRequestInput<'jx:backup:list-auto'>): Promise<IpcResults['jx:backup:list-auto']>;
  readAutoBackup(request: IpcRequestInput<'jx:backup:read-auto'>): Promise<IpcResults['jx:backup:read-auto']>;
}

export { apiChannels, APP_HOST, APP_ORIGIN, APP_SCHEME, IPC_PREFIX } from './channels';
