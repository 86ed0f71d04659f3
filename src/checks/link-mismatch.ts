// A link or image in a translation whose URL differs from the one in its English source span.
import type { LinkRef } from '../model.js';
import { normalizeSource } from './support/align.js';
import { BROKEN_LINK_IN_ENGLISH, brokenLinkTo, localeNeutral } from './support/urls.js';
import type { ArticleCheck } from './types.js';

// An `href=`/`src=` written out in a half's text: in a tag the HTML reading did not take for one (its quotes
// translated to « », “ ”, 「 」…). The value as written, quotes and all.
const WRITTEN_OUT_ATTRIBUTE = /<(?:a|img)\b[^<>]*?\b(href|src)\s*=\s*(«[^»<>]*»|“[^”<>]*”|”[^”<>]*”|„[^“”<>]*[“”]|「[^」<>]*」|『[^』<>]*』|‘[^’<>]*’|"[^"<>]*"|'[^'<>]*'|[^\s<>]+)/gi;

function writtenOutAttributes(text: string): { name: string; value: string }[] {
  if (!text.includes('<')) return [];
  return [...text.matchAll(WRITTEN_OUT_ATTRIBUTE)].map((m) => ({ name: (m[1] as string).toLowerCase(), value: m[2] as string }));
}

/**
 * The target links of a segment not yet paired, taken in their order by a key in linear time (a hostile segment may
 * hold thousands of links: matching every pair made each URL locale-neutral again, quadratic).
 */
class LinkPool {
  private readonly used: boolean[];
  private readonly queues = new Map<string, { at: number[]; next: number }>();
  constructor(private readonly links: readonly LinkRef[]) {
    this.used = links.map(() => false);
  }

  /** Indexes the links by a key; several keys may be indexed, and a link taken by one is taken for all. */
  index(name: string, keyOf: (l: LinkRef) => string): void {
    this.links.forEach((l, i) => {
      const key = `${name}\u0000${keyOf(l)}`;
      const queue = this.queues.get(key) ?? { at: [], next: 0 };
      queue.at.push(i);
      this.queues.set(key, queue);
    });
  }

  /** The first link not yet taken with this key, taken. */
  take(name: string, key: string): LinkRef | undefined {
    const queue = this.queues.get(`${name}\u0000${key}`);
    if (!queue) return undefined;
    while (queue.next < queue.at.length && this.used[queue.at[queue.next] as number]) queue.next += 1;
    const i = queue.at[queue.next];
    if (i === undefined) return undefined;
    this.used[i] = true;
    queue.next += 1;
    return this.links[i];
  }

  /** Every link not taken, in order. */
  rest(): LinkRef[] {
    return this.links.filter((_, i) => !this.used[i]);
  }
}

/** The source links with no target link of the same kind and locale-neutral URL (each URL made neutral once). */
function matchLinks(target: readonly LinkRef[], source: readonly LinkRef[]): { unmatched: LinkRef[]; left: LinkPool } {
  const left = new LinkPool(target);
  left.index('url', (l) => `${l.kind} ${localeNeutral(l.url)}`);
  left.index('kind', (l) => l.kind);
  const unmatched = source.filter((s) => left.take('url', `${s.kind} ${localeNeutral(s.url)}`) === undefined);
  return { unmatched, left };
}

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
      const { unmatched, left } = matchLinks(target, source);
      const at = { line: segment.targetTextLine, column: segment.targetTextColumn };
      // Every locale adding the same link to the same English (the English half lost it) is a source defect.
      const witness = normalizeSource(segment.source);
      // HTML tags the translation broke (`<a href=« page.html »>`) are text there, no longer links: their written-out
      // attributes stand for the links they were.
      const brokenTags = unmatched.some((s) => s.kind === 'html' || s.kind === 'image') ? writtenOutAttributes(segment.target) : [];
      for (const s of unmatched) {
        const t = left.take('kind', s.kind);
        const b = t ? -1 : brokenTags.findIndex((x) => x.name === (s.kind === 'html' ? 'href' : 'src'));
        if (t || b >= 0) {
          const actual = t ? t.url : (brokenTags.splice(b, 1)[0] as { value: string }).value;
          report({ messageId: 'changed', data: { actual, expected: s.url }, ...at, actual, expected: s.url, key: `changed:${s.url}:${actual}`, witness: `changed:${s.url}:${actual}:${witness}` });
        } else {
          report({ messageId: 'dropped', data: { kind: s.kind, expected: s.url }, ...at, expected: s.url, key: `dropped:${s.url}`, witness: `dropped:${s.url}:${witness}` });
        }
      }
      for (const t of left.rest()) {
        const damage = brokenLinkTo(segment.source, t.url) ? { sourceDamage: BROKEN_LINK_IN_ENGLISH } : {};
        report({ messageId: 'added', data: { kind: t.kind, actual: t.url }, ...at, actual: t.url, key: `added:${t.url}`, witness: `added:${t.url}:${witness}`, ...damage });
      }
    }
  },
};
