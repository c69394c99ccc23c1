/**
 * Plain-language text of a rubric spreadsheet import error: `rubric.xlsxErrors.<code>`, prefixed with the sheet
 * and row it was found on, column names in the UI language. Only types are imported from the xlsx modules so
 * exceljs stays out of the first screen's bundle.
 */
import type { TFunction } from 'i18next';
import type { RubricXlsxError } from '../../../../shared/competitions/xlsx/importRubricXlsx';
import { RUBRIC_FIELDS } from '../../../../shared/competitions/xlsx/rubricSheetLayout';

function columnLabel(t: TFunction, column: string): string {
  if ((RUBRIC_FIELDS as readonly string[]).includes(column)) return t(`rubric.xlsxColumns.${column}`);
  const detail = /^detail(\d+)$/.exec(column);
  if (detail) return t('rubric.xlsxColumns.detail', { n: Number(detail[1]) });
  return column;
}

export function xlsxErrorMessage(t: TFunction, error: RubricXlsxError): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error.params ?? {})) {
    if (key === 'column' && typeof value === 'string') params[key] = columnLabel(t, value);
    else if (key === 'columns' && Array.isArray(value)) params[key] = value.map((c: string) => columnLabel(t, c)).join(t('rubric.listSeparator'));
    else if (key === 'detected' && typeof value === 'string') params[key] = t(`rubric.fileTypes.${value}`);
    else if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    else params[key] = String(value);
  }
  const message = t(`rubric.xlsxErrors.${error.code}`, params);
  if (error.row === undefined) return message;
  return t('rubric.xlsxErrors.at', { sheet: t(`rubric.xlsxSheets.${error.sheet ?? 'rubric'}`), row: error.row, message });
}
