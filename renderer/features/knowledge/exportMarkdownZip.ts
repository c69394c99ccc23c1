/**
 * Articles as Markdown files with their attachments, zipped: `<title>.md` beside `attachments/<file>`
 * (docs/formats.md "Knowledge Markdown export"). One article or a whole category.
 */
import { zipSync } from 'fflate';
import type { Category } from '../../../shared/domain';
import { articleToMarkdown, safeFileName } from '../../../shared/knowledge/markdown/articleToMarkdown';
import type { Repositories } from '../../db/repositories';

export function categoryPath(categoryId: string | undefined, categories: readonly Category[]): string | undefined {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const names: string[] = [];
  for (let c = categoryId ? byId.get(categoryId) : undefined; c; c = c.parentId ? byId.get(c.parentId) : undefined) names.unshift(c.name);
  return names.length > 0 ? names.join('/') : undefined;
}

export async function exportMarkdownZip(repositories: Repositories, articleIds: readonly string[]): Promise<Uint8Array> {
  const categories = await repositories.knowledge.categories.list();
  const files: Record<string, Uint8Array> = {};
  const encoder = new TextEncoder();
  const taken = new Set<string>();
  const unique = (name: string): string => {
    let candidate = name;
    for (let i = 2; taken.has(candidate); i += 1) candidate = name.replace(/(\.[^.]*)?$/, (ext) => ` (${i})${ext}`);
    taken.add(candidate);
    return candidate;
  };
  for (const id of articleIds) {
    const article = await repositories.knowledge.getArticle(id);
    if (!article) continue;
    const attachments = await repositories.knowledge.attachments.of(id);
    const names = [];
    for (const attachment of attachments) {
      const bytes = await repositories.knowledge.attachments.bytes(attachment.id);
      if (!bytes) continue;
      const fileName = unique(`attachments/${attachment.name}`).slice('attachments/'.length);
      files[`attachments/${fileName}`] = bytes;
      names.push({ id: attachment.id, fileName });
    }
    const markdown = articleToMarkdown(article, { categoryPath: categoryPath(article.categoryId, categories), attachments: names });
    files[unique(safeFileName(article.title, 'md'))] = encoder.encode(markdown);
  }
  return zipSync(files, { level: 6 });
}
