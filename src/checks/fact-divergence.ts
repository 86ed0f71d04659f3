// The same English sentence in several locales whose translations disagree on a fact the source does not spell out.
import type { Article, Fact, Segment } from '../model.js';
import { numberValue } from '../parse/facts.js';
import type { FamilyCheck } from './types.js';
import { normalizedSources } from './support/align.js';

interface Holder {
  article: Article;
  segment: Segment;
  /** Target-only facts, normalised: numbers by value, other tokens by text. */
  keys: Map<string, string>;
}


function factKey(f: Fact, locale: string): string {
  if (f.kind === 'number') return `n:${numberValue(f.text, locale)}`;
  return `t:${f.text}`;
}

/** Facts of the target that its own source does not have (those are fact-mismatch's). */
function targetOnly(segment: Segment, locale: string): Map<string, string> {
  const out = new Map<string, string>();
  // Most targets have no fact of a compared kind, and most facts stand in the source as written: the source's NFKC
  // form, its keys and the fact's key are made only when needed.
  let sourceKeys: Set<string> | undefined;
  let sourceText: string | undefined;
  for (const f of segment.targetFacts) {
    if (f.kind === 'link' || f.kind === 'identifier') continue;
    sourceText ??= segment.source.normalize('NFKC');
    if (sourceText.includes(f.text)) continue;
    sourceKeys ??= new Set(segment.sourceFacts.map((s) => factKey(s, 'en')));
    const key = factKey(f, locale);
    if (!sourceKeys.has(key)) out.set(key, f.text);
  }
  return out;
}

export const factDivergence: FamilyCheck = {
  scope: 'family',
  meta: {
    id: 'fact-divergence',
    category: 'fact',
    defaultSeverity: 'warning',
    description: 'The same source sentence translated with different facts in different locales (the outlier is reported).',
    messages: {
      differs: 'This translation has "{actual}" where the other locales have "{expected}" ({locales}).',
      missing: 'The other locales translate this sentence with "{expected}" ({locales}); this translation does not have it.',
    },
  },
  run({ articles, report }) {
    if (articles.length < 3) return;
    const groups = new Map<string, Holder[]>();
    for (const a of articles) {
      const seen = new Set<string>();
      const sources = normalizedSources(a);
      for (const [i, s] of a.segments.entries()) {
        const key = sources[i] as string;
        if (key === '' || seen.has(key)) continue; // a sentence repeated in one article is compared once
        seen.add(key);
        const list = groups.get(key) ?? [];
        list.push({ article: a, segment: s, keys: targetOnly(s, a.locale) });
        groups.set(key, list);
      }
    }
    for (const [source, holders] of groups) {
      if (holders.length < 3 || holders.every((h) => h.keys.size === 0)) continue;
      for (const h of holders) {
        const others = holders.filter((o) => o !== h);
        const counts = new Map<string, Holder[]>();
        for (const o of others) for (const k of o.keys.keys()) counts.set(k, [...(counts.get(k) ?? []), o]);
        const mineOnly = [...h.keys].filter(([k]) => !counts.has(k));
        for (const [k, having] of counts) {
          if (h.keys.has(k) || having.length < 2 || having.length * 3 < others.length * 2) continue;
          const expected = having[0]?.keys.get(k) ?? k;
          const locales = [...new Set(having.map((o) => o.article.locale))].join(', ');
          const swapped = mineOnly.find(([mk]) => mk.startsWith(k.slice(0, 2)));
          report({
            article: h.article,
            messageId: swapped ? 'differs' : 'missing',
            data: { expected, actual: swapped?.[1] ?? '', locales },
            line: h.segment.targetTextLine,
            column: h.segment.targetTextColumn,
            expected,
            ...(swapped ? { actual: swapped[1] } : {}),
            related: having.map((o) => ({
              article: o.article,
              line: o.segment.targetTextLine,
              column: o.segment.targetTextColumn,
              message: o.segment.target.slice(0, 200),
            })),
            key: `${k}:${source}`,
          });
        }
      }
    }
  },
};
