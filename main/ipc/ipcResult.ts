/** Small constructors for the contract's `IpcResult`, so handlers read as their outcomes. */
import type { IpcError, IpcErrorCode } from '../../shared/ipc/contract';

export interface IpcSuccess<T> {
  readonly ok: true;
  readonly value: T;
}

export interface IpcFailure {
  readonly ok: false;
  readonly error: IpcError;
}

export function ok<T>(value: T): IpcSuccess<T> {
  return { ok: true, value };
}

export function fail(code: IpcErrorCode, params?: IpcError['params']): IpcFailure {
  return params === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, params } };
}

/** The `code` of a Node system error (ENOENT, EACCES…), for logs and error params. */
export function errnoCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') return error.code;
  return 'unknown';
}
