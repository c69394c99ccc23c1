/**
 * An article as a Markdown file with a small front matter, for export (docs/formats.md "Knowledge Markdown").
 * Attachment references (`attachment:<id>`) become relative paths `attachments/<file name>`, so the file reads
 * well beside its attachments in the exported zip.
 */
import type { Article } from '../../domain';

export interface MarkdownAttachmentName {
  readonly id: string;
  /** File name inside the export's attachments/ folder (unique within the export). */
  readonly fileName: string;
}

export function articleToMarkdown(article: Article, options: { categoryPath?: string | undefined; attachments?: readonly MarkdownAttachmentName[] } = {}): string {
  const fileById = new Map((options.attachments ?? []).map((a) => [a.id, a.fileName]));
  const body = article.body.replace(/attachment:([\w-]+)/g, (whole, id: string) => {
    const fileName = fileById.get(id);
    return fileName ? `attachments/${encodeURI(fileName)}` : whole;
  });
  const front = [
    '---',
    `title: ${JSON.stringify(article.title)}`,
    `kind: ${article.kind}`,
    `status: ${article.status}`,
    `tags: ${JSON.stringify(article.tags)}`,
    ...(options.categoryPath ? [`category: ${JSON.stringify(options.categoryPath)}`] : []),
    `created: ${article.createdAt}`,
    `updated: ${article.updatedAt}`,
    '---',
    '',
  ];
  return `${front.join('\n')}${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** A file name safe on Windows, macOS and Linux, from an article title. */
export function safeFileName(title: string, extension: string): string {
  const base = [...title].map((c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('').replace(/\s+/g, ' ').trim().slice(0, 80) || 'article';
  return `${base}.${extension}`;
}
