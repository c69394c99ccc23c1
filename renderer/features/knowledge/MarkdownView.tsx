import { useMemo } from 'react';
import { Box } from '@mui/material';
import { renderMarkdown } from './renderMarkdown';

/** A Markdown body rendered safely (renderMarkdown); images come only from the article's attachments. */
export function MarkdownView({ markdown, attachmentUrls, testId }: { markdown: string; attachmentUrls: ReadonlyMap<string, string>; testId?: string }) {
  const html = useMemo(() => renderMarkdown(markdown, (id) => attachmentUrls.get(id)), [markdown, attachmentUrls]);
  return (
    <Box
      data-testid={testId ?? 'article-body'}
      sx={{
        lineHeight: 1.8,
        '& img': { maxWidth: '100%' },
        '& table': { borderCollapse: 'collapse', my: 1 },
        '& th, & td': { border: 1, borderColor: 'divider', px: 1, py: 0.5 },
        '& h2': { fontSize: '1.2rem', mt: 3, mb: 1 },
        '& h3': { fontSize: '1.05rem', mt: 2, mb: 1 },
      }}
      // Sanitised by DOMPurify in renderMarkdown.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
