// Unicode bidirectional controls in translations: inside a token (a URL, code, an identifier) or not pairing up.
import type { Segment } from '../model.js';
import { targetPlace } from './support/segment-place.js';
import type { ArticleCheck, Reporter } from './types.js';

const OPENERS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']); // LRE RLE LRO RLO
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI
const PDF = '\u202c';
const PDI = '\u2069';
export const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;
const BIDI_GLOBAL = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const NAME: Record<string, string> = {
  '\u200e': 'LRM', '\u200f': 'RLM', '\u061c': 'ALM', '\u202a': 'LRE', '\u202b': 'RLE', '\u202c': 'PDF', '\u202d': 'LRO',
  '\u202e': 'RLO', '\u2066': 'LRI', '\u2067': 'RLI', '\u2068': 'FSI', '\u2069': 'PDI',
};
const codeName = (ch: string): string => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} ${NAME[ch] ?? ''}`.trim();

/** Where a control that pairs with nothing stands: the text (of several read in a row) and the index in it. */
export interface StrayControl {
  readonly text: number;
  readonly index: number;
}

/**
 * The embeddings and isolates of `texts`, read as one run, that do not pair up: openers left open and closers with no
 * opener. The translations of one paragraph are read as one run because an embedding may open in one sentence and
 * close in the next (the Arabic of one paragraph is one bidi paragraph on the page).
 */
export function strayControls(texts: readonly string[]): StrayControl[] {
  const open: { embeddings: StrayControl[]; isolates: StrayControl[] } = { embeddings: [], isolates: [] };
  const stray: StrayControl[] = [];
  texts.forEach((text, t) => {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] as string;
      const at = { text: t, index: i };
      if (OPENERS.has(ch)) open.embeddings.push(at);
      else if (ISOLATES.has(ch)) open.isolates.push(at);
      else if (ch === PDF) { if (!open.embeddings.pop()) stray.push(at); }
      else if (ch === PDI) { if (!open.isolates.pop()) stray.push(at); }
    }
  });
  return [...stray, ...open.embeddings, ...open.isolates].sort((a, b) => a.text - b.text || a.index - b.index);
}

/** Embeddings and isolates that do not pair up within the text: the count of openers left open plus closers with no opener. */
export function unpaired(text: string): number {
  return strayControls([text]).length;
}

/** The translated segments grouped by the line their translation starts on: one paragraph of the article each. */
function segmentsByLine(segments: readonly Segment[]): Segment[][] {
  const lines = new Map<number, Segment[]>();
  for (const s of segments) {
    const group = lines.get(s.line);
    if (group) group.push(s);
    else lines.set(s.line, [s]);
  }
  return [...lines.values()];
}

/** Where a control sits inside a token whose characters it separates: a link destination, inline code, a word. */
function insideToken(text: string, at: number): string | undefined {
  const before = text.slice(0, at);
  if (/\]\([^)\s]*$/.test(before) || /\bhttps?:\/\/\S*$/.test(before)) return 'a URL';
  if (((before.match(/`/g) ?? []).length & 1) === 1) return 'inline code';
  if (/[A-Za-z0-9]$/.test(before) && /^[A-Za-z0-9]/.test(text.slice(at + 1))) return 'an identifier';
  return undefined;
}

export const bidiControl: ArticleCheck = {
  scope: 'article',
  meta: {
    id: 'bidi-control',
    category: 'structure',
    defaultSeverity: 'warning',
    description: 'Unicode bidi controls in a translation that split a URL, code or an identifier, or that do not pair up.',
    messages: {
      'inside-token': 'The bidi control {control} sits inside {where} ("{actual}"): it breaks copying and matching it.',
      unpaired: '{count} translated segments hold bidi embeddings or isolates that do not pair up (first "{actual}"): remove the stray controls.',
    },
    messageSeverity: { unpaired: 'info' },
  },
  run({ article, report }) {
    let unpairedCount = 0;
    let first: { segment: Segment; index: number } | undefined;
    for (const paragraph of segmentsByLine(article.segments as Segment[])) {
      if (!paragraph.some((s) => BIDI_CONTROLS.test(s.target))) continue;
      const strays = strayControls(paragraph.map((s) => s.target));
      unpairedCount += new Set(strays.map((c) => c.text)).size;
      const firstStray = strays[0];
      if (firstStray) first ??= { segment: paragraph[firstStray.text] as Segment, index: firstStray.index };
      for (const s of paragraph) reportInsideToken(s, report);
    }
    if (first) {
      const { segment, index } = first;
      const actual = segment.target.slice(Math.max(0, index - 12), index + 24).replace(BIDI_GLOBAL, (c) => `<${NAME[c] ?? '?'}>`);
      report({ messageId: 'unpaired', data: { count: unpairedCount, actual }, ...targetPlace(segment, index), actual, key: 'unpaired' });
    }
  },
};

/** The first control of a segment's translation that sits inside a token (one finding per segment). */
function reportInsideToken(s: Segment, report: Reporter): void {
  if (!BIDI_CONTROLS.test(s.target)) return;
  for (const m of s.target.matchAll(BIDI_GLOBAL)) {
    const at = m.index ?? 0;
    const where = insideToken(s.target, at);
    if (!where) continue;
    const actual = s.target.slice(Math.max(0, at - 12), at + 13).replace(BIDI_GLOBAL, (c) => `<${NAME[c] ?? '?'}>`);
    report({ messageId: 'inside-token', data: { control: codeName(m[0]), where, actual }, ...targetPlace(s, at), actual, key: `inside:${codeName(m[0])}:${s.source}` });
    return;
  }
}
