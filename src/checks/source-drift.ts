// Translations made from an older English source: the English inside the spans differs from the newest revision.
import type { Article } from '../model.js';
import { alignSources, normalizeSource, normalizedSources } from './support/align.js';
import type { FamilyCheck } from './types.js';

/** The most common source sequence among `articles` (ties: the first); undefined when none repeats and `needRepeat`. */
function majorityOf(articles: readonly Article[], needRepeat: boolean): Article | undefined {
  const counts = new Map<string, { n: number; article: Article }>();
  for (const a of articles) {
    const key = normalizedSources(a).join('\u0000');
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, article: a });
  }
  const best = [...counts.values()].sort((x, y) => y.n - x.n)[0];
  return best && (!needRepeat || best.n > 1) ? best.article : undefined;
}

/**
 * The revision whose English is current: newest `ms.lasthandoff`; among several with that date (all locales handed
 * off together), the most common source text; without dates, the most common source text.
 */
export function referenceOf(articles: readonly Article[]): Article | undefined {
  const dated = articles.filter((a) => a.handoff);
  if (dated.length > 0) {
    const newest = dated.reduce((m, a) => ((a.handoff as string) > m ? (a.handoff as string) : m), '');
    return majorityOf(dated.filter((a) => a.handoff === newest), false);
  }
  return majorityOf(articles, true);
}

const sourceCommit = (a: Article): unknown => a.frontMatter['ms.sourcegitcommit'];

/**
 * The words of an English sentence without what does not make it older: link destinations (a locale segment in a
 * URL), link and emphasis markup (a span around the whole link in one locale), letter case and spacing.
 */
const wording = (s: string): string =>
  s
    .replace(/\]\([^)]*\)/g, '')
    .replace(/[[\]*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    // A doubled word is a typo whose fix changes nothing to translate (`the number of of all` → `the number of all`).
    .replace(/\b(\p{L}+) \1\b/gu, '$1');
export const sameWording = (a: string, b: string): boolean => wording(a) === wording(b);

/** The wordings of the English sentences paired mode found reworded in a translation (its `reworded` problems). */
function rewordedIn(a: Article): ReadonlySet<string> {
  const out = new Set<string>();
  for (const p of a.problems) {
    if (p.checkId === 'source-drift' && p.messageId === 'reworded' && typeof p.data['currentEnglish'] === 'string') out.add(wording(p.data['currentEnglish']));
  }
  return out;
}

export const sourceDrift: FamilyCheck = {
  scope: 'family',
  meta: {
    id: 'source-drift',
    category: 'drift',
    defaultSeverity: 'warning',
    description: 'Segments translated from an older English source than the newest revision of the article.',
    messages: {
      changed: 'The English of this segment is older than in {reference}: the current source reads "{expected}".',
      removed: 'This segment is no longer in the current English ({reference}).',
      altered: 'The English of this segment differs from {reference}, translated from the same English commit ({commit}): the English half was altered in this file; it reads "{expected}" there.',
      added: 'The current English ({reference}) has a segment missing here: "{expected}".',
      // A warning, as `changed` is for the same case in the bilingual reading: the sentence must be translated again.
      // A cosmetic edit (spacing, case, a link's form) keeps a sentence aligned and is never `reworded`; unlike
      // `paired-stale-aligned` (info: a hash alone), a sentence fell out of alignment here.
      reworded:
        'The English reworded this sentence after the translation was made; the translation keeps the older wording. The current English (its line {englishLine}) reads "{expected}".',
      behind: '{count} of {total} segments are behind the current English ({reference}).',
      'paired-stale':
        'This translation was made from another revision of the English: its ms.openlocfilehash {recorded} is not the hash of the English file beside it ({current}); what the English gained or lost since is reported by missing-segment.',
      'paired-stale-aligned':
        'This translation was made from another revision of the English: its ms.openlocfilehash {recorded} is not the hash of the English file beside it ({current}), but every block still aligns with it: what changed is inside sentences or in markup.',
    },
    messageSeverity: { behind: 'info', 'paired-stale-aligned': 'info' },
  },
  run({ articles, report }) {
    // Paired mode (--source): the translation's recorded hash of its English source against the English file, the
    // blocks whose English changed since the commit the translation records (the English history), and sentences the
    // English reworded since (`reworded`, when the translation's hash is stale).
    for (const a of articles) {
      for (const p of a.problems) {
        if (p.checkId !== 'source-drift') continue;
        // `translated`: the sentence a translation keeps in an older wording (`reworded`), reported as `actual`.
        const { oldEnglish, currentEnglish, translated, ...data } = p.data;
        // English reworded only in what needs no new translation (spacing, case, a link's destination) is not drift.
        if (typeof oldEnglish === 'string' && typeof currentEnglish === 'string' && sameWording(oldEnglish, currentEnglish)) continue;
        report({
          article: a,
          messageId: p.messageId,
          data,
          line: p.line,
          column: p.column,
          key: p.key,
          ...(typeof oldEnglish === 'string' ? { actual: oldEnglish } : typeof translated === 'string' ? { actual: translated } : {}),
          ...(typeof currentEnglish === 'string' ? { expected: currentEnglish } : {}),
          // A reworded sentence is aligned with nothing: its pair is the current English beside the older
          // translation, not the neighbouring pair the line would find.
          ...(typeof translated === 'string' && typeof currentEnglish === 'string' ? { segment: { source: currentEnglish, target: translated } } : {}),
        });
      }
    }
    if (articles.length < 2) return;
    const ref = referenceOf(articles);
    if (!ref) return;
    // A bilingual reference holds the current English; a paired one is a translation of it (the English is its own
    // file): the messages say "the current English (translated in es-ES/…)" then, not that es-ES is English.
    const refName = `${ref.paired ? 'translated in ' : ''}${ref.path}${ref.handoff ? `, ${ref.handoff}` : ''}`;
    // The joined wordings are needed only for a segment that differs, and most articles have none: made on first
    // use, the reference's once per family.
    let refJoinedText: string | undefined;
    const refJoined = (): string => (refJoinedText ??= wording(normalizedSources(ref).join(' ')));
    for (const a of articles) {
      if (a === ref || a.segments.length === 0) continue;
      // Same English commit: the same English, so nothing here is drift. A missing or extra segment is a loss
      // (missing-segment reports it); English worded otherwise was altered in this file, and is reported as such.
      const sameCommit = sourceCommit(a) !== undefined && sourceCommit(a) === sourceCommit(ref);
      const ops = alignSources(a, ref);
      // Locales split the same English into segments differently: a segment whose English stands verbatim in
      // the reference (inside a longer segment, or across two) is segmentation, not an older source.
      let mineJoinedText: string | undefined;
      const mineJoined = (): string => (mineJoinedText ??= wording(normalizedSources(a).join(' ')));
      const reworded = rewordedIn(a);
      let behind = 0;
      for (const op of ops) {
        if (op.op === 'equal') continue;
        if (op.op === 'changed' && sameWording(a.segments[op.mine]?.source ?? '', ref.segments[op.ref]?.source ?? '')) continue;
        if (sameCommit) {
          if (op.op !== 'changed') continue;
          const s = a.segments[op.mine];
          const r = ref.segments[op.ref];
          if (!s || !r || refJoined().includes(wording(normalizedSources(a)[op.mine] ?? ''))) continue;
          report({
            article: a,
            messageId: 'altered',
            data: { reference: refName, commit: String(sourceCommit(a)).slice(0, 12), expected: r.source },
            line: s.sourceTextLine,
            column: s.sourceTextColumn,
            actual: s.source,
            expected: r.source,
            related: [{ article: ref, line: r.sourceTextLine, column: r.sourceTextColumn, message: r.source }],
            key: `altered:${normalizeSource(s.source)}`,
          });
          continue;
        }
        if ((op.op === 'changed' || op.op === 'removed') && refJoined().includes(wording(normalizedSources(a)[op.mine] ?? ''))) continue;
        if (op.op === 'added' && mineJoined().includes(wording(normalizedSources(ref)[op.ref] ?? ''))) continue;
        behind++;
        // An English sentence this translation holds in an older wording is reported there (`reworded`), as the
        // bilingual reading reports it `changed`: it is behind, not missing.
        if (op.op === 'added' && reworded.has(wording(normalizedSources(ref)[op.ref] ?? ''))) continue;
        if (op.op === 'changed' || op.op === 'removed') {
          const s = a.segments[op.mine];
          if (!s) continue;
          const r = op.op === 'changed' ? ref.segments[op.ref] : undefined;
          report({
            article: a,
            messageId: op.op,
            data: { reference: refName, expected: r?.source ?? '' },
            line: s.sourceTextLine,
            column: s.sourceTextColumn,
            actual: s.source,
            ...(r ? { expected: r.source } : {}),
            ...(r ? { related: [{ article: ref, line: r.sourceTextLine, column: r.sourceTextColumn, message: r.source }] } : {}),
            key: `${op.op}:${normalizeSource(s.source)}`,
          });
        } else {
          const r = ref.segments[op.ref];
          if (!r) continue;
          const before = a.segments[op.after];
          report({
            article: a,
            messageId: 'added',
            data: { reference: refName, expected: r.source },
            line: before ? before.endLine : (a.segments[0]?.line ?? 1),
            expected: r.source,
            related: [{ article: ref, line: r.sourceTextLine, column: r.sourceTextColumn, message: r.source }],
            key: `added:${normalizeSource(r.source)}`,
          });
        }
      }
      if (behind > 0) {
        report({
          article: a,
          messageId: 'behind',
          data: { count: behind, total: a.segments.length, reference: refName },
          line: 1,
          key: 'behind',
        });
      }
    }
  },
};
