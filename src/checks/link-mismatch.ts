// A link or image in a translation whose URL differs from the one in its English source span.
import type { LinkRef } from '../model.js';
import { normalizeSource } from './support/align.js';
import { BROKEN_LINK_IN_ENGLISH, brokenLinkTo, localeNeutral } from './support/urls.js';
import type { ArticleCheck } from './types.js';

export const linkMismatch: ArticleCheck = {
  scope: 'article',
  meta: {
    id: 'link-mismatch',
    category: 'link',
    defaultSeverity: 'error',
    description: 'A link or image URL in a translated segment that differs from the URL in its English source.',
    messages: {
      changed: 'The translation links "{actual}" where its source links "{expected}".',
      dropped: 'The translation dropped the {kind} to "{expected}" that its source has.',
      added: 'The translation adds a {kind} to "{actual}" that its source does not have.',
    },
  },
  run({ article, report }) {
    const bySegment = new Map<number, { target: LinkRef[]; source: LinkRef[] }>();
    for (const l of article.links) {
      if (l.segment === undefined || l.side === 'outside') continue;
      const entry = bySegment.get(l.segment) ?? { target: [], source: [] };
      (l.side === 'target' ? entry.target : entry.source).push(l);
      bySegment.set(l.segment, entry);
    }
    for (const [index, { target, source }] of bySegment) {
      const segment = article.segments[index];
      if (!segment) continue;
      // Match equal URLs (a locale may localize the locale segment of a URL), then pair what is left in order.
      const left = [...target];
      const unmatched: LinkRef[] = [];
      for (const s of source) {
        const i = left.findIndex((t) => t.kind === s.kind && localeNeutral(t.url) === localeNeutral(s.url));
        if (i >= 0) left.splice(i, 1);
        else unmatched.push(s);
      }
      const at = { line: segment.targetTextLine, column: segment.targetTextColumn };
      // Every locale adding the same link to the same English (the English half lost it) is a source defect.
      const witness = normalizeSource(segment.source);
      for (const s of unmatched) {
        const t = left.findIndex((x) => x.kind === s.kind);
        if (t >= 0) {
          const [other] = left.splice(t, 1) as [LinkRef];
          report({ messageId: 'changed', data: { actual: other.url, expected: s.url }, ...at, actual: other.url, expected: s.url, key: `changed:${s.url}:${other.url}`, witness: `changed:${s.url}:${other.url}:${witness}` });
        } else {
          report({ messageId: 'dropped', data: { kind: s.kind, expected: s.url }, ...at, expected: s.url, key: `dropped:${s.url}`, witness: `dropped:${s.url}:${witness}` });
        }
      }
      for (const t of left) {
        const damage = brokenLinkTo(segment.source, t.url) ? { sourceDamage: BROKEN_LINK_IN_ENGLISH } : {};
        report({ messageId: 'added', data: { kind: t.kind, actual: t.url }, ...at, actual: t.url, key: `added:${t.url}`, witness: `added:${t.url}:${witness}`, ...damage });
      }
    }
  },
};
