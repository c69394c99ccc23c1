/** Adapts Electron's `dialog` (window-or-not overloads) to the `DialogPort` the handlers take. */
import type { Dialog } from 'electron';
import type { DialogPort } from './types';

export function createDialogPort(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>): DialogPort {
  return {
    showOpenDialog: (owner, options) => (owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options)),
    showSaveDialog: (owner, options) => (owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options)),
  };
}
