/**
 * Markdown → safe HTML for article bodies (DESIGN §5: no script, no remote loads). marked renders, DOMPurify
 * removes scripts, event handlers, frames and forms; images may only show attachments of the article
 * (`attachment:<id>` resolved to a local blob URL), every other image source is dropped, and links to
 * anything but attachments are kept as text targets that open nothing inside the app.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function renderMarkdown(markdown: string, attachmentUrl: (id: string) => string | undefined): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const purify = DOMPurify();
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'IMG') {
      const url = attachmentUrlOf(node.getAttribute('src'), attachmentUrl);
      if (url) node.setAttribute('src', url);
      else node.removeAttribute('src');
      node.removeAttribute('srcset');
    }
    if (node.tagName === 'A') {
      const href = node.getAttribute('href');
      const url = attachmentUrlOf(href, attachmentUrl);
      if (url) {
        node.setAttribute('href', url);
        node.setAttribute('download', node.textContent ?? '');
      } else {
        node.removeAttribute('href');
        if (href) node.setAttribute('title', href);
      }
    }
  });
  return purify.sanitize(html, {
    FORBID_TAGS: ['style', 'iframe', 'form', 'object', 'embed', 'video', 'audio', 'source', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style'],
    ALLOWED_URI_REGEXP: /^(attachment:|blob:|https?:|mailto:)/i,
  });
}

function attachmentUrlOf(src: string | null, attachmentUrl: (id: string) => string | undefined): string | undefined {
  const match = src ? /^attachment:([\w-]+)$/.exec(src) : null;
  return match ? attachmentUrl(match[1]!) : undefined;
}
