// Checks that surface what the parser met: unreadable files, broken front matter, broken bilingual markup.
import type { ArticleCheck, CheckMeta } from '../types.js';

/** An article check that reports the parser's problems addressed to it (by check id). */
export function parseProblemCheck(meta: CheckMeta): ArticleCheck {
  return {
    scope: 'article',
    meta,
    run({ article, report }) {
      for (const p of article.problems) {
        if (p.checkId !== meta.id) continue;
        report({ messageId: p.messageId, data: p.data, line: p.line, column: p.column, key: p.key });
      }
    },
  };
}
