/**
 * Width of a text in a spreadsheet's character units (Excel, LibreOffice): CJK and full-width characters take
 * two, others one. Used to size columns so headers and labels are not cut.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(value: unknown): number {
  if (value === null || value === undefined) return 0;
  let width = 0;
  for (const char of String(value)) width += WIDE.test(char) ? 2 : 1;
  return width;
}
