// The one sanitizer for text that reaches a terminal or a CI log. Article-derived strings (file names, link
// targets, segment text, baseline entries, notes) may hold ESC/CSI/OSC sequences, CR, LF, C1 controls, bidi
// overrides or CI workflow commands (`::warning …`, `##[set-output …]`). Line formats show such characters as
// visible escapes; JSON formats escape them inside their strings, which reads back as the same data.

/** C0 and C1 controls, DEL, line/paragraph separators and the bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const visible = (ch: string): string => {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

/**
 * One field of user data as it may be shown on one line of a terminal or CI log: no control character, no line
 * break, no bidi override, and it cannot start or carry a workflow command: a leading `::` (GitHub reads commands
 * at the start of a line, after blanks) and `##[` anywhere (the older command syntax) get their first character
 * escaped.
 */
export function displayText(text: string, keep: { tabs?: boolean } = {}): string {
  let out = text.replace(UNSAFE, (ch) => (keep.tabs === true && ch === '\t' ? ch : visible(ch)));
  if (/^\s*::/.test(out)) out = out.replace(':', '\\x3A');
  if (out.includes('##[')) out = out.replace(/##\[/g, '#\\x23[');
  return out;
}

/**
 * A multi-line text (a unified diff of article text) made safe line by line, as `displayText` makes one field: line
 * breaks and tabs stay, as a diff needs them; every other control is shown as an escape.
 */
export function displayLines(text: string): string {
  return text
    .split('\n')
    .map((line) => displayText(line, { tabs: true }))
    .join('\n');
}

/**
 * JSON text made safe for a terminal or log without changing the data it parses to: C1 controls, DEL, U+2028/2029,
 * bidi controls and the `[` of `##[` become `\uXXXX` escapes (JSON.stringify already escapes C0 controls).
 */
export function jsonSafe(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/##\[/g, '##\\u005b');
}

type Mapper = (s: string) => string;

/** A copy of any plain value with every string passed through `fn` (keys included). */
export function mapStrings<T>(value: T, fn: Mapper): T {
  const visit = (v: unknown): unknown => {
    if (typeof v === 'string') return fn(v);
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[fn(k)] = visit(x);
      return out;
    }
    return v;
  };
  return visit(value) as T;
}
