/**
 * The look of the printed sheets: black on white, ruled tables, sizes in millimetres and points so that the
 * screen preview and the A4 page agree. Text sizes stay at 10.5 pt or more so Chinese stays legible on paper.
 */
import type { SxProps, Theme } from '@mui/material';

export const printTableSx: SxProps<Theme> = {
  width: '100%',
  borderCollapse: 'collapse',
  tableLayout: 'fixed',
  color: '#000',
  '& th, & td': { border: '1px solid #000', padding: '0.9mm 1.4mm', fontSize: '10.5pt', lineHeight: 1.35, verticalAlign: 'middle' },
  '& th': { fontWeight: 700, textAlign: 'center', whiteSpace: 'nowrap', backgroundColor: '#ececec', printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
  '& thead': { display: 'table-header-group' },
  '& tbody': { breakInside: 'avoid' },
  '& tr': { breakInside: 'avoid' },
};

/** An underlined blank to sign or write on. */
export const blankSx = (width: string): SxProps<Theme> => ({
  display: 'inline-block',
  width,
  borderBottom: '1px solid #000',
  mx: '1mm',
  verticalAlign: 'bottom',
  height: '1.3em',
});

/** Each printed document or sheet after the first starts on a new page. */
export function breakClass(first: boolean): string | undefined {
  return first ? undefined : 'print-break';
}

/** The screen preview separates sheets the way the paper does. */
export const sheetSx: SxProps<Theme> = {
  '@media screen': { pb: 4, mb: 4, borderBottom: '1px dashed #999' },
};
