// Relative links and images whose file is not in the article's locale tree, and #fragments with no such anchor.
import path from 'node:path';
import type { ArticleSummary } from '../model.js';
import { regexList } from './support/options.js';
import { isExternal } from './support/urls.js';
import type { ProjectCheck } from './types.js';

// Many links point into the same few articles: each article's anchor set is built once per run.
const anchorSets = new WeakMap<ArticleSummary, Set<string>>();
function anchorsOf(article: ArticleSummary): Set<string> {
  let set = anchorSets.get(article);
  if (!set) {
    set = new Set(article.anchors.map((a) => a.toLowerCase()));
    anchorSets.set(article, set);
  }
  return set;
}

/**
 * Work allowed for "did you mean" suggestions into one target article, in character comparisons. An article with
 * thousands of anchors and thousands of missing ones (a hostile file) would otherwise cost anchors × misses
 * distances; real articles use a tiny fraction of this. Past it, findings are still reported, without a hint.
 */
export const SUGGESTION_BUDGET = 5_000_000;
/** Fragments longer than this get no suggestion (a distance costs their length times the anchor's). */
const MAX_SUGGEST_LENGTH = 120;
const budgets = new WeakMap<ArticleSummary, number>();

/** Closest anchor by edit distance, for a "did you mean"; `null` when the target's budget is spent. */
function closest(wanted: string, anchors: Set<string>, target: ArticleSummary): string | undefined | null {
  if (wanted.length > MAX_SUGGEST_LENGTH) return undefined;
  let budget = budgets.get(target) ?? SUGGESTION_BUDGET;
  if (budget <= 0) return null;
  const limit = Math.max(2, Math.floor(wanted.length / 5));
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const a of anchors) {
    if (Math.abs(a.length - wanted.length) > 4) continue;
    budget -= wanted.length * a.length + 1;
    if (budget <= 0) {
      budgets.set(target, 0);
      return null;
    }
    const d = distance(wanted, a, limit);
    if (d < bestScore && d <= limit) {
      best = a;
      bestScore = d;
    }
  }
  budgets.set(target, budget);
  return best;
}

/** How many of `articles` link each URL (trimmed; an article's repeats of one URL count once). */
function linksCounted(articles: readonly ArticleSummary[]): Map<string, number> {
  const byUrl = new Map<string, number>();
  for (const article of articles) {
    for (const url of new Set(article.localLinks.map((l) => l.url.trim()))) byUrl.set(url, (byUrl.get(url) ?? 0) + 1);
  }
  return byUrl;
}

/** Levenshtein distance, stopping early once every entry of a row exceeds `limit` (the result is then > limit). */
function distance(a: string, b: string, limit: number): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    let min = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      const v = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      row[j] = v;
      if (v < min) min = v;
      prev = tmp;
    }
    if (min > limit) return min;
  }
  return row[b.length] as number;
}

export const brokenLink: ProjectCheck = {
  // Links cross families: resolved once every article is summarised.
  scope: 'project',
  meta: {
    id: 'broken-link',
    category: 'link',
    defaultSeverity: 'error',
    description: 'Relative links to files missing from the locale tree, #fragments with no such anchor, links that leave the root.',
    messages: {
      'missing-file': 'The {kind} target "{url}" does not exist in this locale tree ({resolved}).',
      'not-in-locale': 'The {kind} target "{url}" is not in this locale tree but is in {locales} ({resolved}): readers get another language, or nothing if the site does not fall back.',
      'missing-anchor': 'The anchor "#{fragment}" does not exist in {file}.{hint}',
      'outside-root': 'The link "{url}" leaves the scanned folder ({resolved}): it cannot be checked and will likely break.',
      'from-english': 'The {kind} target "{url}" is not in this locale tree; the English tree has it ({resolved}), and the docs build serves it from there.',
    },
    messageSeverity: { 'outside-root': 'warning', 'not-in-locale': 'info', 'from-english': 'info' },
  },
  run({ articles, options, project, report }) {
    const ignore = regexList(options['ignore']);
    // The locales of a family link to the same files from the same folder: each resolved once per run.
    const resolvedPaths = new Map<string, string>();
    // Witnesses of a broken target: the articles of the family that have the same link (a locale that dropped the
    // link is no witness either way). Counted for one family at a time, when one of its articles is met: the articles
    // come family by family, and a map of every family's links was 13 MB of the heap at four times the corpora (issue #21).
    const members = new Map<string, ArticleSummary[]>();
    for (const a of articles) {
      const list = members.get(a.family);
      if (list) list.push(a);
      else members.set(a.family, [a]);
    }
    let counted: { family: string; byUrl: Map<string, number> } | undefined;
    const witnessesOf = (article: ArticleSummary, url: string): number => {
      if (counted?.family !== article.family) counted = { family: article.family, byUrl: linksCounted(members.get(article.family) ?? []) };
      return counted.byUrl.get(url) ?? 1;
    };
    // A target no locale tree has (images and includes that only the English repository holds, as the docs build
    // serves them): with two or more trees, each one lacking it is evidence that it never belonged to a translation.
    // An article with no other locale has no witnesses: a link it holds outside its translated text is the English's
    // (with witnesses, the family decides: a locale alone in linking it added it).
    const alone = (family: string): boolean => members.get(family)?.length === 1;
    const missingEverywhere = (resolved: string): boolean => project.roots.length >= 2 && project.roots.every((_, r) => !project.fileExists(r, resolved));
    for (const article of articles) {
      const seen = new Set<string>();
      const dir = path.posix.dirname(article.relPath);
      for (const link of article.localLinks) {
        const url = link.url.trim();
        if (url === '' || isExternal(url) || url.startsWith('/') || url.startsWith('~') || url.startsWith('xref:')) continue;
        // Patterns see the URL and its path alone (DocFX adds `#lightbox` to images).
        const bare = url.split(/[?#]/)[0] ?? url;
        if (ignore.some((re) => re.test(url) || re.test(bare))) continue;
        const dedupe = `${link.line}\u0000${url}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        const [pathPart = '', fragment] = url.split('#', 2) as [string, string | undefined];
        let file = pathPart.split('?')[0] ?? '';
        try {
          file = decodeURIComponent(file);
        } catch {
          // Keep the raw path when it is not valid percent-encoding.
        }
        const at = { line: link.line, column: link.column, ...(link.segment ? { segment: link.segment } : {}) };
        let target: ArticleSummary | undefined = article;
        let targetName = 'this article';
        if (file !== '') {
          const memoKey = `${dir}\u0000${file}`;
          let resolved = resolvedPaths.get(memoKey);
          if (resolved === undefined) {
            resolved = path.posix.normalize(path.posix.join(dir, file));
            resolvedPaths.set(memoKey, resolved);
          }
          if (resolved.startsWith('../') || resolved === '..') {
            report({ article, messageId: 'outside-root', data: { url, resolved }, ...at, actual: url, key: `outside:${url}`, witness: `outside:${url}` });
            continue;
          }
          if (!project.fileExists(article.root, resolved)) {
            const kind = link.kind === 'image' ? 'image' : 'link';
            // Paired mode: a target the locale tree lacks (an image, an include, an untranslated article) that the
            // English tree has is served from the English, as the docs build does: a note, not a broken link.
            if (project.sourceFileExists?.(resolved)) {
              report({ article, messageId: 'from-english', data: { url, resolved, kind }, ...at, actual: url, key: `from-english:${url}` });
              continue;
            }
            // An article that another locale has was not translated into this one (sites fall back to a language that
            // has it); an image or other file that the others have is one this tree lost.
            const isArticle = /\.(md|markdown)$/i.test(resolved);
            const elsewhere = isArticle ? project.roots.flatMap((name, r) => (r !== article.root && project.fileExists(r, resolved) ? [name] : [])) : [];
            const witnessOf = witnessesOf(article, url);
            if (elsewhere.length > 0) {
              const locales = elsewhere.slice(0, 6).map((r) => path.posix.basename(r)).join(', ');
              report({ article, messageId: 'not-in-locale', data: { url, resolved, kind, locales }, ...at, actual: url, key: `not-in-locale:${url}` });
            } else {
              // The English half of the same sentence links the same missing file: the English writers' defect.
              const inEnglish = link.inSource || link.segment?.source.includes(url)
                ? { sourceDamage: 'the English half of this sentence links the same missing file' }
                : (!link.segment || link.outside) && alone(article.family) && missingEverywhere(resolved)
                  ? { sourceDamage: 'no locale tree has this file and the link stands outside the translated text: it comes from the English, whose repository serves the file or lacks it too' }
                  : {};
              report({ article, messageId: 'missing-file', data: { url, resolved, kind }, ...at, actual: url, key: `missing-file:${url}`, witness: `missing-file:${url}`, witnessOf, ...inEnglish });
            }
            continue;
          }
          target = /\.(md|markdown)$/i.test(resolved) ? project.articleAt(article.root, resolved) : undefined;
          targetName = resolved;
        }
        // DocFX tab links (`#tab/nonprofit`) select a tab, they are not anchors.
        if (!fragment || !target || fragment.startsWith('tab/')) continue;
        const anchors = anchorsOf(target);
        // Browsers decode the fragment before they look for the id (`#caf%C3%A9` finds `café`), and `#top` is the
        // top of any page that has no element of that id.
        let wanted = fragment.toLowerCase();
        try {
          wanted = decodeURIComponent(wanted);
        } catch {
          // Not valid percent-encoding: compared as written.
        }
        if (anchors.has(wanted) || wanted === 'top') continue;
        const suggestion = closest(wanted, anchors, target);
        const hint = suggestion ? ` Did you mean "#${suggestion}"?` : suggestion === null ? ' (Too many missing anchors in this file to suggest one.)' : '';
        report({
          article,
          messageId: 'missing-anchor',
          data: { fragment, file: targetName, hint },
          ...at,
          actual: `#${fragment}`,
          ...(suggestion ? { expected: `#${suggestion}` } : {}),
          key: `missing-anchor:${url}`,
          witness: `missing-anchor:${url}`,
          witnessOf: witnessesOf(article, url),
        });
      }
    }
  },
};
