/**
 * The preload: exposes `window.jiangxin`, one function per channel of the IPC contract and nothing else —
 * never ipcRenderer or a generic invoke, so a compromised page can reach only the validated channels.
 * Runs sandboxed, so it is bundled as CommonJS and imports nothing but `electron` at runtime.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { apiChannels } from '../../shared/ipc/channels';
import type { IpcChannel, IpcRequestInput, IpcResults, JiangxinApi } from '../../shared/ipc/contract';

/** A function that sends its one argument on `channel`, typed from the contract. */
function channelCall<C extends IpcChannel>(channel: C): (request: IpcRequestInput<C>) => Promise<IpcResults[C]> {
  return (request) => ipcRenderer.invoke(channel, request) as Promise<IpcResults[C]>;
}

const api = {
  appInfo: channelCall(apiChannels.appInfo),
  openFiles: channelCall(apiChannels.openFiles),
  saveFile: channelCall(apiChannels.saveFile),
  printToPdf: channelCall(apiChannels.printToPdf),
  showInFolder: channelCall(apiChannels.showInFolder),
  writeAutoBackup: channelCall(apiChannels.writeAutoBackup),
  listAutoBackups: channelCall(apiChannels.listAutoBackups),
  readAutoBackup: channelCall(apiChannels.readAutoBackup),
} satisfies JiangxinApi;

contextBridge.exposeInMainWorld('jiangxin', api);
