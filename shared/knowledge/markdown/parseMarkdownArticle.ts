/**
 * Reads one imported Markdown file: an optional front matter (as written by articleToMarkdown, or just a
 * title), else the first "# " heading or the file name as title. Returns codes, never throws, so an import
 * can show every bad file before anything is written.
 */
import { z } from 'zod';
import { ARTICLE_KINDS, type ArticleKind } from '../../domain';
import { decodeText } from '../../competitions/webApis';
import { checkFileSize, IMPORT_LIMITS, megabytes } from '../../safety/importLimits';

export interface ParsedMarkdownArticle {
  readonly fileName: string;
  readonly title: string;
  readonly kind: ArticleKind;
  readonly status: 'draft' | 'published';
  readonly tags: readonly string[];
  readonly categoryPath?: string | undefined;
  readonly body: string;
}

export type MarkdownParseError = {
  readonly code: 'file_too_large' | 'not_utf8' | 'empty' | 'too_long' | 'bad_front_matter' | 'bad_kind';
  readonly fileName: string;
  readonly detail?: string;
};

export type MarkdownParseResult = { readonly ok: true; readonly value: ParsedMarkdownArticle } | { readonly ok: false; readonly error: MarkdownParseError };

const MAX_BODY = IMPORT_LIMITS.markdownArticle.maxFieldChars;

const frontMatterSchema = z.object({
  title: z.string().min(1).max(200).optional(),
  kind: z.string().optional(),
  status: z.enum(['draft', 'published']).optional(),
  tags: z.array(z.string().min(1).max(40)).optional(),
  category: z.string().max(300).optional(),
});

/** Reads a Markdown file picked for import: its size cap before reading, strict UTF-8, then the article. */
export function parseMarkdownFile(fileName: string, bytes: Uint8Array): MarkdownParseResult {
  const size = checkFileSize('markdownArticle', bytes.byteLength);
  if (!size.ok) return { ok: false, error: { code: 'file_too_large', fileName, detail: megabytes(size.params.limit) } };
  let text: string;
  try {
    text = decodeText(bytes, 'utf-8', true);
  } catch {
    return { ok: false, error: { code: 'not_utf8', fileName } };
  }
  return parseMarkdownArticle(fileName, text);
}

export function parseMarkdownArticle(fileName: string, text: string): MarkdownParseResult {
  const fail = (code: MarkdownParseError['code'], detail?: string): MarkdownParseResult => ({ ok: false, error: { code, fileName, ...(detail ? { detail } : {}) } });
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let body = source;
  let front: z.infer<typeof frontMatterSchema> = {};
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (match) {
    const fields: Record<string, unknown> = {};
    for (const line of match[1]!.split('\n')) {
      const at = line.indexOf(':');
      if (at <= 0) continue;
      const key = line.slice(0, at).trim();
      const raw = line.slice(at + 1).trim();
      try {
        fields[key] = raw.startsWith('"') || raw.startsWith('[') ? JSON.parse(raw) : raw;
      } catch {
        return fail('bad_front_matter', key);
      }
    }
    const parsed = frontMatterSchema.safeParse(fields);
    if (!parsed.success) return fail('bad_front_matter', String(parsed.error.issues[0]?.path[0] ?? ''));
    front = parsed.data;
    body = source.slice(match[0].length);
  }
  if (body.trim().length === 0 && !front.title) return fail('empty');
  if (body.length > MAX_BODY) return fail('too_long');
  const kind = front.kind ?? 'best_practice';
  if (!(ARTICLE_KINDS as readonly string[]).includes(kind)) return fail('bad_kind', kind);
  const heading = /^#\s+(.+)$/m.exec(body)?.[1]?.trim();
  const title = (front.title ?? heading ?? fileName.replace(/\.(md|markdown)$/i, '')).slice(0, 200);
  return {
    ok: true,
    value: { fileName, title, kind: kind as ArticleKind, status: front.status ?? 'draft', tags: front.tags ?? [], categoryPath: front.category, body },
  };
}
