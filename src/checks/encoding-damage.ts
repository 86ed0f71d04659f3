// Text a conversion damaged: U+FFFD where characters were lost, and mojibake (UTF-8 read as Windows-1252).
import type { Segment } from '../model.js';
import { targetPlace } from './support/segment-place.js';
import type { ArticleCheck } from './types.js';

// Windows-1252's characters for the bytes 0x80–0x9F; the other bytes read as Latin-1 (the same code point).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const byteOf = (ch: string): number | undefined => {
  const c = ch.charCodeAt(0);
  if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
  const i = CP1252_HIGH.indexOf(ch);
  return i >= 0 ? 0x80 + i : undefined;
};

// A UTF-8 lead byte followed by continuation bytes (0x80–0xBF as Windows-1252). Only the leads of the mojibake that
// Latin, Greek and Cyrillic text and typographic punctuation produce (Â Ã Å Æ Î Ï Ð Ñ; â for U+2000–U+2FFF): a
// French "é »" or a German "× " is a letter or sign before a no-break space, not a CJK character read wrongly.
const CONTINUATION = `[\\u0080-\\u00bf${CP1252_HIGH.slice(0, 32).replace(/[\\\]^-]/g, '\\$&')}]`;
const MOJIBAKE = new RegExp(`[\\u00c2\\u00c3\\u00c5\\u00c6\\u00ce\\u00cf\\u00d0\\u00d1]${CONTINUATION}|\\u00e2${CONTINUATION}{2}`, 'g');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** What a run of mojibake meant: its characters as Windows-1252 bytes, decoded as UTF-8; undefined if they do not decode. */
export function unmangle(run: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of run) {
    const b = byteOf(ch);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  // The lead byte says how many bytes the character has: exactly that many, or it is not one character.
  const lead = bytes[0] as number;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length !== length) return undefined;
  try {
    const text = strictUtf8.decode(Uint8Array.from(bytes));
    return [...text].length === 1 && text.charCodeAt(0) >= 0x80 ? text : undefined;
  } catch {
    return undefined;
  }
}

export const encodingDamage: ArticleCheck = {
  scope: 'article',
  meta: {
    id: 'encoding-damage',
    category: 'structure',
    defaultSeverity: 'warning',
    description: 'Characters a conversion damaged in a translation: U+FFFD (lost characters) or mojibake (UTF-8 read as Windows-1252).',
    messages: {
      'replacement-character': 'The translation holds U+FFFD ("{actual}") where its source has none: characters were lost in a conversion.',
      mojibake: 'The translation holds "{actual}", UTF-8 read as Windows-1252: it should read "{expected}".',
    },
  },
  run({ article, report }) {
    for (const s of article.segments as Segment[]) {
      const lost = s.target.indexOf('\uFFFD');
      if (lost >= 0 && !s.source.includes('\uFFFD')) {
        // The word around it, so the reader can find it: `Verf�gbar`.
        const word = /[^\s]*$/.exec(s.target.slice(Math.max(0, lost - 20), lost))?.[0] ?? '';
        const rest = /^[^\s]*/.exec(s.target.slice(lost, lost + 20))?.[0] ?? '\uFFFD';
        report({ messageId: 'replacement-character', data: { actual: word + rest }, ...targetPlace(s, lost), actual: word + rest, key: `fffd:${s.source}` });
      }
      if (!/[\u00c2\u00c3\u00c5\u00c6\u00ce\u00cf\u00d0\u00d1\u00e2]/.test(s.target)) continue;
      for (const m of s.target.matchAll(MOJIBAKE)) {
        const meant = unmangle(m[0]);
        if (meant === undefined || s.source.includes(m[0])) continue;
        report({ messageId: 'mojibake', data: { actual: m[0], expected: meant }, ...targetPlace(s, m.index ?? 0), actual: m[0], expected: meant, key: `mojibake:${m[0]}:${s.source}` });
        break; // one per segment: the rest of it is the same damage
      }
    }
  },
};
