/**
 * How a print view says "my data is on the page": main's printToPDF waits for `window.__jiangxinPrintReady`,
 * and the browser build opens the print dialog then (when the route was opened with autoprint=1).
 */
declare global {
  interface Window {
    __jiangxinPrintReady?: boolean;
  }
}

export function markPrintReady(): void {
  window.__jiangxinPrintReady = true;
  const query = window.location.hash.split('?')[1] ?? '';
  if (new URLSearchParams(query).get('autoprint') === '1') {
    // Let the browser lay out the final content before the dialog snapshots it.
    requestAnimationFrame(() => requestAnimationFrame(() => window.print()));
  }
}

export function resetPrintReady(): void {
  window.__jiangxinPrintReady = false;
}
