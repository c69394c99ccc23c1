/**
 * The text a reader sees in a Markdown body, for searching and snippets: markup removed, line structure kept.
 * Not a Markdown renderer: it only has to keep words that belong together next to each other ("**接触**网"
 * reads 接触网), so a phrase that a reader sees is found.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n?/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, '')
    .replace(/^\s*([-*_]\s*){3,}$/gm, '')
    .replace(/\|/g, ' ')
    .replace(/(\*\*|__|\*|~~|`)/g, '');
}
