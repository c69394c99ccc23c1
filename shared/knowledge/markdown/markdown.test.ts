import { describe, expect, it } from 'vitest';
import type { Article } from '../../domain';
import { articleToMarkdown, safeFileName } from './articleToMarkdown';
import { parseMarkdownArticle } from './parseMarkdownArticle';

const article: Article = {
  id: 'a1',
  version: 2,
  updatedAt: '2024-05-02T08:00:00.000Z',
  title: '接触网检修: "要点"',
  kind: 'technique',
  tags: ['供电', 'DC110V'],
  body: '## 要点\n\n![现场](attachment:att-1)\n先验电。',
  links: [],
  authorIds: [],
  status: 'published',
  createdAt: '2024-05-01T08:00:00.000Z',
};

describe('Markdown export and import', () => {
  it('round-trips an article through its Markdown file', () => {
    const text = articleToMarkdown(article, { categoryPath: '设备维护/供电', attachments: [{ id: 'att-1', fileName: '现场 1.png' }] });
    expect(text).toContain('](attachments/%E7%8E%B0%E5%9C%BA%201.png)');
    const parsed = parseMarkdownArticle('x.md', text);
    expect(parsed).toMatchObject({ ok: true, value: { title: article.title, kind: 'technique', status: 'published', tags: ['供电', 'DC110V'], categoryPath: '设备维护/供电' } });
  });

  it('takes the title from the first heading or the file name, and reports bad files by code', () => {
    expect(parseMarkdownArticle('道岔.md', '# 道岔维护\n\n加油。')).toMatchObject({ ok: true, value: { title: '道岔维护', kind: 'best_practice', status: 'draft' } });
    expect(parseMarkdownArticle('道岔.md', '加油。')).toMatchObject({ ok: true, value: { title: '道岔' } });
    expect(parseMarkdownArticle('e.md', '  \n')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseMarkdownArticle('k.md', '---\nkind: poem\n---\n正文')).toMatchObject({ ok: false, error: { code: 'bad_kind', detail: 'poem' } });
    expect(parseMarkdownArticle('f.md', '---\ntags: [oops\n---\n正文')).toMatchObject({ ok: false, error: { code: 'bad_front_matter' } });
  });

  it('makes safe file names', () => {
    expect(safeFileName('a/b:c*?', 'md')).toBe('a_b_c__.md');
  });
});
