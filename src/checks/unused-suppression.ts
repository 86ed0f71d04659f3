// A `loccheck-disable` comment that silenced nothing: stale suppressions hide the next real defect.
import type { ReportCheck } from './types.js';

export const unusedSuppression: ReportCheck = {
  meta: {
    id: 'unused-suppression',
    category: 'metadata',
    defaultSeverity: 'warning',
    description: 'A loccheck-disable comment that suppresses no finding.',
    messages: {
      unused: 'This "{directive}" comment suppresses nothing{checks}: remove it.',
    },
  },
  scope: 'report',
  run({ articles, used, report }) {
    for (const article of articles) {
      article.suppressions.forEach((s, i) => {
        if (used(article, i)) return;
        const directive = s.kind === 'next-line' ? 'loccheck-disable-next-line' : 'loccheck-disable';
        report({
          article,
          messageId: 'unused',
          data: { directive, checks: s.ruleIds.length > 0 ? ` for ${s.ruleIds.join(', ')}` : '' },
          line: s.line,
          column: s.column,
          actual: `${directive}${s.ruleIds.length > 0 ? ` ${s.ruleIds.join(' ')}` : ''}`,
          key: `${directive}:${s.ruleIds.join(',')}`,
        });
      });
    }
  },
};
