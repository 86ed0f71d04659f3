// The same English sentence in several locales whose translations disagree on a fact the source does not spell out.
import type { Article, Fact, Segment } from '../model.js';
import { numberValue } from '../parse/facts.js';
import type { FamilyCheck } from './types.js';
import { normalizedSources } from './support/align.js';

interface Holder {
  article: Article;
  segment: Segment;
  /** Compared facts by key (`kind:value`): the target's own facts (not its source's) and all its clock times. */
  keys: Map<string, string>;
  /** Whether the target's compared facts are its source's: a locale that follows its English is never the outlier. */
  followsSource: boolean;
}

// Clock times: 2:45 PM, 02:45 p.m., 14:45, 14:45:00 (seconds ignored), 14.45 (Finnish, Thai), 2:45 م (Arabic: ص before noon, م after).
const SOURCE_TIME = /(?<![\d.,:])(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([AaPp])\.?[Mm]\.?(?![\p{L}]))?(?![\d.,:])/gu;
const TARGET_TIME = /(?<![\d.,:])(\d{1,2})[:.](\d{2})(?::\d{2})?(?:\s*(?:([AaPp])\.?[Mm]\.?(?![\p{L}])|(ص|م)(?![\p{L}])))?(?![\d.,:]?\d)/gu;
// Dates (12/31/2028, 31.12.2028, 2028-12-31): each locale writes them its own way, they are not compared.
const DATE = /(?<![\d.,/-])(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?![\d/-]|\.\d)/g;

// Japanese and Chinese clock times in words: 午前 10 時 30 分, 下午 3 点.
const KANJI_TIME = /(午前|午後|上午|下午)?\s*(\d{1,2})\s*[時点]\s*(?:(\d{1,2})\s*分)?/gu;

/** Clock times written with 時/点 and 分, as `HH:MM` (24 h); 午後/下午 mark the afternoon. */
function kanjiTimes(text: string): { key: string; text: string; marked: boolean }[] {
  if (!/[時点]/.test(text)) return [];
  const out: { key: string; text: string; marked: boolean }[] = [];
  for (const m of text.matchAll(KANJI_TIME)) {
    let h = Number(m[2]);
    const min = Number(m[3] ?? 0);
    if (h > 24 || min > 59) continue;
    const pm = m[1] === '午後' || m[1] === '下午';
    if (pm && h < 12) h += 12;
    if (!pm && m[1] !== undefined && h === 12) h = 0;
    out.push({ key: `time:${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`, text: m[0].trim(), marked: m[1] !== undefined });
  }
  return out;
}

/** Clock times of a text as `HH:MM` (24 h) with the token as written. */
function times(text: string, re: RegExp): { key: string; text: string; marked: boolean }[] {
  const out: { key: string; text: string; marked: boolean }[] = [];
  for (const m of text.matchAll(re)) {
    let h = Number(m[1]);
    const min = Number(m[2]);
    if (h > 24 || min > 59) continue;
    const half = (m[3] ?? '').toLowerCase() || (m[4] === 'م' ? 'p' : m[4] === 'ص' ? 'a' : '');
    if (half === 'p' && h < 12) h += 12;
    if (half === 'a' && h === 12) h = 0;
    out.push({ key: `time:${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`, text: m[0].trim(), marked: half !== '' });
  }
  return out;
}

/** The text with its dates and clock times blanked: the numbers left in it stand on their own. */
const withoutDatesAndTimes = (text: string, timeRe: RegExp): string => text.replace(DATE, ' ').replace(timeRe, ' ');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const standsIn = (token: string, text: string): boolean => new RegExp(`(?<![\\d.,])${escape(token)}(?![\\d]|[.,]\\d)`).test(text);

function factKey(f: Fact, locale: string): string {
  if (f.kind === 'number') return `number:${numberValue(f.text, locale)}`;
  return `${f.kind}:${f.text.toLowerCase()}`;
}

/** A token with a letter or digit: separators that a code span's backticks happen to enclose (`` `a`、`b` ``) are not facts. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** NFKC, skipped for ASCII text (which it leaves as it is). */
const nfkc = (s: string): string => (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFKC'));

/** A source normalised and its clock times: the same for every locale of a family (read once per family, by text). */
interface SourceReading {
  text: string;
  times: readonly { key: string; text: string; marked: boolean }[];
}

function readSource(source: string, memo: Map<string, SourceReading>): SourceReading {
  let reading = memo.get(source);
  if (!reading) {
    const text = nfkc(source);
    reading = { text, times: /\d[:.]\d\d/.test(text) ? times(text, SOURCE_TIME) : [] };
    memo.set(source, reading);
  }
  return reading;
}

/**
 * Facts of the target that its own source does not have (those are fact-mismatch's; a case change of a source token
 * too), and the target's clock times, read in 24 hours, which every locale must agree on whatever its notation.
 */
function holderOf(article: Article, segment: Segment, sources: Map<string, SourceReading>): Holder {
  const keys = new Map<string, string>();
  let followsSource = true;
  // NFKC is needed only where a fact is looked for, and leaves ASCII as it is: the target is normalised on first use.
  let targetText: string | undefined;
  const target = (): string => (targetText ??= nfkc(segment.target));
  const { text: source, times: sourceTimes } = readSource(segment.source, sources);
  const targetTimes = sourceTimes.length > 0 ? [...times(target(), TARGET_TIME), ...kanjiTimes(target())] : [];
  if (targetTimes.length > 0) {
    const want = new Set(sourceTimes.map((t) => t.key));
    for (const t of targetTimes) {
      // A time without AM/PM in a locale that writes 下午, 午後 or nothing for them: 2:45 is the source's 2:45 PM.
      const pm = `time:${String(Number(t.key.slice(5, 7)) + 12).padStart(2, '0')}${t.key.slice(7)}`;
      if (!t.marked && Number(t.key.slice(5, 7)) < 12 && !want.has(t.key) && want.has(pm)) t.key = pm;
      keys.set(t.key, t.text);
    }
    if (targetTimes.some((t) => !want.has(t.key))) followsSource = false;
  }
  // Most targets have no fact of a compared kind, and most facts stand in the source as written: the rest is made
  // only when needed.
  let sourceKeys: Set<string> | undefined;
  let sourceLower: string | undefined;
  let standalone: string | undefined;
  for (const f of segment.targetFacts) {
    if (f.kind === 'link' || f.kind === 'identifier' || !MEANINGFUL.test(f.text)) continue;
    sourceLower ??= source.toLowerCase();
    if (sourceLower.includes(f.text.toLowerCase())) continue;
    if (f.kind === 'number' || f.kind === 'version') {
      standalone ??= /\d[./:-]\d/.test(target()) ? withoutDatesAndTimes(target(), sourceTimes.length > 0 ? TARGET_TIME : SOURCE_TIME) : target();
      if (!standsIn(f.text, standalone)) continue;
    }
    sourceKeys ??= new Set(segment.sourceFacts.map((s) => factKey(s, 'en')));
    const key = factKey(f, article.locale);
    if (sourceKeys.has(key)) continue;
    keys.set(key, f.text);
    followsSource = false;
  }
  return { article, segment, keys, followsSource };
}

const kindOf = (key: string): string => key.slice(0, key.indexOf(':'));

export const factDivergence: FamilyCheck = {
  scope: 'family',
  meta: {
    id: 'fact-divergence',
    category: 'fact',
    defaultSeverity: 'warning',
    description: 'The same source sentence translated with different facts in different locales (the outlier is reported).',
    messages: {
      differs: 'This translation has "{actual}" where the other locales have "{expected}" ({locales}).',
    },
  },
  run({ articles, report }) {
    if (articles.length < 3) return;
    const groups = new Map<string, Holder[]>();
    const readings = new Map<string, SourceReading>();
    for (const a of articles) {
      const seen = new Set<string>();
      const sources = normalizedSources(a);
      for (const [i, s] of a.segments.entries()) {
        const key = sources[i] as string;
        if (key === '' || seen.has(key)) continue; // a sentence repeated in one article is compared once
        seen.add(key);
        const list = groups.get(key) ?? [];
        list.push(holderOf(a, s, readings));
        groups.set(key, list);
      }
    }
    for (const [source, holders] of groups) {
      if (holders.length < 3 || holders.every((h) => h.keys.size === 0)) continue;
      for (const h of holders) {
        // A translation whose facts are its English's is right whatever the others did (a number the English spells
        // out and this locale too, a token whose case the others changed, a date or time kept as written).
        if (h.followsSource) continue;
        const others = holders.filter((o) => o !== h);
        const counts = new Map<string, Holder[]>();
        for (const o of others) for (const k of o.keys.keys()) counts.set(k, [...(counts.get(k) ?? []), o]);
        const mineOnly = [...h.keys].filter(([k]) => !counts.has(k));
        for (const [k, having] of counts) {
          if (h.keys.has(k) || having.length < 2 || having.length * 3 < others.length * 2) continue;
          // Only a value in place of the others' (of the same kind) is a divergence; lacking a fact the others added is
          // following the English (which says it in words, or not at all).
          const swapped = mineOnly.find(([mk]) => kindOf(mk) === kindOf(k));
          if (!swapped) continue;
          // A time is expected in 24 hours, whichever notation the first of the others used.
          const expected = kindOf(k) === 'time' ? k.slice(5) : (having[0]?.keys.get(k) ?? k);
          const locales = [...new Set(having.map((o) => o.article.locale))].join(', ');
          report({
            article: h.article,
            messageId: 'differs',
            data: { expected, actual: swapped[1], locales },
            line: h.segment.targetTextLine,
            column: h.segment.targetTextColumn,
            expected,
            actual: swapped[1],
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
