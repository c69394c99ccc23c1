/** Import Markdown files; export the listed articles (a category, a filter) as a Markdown zip or print them. */
import { useState } from 'react';
import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import ImportExportIcon from '@mui/icons-material/ImportExport';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ArticleSummary } from '../../../shared/knowledge/articleFacets';
import { getPlatform } from '../../platform';
import { useRepositories } from '../../db/useRepositories';
import { exportMarkdownZip } from './exportMarkdownZip';
import { ImportMarkdownDialog } from './ImportMarkdownDialog';

export function KnowledgeTransferMenu({ rows, categoryId }: { rows: readonly ArticleSummary[]; categoryId: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const repositories = useRepositories();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState<string>();

  const exportZip = async () => {
    setAnchor(null);
    const bytes = await exportMarkdownZip(repositories, rows.map((r) => r.id));
    const saved = await getPlatform().saveFile({ suggestedName: `${t('knowledge.title')}.zip`, bytes, filters: [{ name: 'Zip', extensions: ['zip'] }] });
    if (saved) setMessage(t('knowledgeBase.exported', { count: rows.length, name: saved.path ?? saved.name }));
  };
  const print = () => {
    setAnchor(null);
    const route = `/print/knowledge/list?ids=${rows.map((r) => encodeURIComponent(r.id)).join(',')}${categoryId ? `&cat=${encodeURIComponent(categoryId)}` : ''}`;
    if (getPlatform().kind === 'browser') window.open(`#${route}`, '_blank', 'noopener');
    else void navigate(route);
  };

  return (
    <>
      <Button startIcon={<ImportExportIcon />} onClick={(e) => setAnchor(e.currentTarget)} data-testid="knowledge-transfer">
        {t('knowledgeBase.importExport')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setImporting(true);
          }}
          data-testid="knowledge-import"
        >
          {t('knowledgeBase.importMarkdown')}
        </MenuItem>
        <MenuItem disabled={rows.length === 0} onClick={() => void exportZip()} data-testid="knowledge-export-zip">
          {t('knowledgeBase.exportListed', { count: rows.length })}
        </MenuItem>
        <MenuItem disabled={rows.length === 0 || rows.length > 500} onClick={print} data-testid="knowledge-print-list">
          {t('knowledgeBase.printListed', { count: rows.length })}
        </MenuItem>
      </Menu>
      {importing && <ImportMarkdownDialog categoryId={categoryId} onClose={() => setImporting(false)} onDone={(n) => setMessage(t('knowledgeBase.imported', { count: n }))} />}
      <Snackbar open={message !== undefined} autoHideDuration={5000} onClose={() => setMessage(undefined)}>
        <Alert severity="success" onClose={() => setMessage(undefined)}>
          {message}
        </Alert>
      </Snackbar>
    </>
  );
}
