import type { SnippetSegment } from '../../../shared/knowledge/search';

/** Text with the query's matches marked (<mark>), from buildSnippet / highlight segments. */
export function Highlighted({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} data-testid="search-hit">
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
