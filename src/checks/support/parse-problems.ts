// Checks that surface what the parser met: unreadable files, broken front matter, broken bilingual markup.
import type { ArticleCheck, CheckMeta } from '../types.js';


/**
 * An article check that reports the parser's problems addressed to it (by check id). A problem whose message id is
 * `witnessed` carries its rank among the article's problems of that message as witness: the pair is broken, so no
 * English of it can be read, but markup broken the same way, as often, in every locale (an author's `<span/>`) came
 * from the English.
 */
export function parseProblemCheck(meta: CheckMeta, witnessed: readonly string[] = []): ArticleCheck {
  return {
    scope: 'article',
    meta,
    run({ article, report }) {
      const rank = new Map<string, number>();
      for (const p of article.problems) {
        if (p.checkId !== meta.id) continue;
        const n = rank.get(p.messageId) ?? 0;
        rank.set(p.messageId, n + 1);
        const witness = witnessed.includes(p.messageId) ? { witness: `${p.messageId}#${n}` } : {};
        report({ messageId: p.messageId, data: p.data, line: p.line, column: p.column, key: p.key, ...witness });
      }
    },
  };
}
