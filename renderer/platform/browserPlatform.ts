/**
 * The web implementation: a hidden file input to open, a download to save, and the browser's own print
 * dialog (Save as PDF) for reports. Used by `npm run web` and by the Chromium e2e suite.
 */
import { MAX_OPEN_FILE_BYTES } from '../../shared/ipc/contract';
import { browserAutoBackups } from './browserAutoBackups';
import { PlatformError, type PickedFile, type Platform } from './types';

declare const __APP_VERSION__: string | undefined;

function pickFiles(accept: string, multiple: boolean): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.style.display = 'none';
    input.dataset.testid = 'platform-file-input';
    input.addEventListener('change', () => {
      const files = input.files ? Array.from(input.files) : [];
      input.remove();
      resolve(files.length > 0 ? files : null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

export function createBrowserPlatform(): Platform {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Jiangxin',
      version: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
      electron: '',
      chrome: navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? '',
      node: '',
      platform: navigator.platform,
      userDataPath: '',
      logPath: '',
    }),
    openFiles: async ({ filters = [], multiple = false, maxBytes = MAX_OPEN_FILE_BYTES }) => {
      const accept = filters.flatMap((f) => f.extensions.filter((e) => e !== '*').map((e) => `.${e}`)).join(',');
      const files = await pickFiles(accept, multiple);
      if (!files) return null;
      const picked: PickedFile[] = [];
      for (const file of files) {
        if (file.size > maxBytes) {
          throw new PlatformError({ code: 'file_too_large', params: { name: file.name, size: file.size, limit: maxBytes } });
        }
        picked.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      }
      return picked;
    },
    saveFile: async ({ suggestedName, bytes }) => {
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>]));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = suggestedName;
      anchor.rel = 'noopener';
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { name: suggestedName };
    },
    printToPdf: async ({ route, suggestedName }) => {
      // The print route prints itself once its data is on the page (see usePrintReady).
      const url = `${location.pathname}${location.search}#${route}${route.includes('?') ? '&' : '?'}autoprint=1`;
      window.open(url, '_blank', 'noopener');
      return { name: suggestedName };
    },
    showInFolder: async () => {
      // A browser cannot reveal a downloaded file; the download bar does that.
    },
    autoBackups: {
      write: (reason, bytes) => browserAutoBackups.write(reason, bytes),
      list: () => browserAutoBackups.list(),
      read: (name) => browserAutoBackups.read(name),
    },
  };
}
