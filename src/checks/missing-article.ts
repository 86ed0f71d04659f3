// An article that at least half of the run's locales have and this locale lacks: a coverage gap, not a defect in text.
import type { ArticleSummary } from '../model.js';
import type { ProjectCheck } from './types.js';

/** The text before `relPath` in a display path (`docs/de-DE/` of `docs/de-DE/a/b.md`), or '' when it does not end with it. */
function rootPrefix(article: ArticleSummary): string {
  const rel = article.relPath;
  return article.path.endsWith(rel) ? article.path.slice(0, article.path.length - rel.length) : '';
}

export const missingArticle: ProjectCheck = {
  // Coverage needs every family of the run: it runs once all articles are summarised.
  scope: 'project',
  meta: {
    id: 'missing-article',
    category: 'structure',
    defaultSeverity: 'info',
    description: 'An article that at least half of the locales of the run have and this locale does not (a coverage gap).',
    messages: {
      missing: 'The article "{relPath}" is in {present} of {total} locales ({locales}) but not in {locale}: readers get another language, or nothing if the site does not fall back.',
    },
  },
  run({ articles, report }) {
    // Each docs set on its own: the locale folders of one parent folder (`sfb/de-DE`, `sfb/fr-FR`) are the
    // translations of one set; another input's locale folders (another product checked in the same run) are not.
    const sets = new Map<string, ArticleSummary[]>();
    for (const a of articles) {
      const set = parentOf(rootPrefix(a));
      const list = sets.get(set);
      if (list) list.push(a);
      else sets.set(set, [a]);
    }
    for (const set of sets.values()) coverageGaps(set, report);
  },
};

/** The folder holding a locale root (`sfb/` of `sfb/de-DE/`), '' for a root at the top. */
function parentOf(prefix: string): string {
  const trimmed = prefix.replace(/\/+$/, '');
  return trimmed.includes('/') ? trimmed.slice(0, trimmed.lastIndexOf('/') + 1) : '';
}

/** The articles of one docs set that at least half of its locales have and a locale lacks. */
function coverageGaps(articles: readonly ArticleSummary[], report: Parameters<ProjectCheck['run']>[0]['report']): void {
  // Locales of the run ('und' is no locale), and per locale the root holding most of its articles.
  const familiesByLocale = new Map<string, Set<string>>();
  const rootCount = new Map<string, Map<number, ArticleSummary[]>>();
  const localesOfRoot = new Map<number, Set<string>>();
  for (const a of articles) {
    if (a.locale === 'und') continue;
    let fams = familiesByLocale.get(a.locale);
    if (!fams) familiesByLocale.set(a.locale, (fams = new Set()));
    fams.add(a.family);
    let roots = rootCount.get(a.locale);
    if (!roots) rootCount.set(a.locale, (roots = new Map()));
    const list = roots.get(a.root);
    if (list) list.push(a);
    else roots.set(a.root, [a]);
    let ls = localesOfRoot.get(a.root);
    if (!ls) localesOfRoot.set(a.root, (ls = new Set()));
    ls.add(a.locale);
  }
  const locales = [...familiesByLocale.keys()].sort();
  const total = locales.length;
  if (total < 2) return;
  /** Where a missing article of this locale would be: its main root, and whether that root is the locale's alone. */
  const home = new Map<string, { prefix: string; root: number; own: boolean; sample: ArticleSummary }>();
  for (const locale of locales) {
    const roots = [...(rootCount.get(locale) as Map<number, ArticleSummary[]>)].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
    const [root, list] = roots[0] as [number, ArticleSummary[]];
    const sample = list[0] as ArticleSummary;
    home.set(locale, { prefix: rootPrefix(sample), root, own: localesOfRoot.get(root)?.size === 1, sample });
  }
  // Members of each family by locale, in the order the run lists them.
  const members = new Map<string, Map<string, ArticleSummary>>();
  for (const a of articles) {
    if (a.locale === 'und') continue;
    let m = members.get(a.family);
    if (!m) members.set(a.family, (m = new Map()));
    if (!m.has(a.locale)) m.set(a.locale, a);
  }
  for (const family of [...members.keys()].sort()) {
    const present = members.get(family) as Map<string, ArticleSummary>;
    if (present.size === total || present.size * 2 < total) continue;
    // The path the family has in most locales (the same everywhere in folder layouts).
    const relCount = new Map<string, number>();
    for (const a of present.values()) relCount.set(a.relPath, (relCount.get(a.relPath) ?? 0) + 1);
    const relPath = [...relCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0] as string;
    const have = [...present.keys()].sort();
    for (const locale of locales) {
      if (present.has(locale)) continue;
      const h = home.get(locale) as { prefix: string; root: number; own: boolean; sample: ArticleSummary };
      // A locale with a root of its own: the path the article would have there. A root shared by several locales
      // (explicit files, flat folders): a path under a folder named after the locale, which no file of the run has.
      const rel = h.own ? relPath : `${locale}/${relPath}`;
      const where: ArticleSummary = {
        path: `${h.prefix}${rel}`,
        locale,
        family,
        relPath: rel,
        root: h.root,
        segmentCount: 0,
        tableCount: 0,
        anchors: [],
        localLinks: [],
        suppressions: [],
      };
      report({
        article: where,
        messageId: 'missing',
        data: { relPath, present: present.size, total, locales: have.slice(0, 6).join(', ') + (have.length > 6 ? ', …' : ''), locale },
        line: 1,
        column: 1,
        expected: relPath,
        key: `missing-article:${family}`,
      });
    }
  }
}
