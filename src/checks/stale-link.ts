// Links one locale or revision still has where the others moved on: old URLs, http, foreign locales, retired hosts.
import type { Article, LinkRef } from '../model.js';
import { stringSet } from './support/options.js';
import { linkLocaleFix } from './support/fix.js';
import { hostOf, isExternal, localeInUrl, localeNeutral } from './support/urls.js';
import type { FamilyCheck, RelatedInput } from './types.js';

export const DEFAULT_RETIRED_HOSTS = [
  'technet.microsoft.com',
  'msdn.microsoft.com',
  'social.technet.microsoft.com',
  'blogs.technet.microsoft.com',
  'blogs.msdn.microsoft.com',
  'blogs.office.com',
];

const stripUrls = (s: string): string => s.replace(/\]\([^)]*\)/g, ']()').replace(/\s+/g, ' ').trim();

interface Hit {
  article: Article;
  link: LinkRef;
  messageId: string;
  data: Record<string, string>;
  expected?: string;
  related?: RelatedInput[];
}

const sourceLinks = new WeakMap<Article, Set<string>>();

/** True when the English has this link too: outside any pair (copied from the English) or in the pair's English half. */
function inEnglish(article: Article, link: LinkRef): { inSource: boolean } | { sourceDamage: string } {
  if (link.side === 'outside' || link.segment === undefined) return { inSource: true };
  if (article.segments[link.segment]?.source.includes(link.url)) return { inSource: true };
  // An HTML link (`<a href>`, `<img src>`) leaves no URL in the half's text: its English half's own links say.
  let set = sourceLinks.get(article);
  if (!set) {
    set = new Set(article.links.flatMap((l) => (l.side === 'source' ? [`${l.segment}\u0000${l.url}`] : [])));
    sourceLinks.set(article, set);
  }
  return set.has(`${link.segment}\u0000${link.url}`) ? { sourceDamage: 'the English half of this sentence has the same HTML link' } : { inSource: false };
}

export const staleLink: FamilyCheck = {
  scope: 'family',
  meta: {
    id: 'stale-link',
    category: 'link',
    defaultSeverity: 'warning',
    description: 'Outdated links: an older URL than the newest revision, http:// where https:// is used, a foreign locale, a retired host.',
    messages: {
      outdated: 'This sentence links "{actual}"; the newest revision ({newest}) links "{expected}".',
      insecure: 'http:// link to {host}; the same host is linked with https:// elsewhere in this article family.',
      'foreign-locale': 'The link carries the locale "{urlLocale}" in a {locale} article: use the locale-neutral URL.',
      'retired-host': 'The link points to {host}, a retired site: replace it with the current page.',
    },
    fixable: { 'foreign-locale': "the translation's URL replaced by its English half's URL without the locale, when the English half has exactly one" },
  },
  run({ articles, options, report }) {
    const retired = options['retiredHosts'] ? stringSet(options['retiredHosts']) : new Set(DEFAULT_RETIRED_HOSTS);
    const hits = new Map<string, Hit>();
    const add = (hit: Hit, rank: number): void => {
      const key = `${hit.article.path}\u0000${hit.link.line}\u0000${localeNeutral(hit.link.url)}`;
      const existing = hits.get(key) as (Hit & { rank?: number }) | undefined;
      if (!existing || (existing.rank ?? 9) > rank) hits.set(key, { ...hit, rank } as Hit);
    };

    // 1. The same source sentence (URLs aside) links elsewhere in the newest revision of the family.
    const newest = articles.reduce<Article | undefined>((m, a) => (a.handoff && (!m?.handoff || a.handoff > m.handoff) ? a : m), undefined);
    if (newest && articles.length > 1) {
      const current = new Map<string, LinkRef[]>();
      for (const l of newest.links) {
        if (l.side !== 'source' || l.segment === undefined) continue;
        const s = newest.segments[l.segment];
        if (!s) continue;
        const key = stripUrls(s.source);
        current.set(key, [...(current.get(key) ?? []), l]);
      }
      for (const a of articles) {
        if (a === newest || (a.handoff ?? '') >= (newest.handoff ?? '')) continue;
        for (const l of a.links) {
          if (l.side !== 'source' || l.segment === undefined) continue;
          const s = a.segments[l.segment];
          const now = s ? current.get(stripUrls(s.source)) : undefined;
          if (!now || now.some((n) => localeNeutral(n.url) === localeNeutral(l.url))) continue;
          const same = a.links.filter((x) => x.segment === l.segment && x.side === 'source');
          const replacement = now[same.indexOf(l)] ?? now[0];
          if (!replacement) continue;
          add(
            {
              article: a,
              link: l,
              messageId: 'outdated',
              data: { actual: l.url, expected: replacement.url, newest: `${newest.locale} ${newest.handoff ?? ''}`.trim() },
              expected: replacement.url,
              related: [{ article: newest, line: replacement.line, column: replacement.column, message: `links ${replacement.url}` }],
            },
            0,
          );
        }
      }
    }

    // 2–4. What readers get: links outside spans and in translations.
    const httpsHosts = new Set<string>();
    for (const a of articles) for (const l of a.links) if (/^https:\/\//i.test(l.url)) httpsHosts.add(hostOf(l.url) ?? '');
    for (const a of articles) {
      for (const l of a.links) {
        if (l.side === 'source' || !isExternal(l.url)) continue;
        const host = hostOf(l.url);
        if (!host) continue;
        if (retired.has(host)) {
          add({ article: a, link: l, messageId: 'retired-host', data: { host } }, 1);
        } else if (/^http:\/\//i.test(l.url) && httpsHosts.has(host)) {
          const expected = l.url.replace(/^http:/i, 'https:');
          add({ article: a, link: l, messageId: 'insecure', data: { host }, expected }, 2);
        }
        const urlLocale = localeInUrl(l.url);
        if (urlLocale && !/^(und|en)(-|$)/i.test(a.locale) && urlLocale.toLowerCase() !== a.locale.toLowerCase()) {
          add({ article: a, link: l, messageId: 'foreign-locale', data: { urlLocale, locale: a.locale }, expected: localeNeutral(l.url) }, 3);
        }
      }
    }
    for (const h of hits.values()) {
      report({
        article: h.article,
        messageId: h.messageId,
        data: { actual: h.link.url, ...h.data },
        line: h.link.line,
        column: h.link.column,
        actual: h.link.url,
        ...(h.expected !== undefined ? { expected: h.expected } : {}),
        ...(h.related ? { related: h.related } : {}),
        key: `${h.messageId}:${h.link.url}`,
        ...(h.messageId === 'outdated' ? {} : { witness: `${h.messageId}:${localeNeutral(h.link.url)}`, ...inEnglish(h.article, h.link) }),
        ...((fix) => (fix ? { fix } : {}))(h.messageId === 'foreign-locale' ? linkLocaleFix(h.article, h.link) : undefined),
      });
    }
  },
};
