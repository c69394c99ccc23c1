/**
 * Export and import of the rubric as an xlsx template, through the platform layer (save dialog / download,
 * open dialog / file input). exceljs is large, so the xlsx modules are loaded only when the user clicks.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rubric } from '../../../../shared/domain';
import { useLanguage } from '../../../app/useLanguage';
import { IMPORT_LIMITS } from '../../../../shared/safety/importLimits';
import { importRubricInWorker } from '../../../workers/parseInWorker';
import { getPlatform, PlatformError, type FileFilter } from '../../../platform';
import type { XlsxImportFailure } from './XlsxImportErrorsDialog';

const XLSX_FILTERS: readonly FileFilter[] = [{ name: 'Excel (*.xlsx)', extensions: ['xlsx'] }];
/** A rubric sheet is a few kilobytes; anything this big is not one (shared/safety/importLimits.ts). */
const MAX_RUBRIC_FILE_BYTES = IMPORT_LIMITS.rubricXlsx.maxFileBytes;

export type Notify = (severity: 'success' | 'error' | 'info', message: string) => void;

/** A file name without the characters Windows refuses. */
function safeFileName(name: string): string {
  const cleaned = [...name].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');
  return cleaned.trim() || 'rubric';
}

export function useRubricXlsx({
  rubric,
  title,
  onImported,
  notify,
}: {
  rubric: Rubric;
  title: string;
  onImported: (rubric: Rubric, fileName: string) => void;
  notify: Notify;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [failure, setFailure] = useState<XlsxImportFailure | null>(null);

  const platformMessage = (error: unknown): string => {
    if (error instanceof PlatformError) {
      const { size, limit } = error.params;
      const mb = (v: unknown) => (typeof v === 'number' ? (v / 1024 / 1024).toFixed(1) : String(v ?? ''));
      return t(`rubric.platformErrors.${error.code}`, { ...error.params, size: mb(size), limit: mb(limit) });
    }
    return t('common.errorDetail', { message: error instanceof Error ? error.message : String(error) });
  };

  const exportXlsx = async () => {
    setBusy('export');
    try {
      const { exportRubricXlsx } = await import('../../../../shared/competitions/xlsx/exportRubricXlsx');
      const bytes = await exportRubricXlsx(rubric, { title, language: language === 'zh-CN' ? 'zh' : 'en' });
      const saved = await getPlatform().saveFile({
        title: t('rubric.xlsx.exportTitle'),
        suggestedName: `${safeFileName(t('rubric.xlsx.fileName', { name: title }))}.xlsx`,
        filters: XLSX_FILTERS,
        bytes,
      });
      if (saved) notify('success', t('rubric.xlsx.exported', { name: saved.path ?? saved.name }));
    } catch (error) {
      notify('error', platformMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const importXlsx = async () => {
    try {
      const files = await getPlatform().openFiles({ title: t('rubric.xlsx.importTitle'), filters: XLSX_FILTERS, maxBytes: MAX_RUBRIC_FILE_BYTES });
      const file = files?.[0];
      if (!file) return;
      setBusy('import');
      // Read in the import worker (ids from the worker's randomUUID, like newId's).
      const result = await importRubricInWorker(file.bytes);
      if (result.ok) onImported(result.rubric, file.name);
      else setFailure({ fileName: file.name, errors: result.errors });
    } catch (error) {
      notify('error', platformMessage(error));
    } finally {
      setBusy(null);
    }
  };

  return { busy, failure, clearFailure: () => setFailure(null), exportXlsx, importXlsx };
}
