/**
 * Long lists printed in side-by-side columns, so a posted draw list of 60 entrants fits one page: rows fill the
 * first column of a page, then the next, then the next page.
 */
export function pageColumns<T>(rows: readonly T[], rowsPerColumn: number, columnsPerPage: number): T[][][] {
  const perColumn = Math.max(1, rowsPerColumn);
  const perPage = perColumn * Math.max(1, columnsPerPage);
  const pages: T[][][] = [];
  for (let start = 0; start < rows.length; start += perPage) {
    const pageRows = rows.slice(start, start + perPage);
    // Balance the columns of a short last page rather than leaving one full column and one stub.
    const columns = Math.ceil(pageRows.length / perColumn);
    const height = Math.ceil(pageRows.length / columns);
    const page: T[][] = [];
    for (let c = 0; c < columns; c++) page.push(pageRows.slice(c * height, (c + 1) * height));
    pages.push(page.filter((column) => column.length > 0));
  }
  return pages;
}
