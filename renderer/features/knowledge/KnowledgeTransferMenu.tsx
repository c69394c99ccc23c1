/** Import Markdown files; export the listed articles (a category, a filter) as a Markdown zip or print them. */
import { useState } from 'react';
import { Alert, Button, Menu, MenuItem, Snackbar } from '@mui/material';
import ImportExportIcon from '@mui/icons-material/ImportExport';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ArticleFilters } from '../../../shared/knowledge/countFacets';
import { getPlatform } from '../../platform';
import { useRepositories } from '../../db/useRepositories';
import { exportMarkdownZip } from './exportMarkdownZip';
import { ImportMarkdownDialog } from './ImportMarkdownDialog';

/**
 * `count` is how many articles the filters list; their ids are read (from the indexes) when the menu opens, so
 * the page itself holds only the page of rows it shows.
 */
export function KnowledgeTransferMenu({ count, filters, categoryId }: { count: number; filters: ArticleFilters; categoryId: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const repositories = useRepositories();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState<string>();
  const [ids, setIds] = useState<readonly string[]>([]);

  const exportZip = async () => {
    setAnchor(null);
    const bytes = await exportMarkdownZip(repositories, [...ids]);
    const saved = await getPlatform().saveFile({ suggestedName: `${t('knowledge.title')}.zip`, bytes, filters: [{ name: 'Zip', extensions: ['zip'] }] });
    if (saved) setMessage(t('knowledgeBase.exported', { count: ids.length, name: saved.path ?? saved.name }));
  };
  const print = () => {
    setAnchor(null);
    const route = `/print/knowledge/list?ids=${ids.map((id) => encodeURIComponent(id)).join(',')}${categoryId ? `&cat=${encodeURIComponent(categoryId)}` : ''}`;
    if (getPlatform().kind === 'browser') window.open(`#${route}`, '_blank', 'noopener');
    else void navigate(route);
  };

  return (
    <>
      <Button startIcon={<ImportExportIcon />} onClick={(e) => {
          const target = e.currentTarget;
          setIds([]);
          setAnchor(target);
          void repositories.knowledge.browseIds(filters).then(setIds);
        }} data-testid="knowledge-transfer">
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
        <MenuItem disabled={ids.length === 0} onClick={() => void exportZip()} data-testid="knowledge-export-zip">
          {t('knowledgeBase.exportListed', { count })}
        </MenuItem>
        <MenuItem disabled={ids.length === 0 || count > 500} onClick={print} data-testid="knowledge-print-list">
          {t('knowledgeBase.printListed', { count })}
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
