// Checks that surface what the parser met: unreadable files, broken front matter, broken bilingual markup.
import type { Article } from '../../model.js';
import type { ArticleCheck, CheckMeta } from '../types.js';
import { normalizeSource } from './align.js';

/** The English of the pair at a line (the first that covers it), to recognise one problem across locales. */
function sourceAt(article: Article, line: number): string | undefined {
  const s = article.segments.find((x) => Math.min(x.line, x.sourceLine) <= line && line <= x.endLine);
  return s ? normalizeSource(s.source) : undefined;
}

/**
 * An article check that reports the parser's problems addressed to it (by check id). A problem whose message id is
 * `witnessed` carries the English of its pair as witness: markup broken the same way in every locale (an author's
 * `<span/>`) came from the English.
 */
export function parseProblemCheck(meta: CheckMeta, witnessed: readonly string[] = []): ArticleCheck {
  return {
    scope: 'article',
    meta,
    run({ article, report }) {
      for (const p of article.problems) {
        if (p.checkId !== meta.id) continue;
        const source = witnessed.includes(p.messageId) ? sourceAt(article, p.line) : undefined;
        report({ messageId: p.messageId, data: p.data, line: p.line, column: p.column, key: p.key, ...(source !== undefined ? { witness: `${p.messageId}:${source}` } : {}) });
      }
    },
  };
}
