// Git merge-conflict markers left in an article, at line start or inside a translated span, labels translated or not.
import { hasRun } from '../parse/runs.js';
import type { ArticleCheck } from './types.js';

type MarkerKind = 'open' | 'base' | 'separator' | 'close';

const KIND: Record<string, MarkerKind> = { '<': 'open', '|': 'base', '=': 'separator', '>': 'close' };

// Runs of marker characters; only runs of exactly seven are markers (`<span …><<<<<<< HEAD` included).
const MARKER = /<{7,}|\|{7,}|={7,}|>{7,}/g;
/** `<`, `=`, `>` or `|`, repeating the run's own character. */
const sameMarker = (c: number, centre: number): boolean => c === centre && (c === 60 || c === 61 || c === 62 || c === 124);
/** Whether the text holds a run of seven of one marker character (read at a stride, not by four substring scans). */
export const hasRunOfSeven = (text: string): boolean => hasRun(text, 7, sameMarker);
// What may stand before a marker that git wrote at the start of a line: indentation and opening tags.
const LINE_START = /^(?:\s|<[A-Za-z][^<>]*>)*$/;
// What may follow a separator: the line's end or a closing tag (a span that straddles the separator line).
const SEPARATOR_END = /^\s*(?:<\/[A-Za-z][^<>]*>|$)/;
// A label after a marker that stands inside a span after other text: short, and then the span closes.
const INLINE_LABEL = /^(?: [^<>\n]{1,80})?\s*<\/span>/;

// The first line of a front matter: a YAML key (`title:`, `ms.date:`, `author:`).
const FRONT_MATTER_KEY = /^[A-Za-z][\w.-]*:(?:\s|$)/;

/** The label git wrote after a marker (`HEAD`, `标头`, a commit), also when it sits in the next span. */
function labelOf(after: string): string {
  return (/^\s*(?:<[A-Za-z][^<>]*>\s*)*([^<]*)/.exec(after)?.[1] ?? '').trim().slice(0, 60);
}

interface Marker {
  kind: MarkerKind;
  column: number;
  text: string;
}

/** Markers on one line, as git would have written them (not `=======` inside prose, not inside inline code). */
export function markersOnLine(line: string): Marker[] {
  if (!hasRunOfSeven(line)) return [];
  const out: Marker[] = [];
  for (const m of line.matchAll(MARKER)) {
    const at = m.index;
    const run = m[0];
    if (run.length !== 7) continue;
    const kind = KIND[run[0] as string] as MarkerKind;
    const before = line.slice(0, at);
    const after = line.slice(at + 7);
    if ((before.match(/`/g)?.length ?? 0) % 2 === 1) continue; // inside inline code: an example, not a leftover
    const atLineStart = LINE_START.test(before);
    let accepted: boolean;
    if (kind === 'separator' || kind === 'base') {
      accepted = atLineStart && (kind === 'base' || SEPARATOR_END.test(after));
    } else if (atLineStart) {
      accepted = after === '' || /^\s/.test(after) || after.startsWith('<');
    } else {
      // Inside a span after other text: `…through this policy: <<<<<<< 标头</span>`.
      accepted = /\s$/.test(before) && INLINE_LABEL.test(after);
    }
    if (accepted) out.push({ kind, column: at + 1, text: `${run} ${labelOf(after)}`.trim() });
  }
  return out;
}

export const mergeConflictMarker: ArticleCheck = {
  scope: 'article',
  meta: {
    id: 'merge-conflict-marker',
    category: 'conflict',
    defaultSeverity: 'error',
    description: 'Git merge-conflict markers left in a published article.',
    messages: {
      block: 'Merge conflict left in the article (lines {start}–{end}): resolve it and remove the markers.',
      unclosed: 'Merge conflict starts here ({marker}) but is never closed with >>>>>>>.',
      stray: 'Stray merge-conflict marker {marker} outside any conflict block.',
    },
  },
  run({ parsed, report }) {
    const { lines, codeLines, setextUnderlines } = parsed;
    // Nearly every article has no run of seven marker characters anywhere: no line is looked at then.
    if (!hasRunOfSeven(parsed.text)) return;
    // A setext underline is `=======` under a paragraph line, unless a second front matter follows it (`---`, then
    // `title:`): a merge that duplicated the whole file and lost its `<<<<<<<` line.
    const frontMatterFollows = (n: number): boolean => {
      let k = n + 1;
      while (k <= lines.lineCount && k <= n + 3 && lines.lineText(k).trim() === '') k++;
      if (k >= lines.lineCount || !/^---\s*$/.test(lines.lineText(k))) return false;
      // Keys (and their indented or list continuations) up to a closing `---`: a front matter, not a rule and a note.
      let keys = 0;
      for (let j = k + 1; j <= lines.lineCount && j <= k + 60; j++) {
        const line = lines.lineText(j);
        if (/^---\s*$/.test(line)) return keys > 0;
        if (FRONT_MATTER_KEY.test(line)) keys++;
        else if (!/^\s+\S|^\s*-\s/.test(line)) return false;
      }
      return false;
    };
    let open: { line: number; column: number; text: string } | undefined;
    let closedOn = 0;
    let strayOn = 0;
    for (let n = 1; n <= lines.lineCount; n++) {
      if (codeLines.has(n)) continue;
      const markers = markersOnLine(lines.lineText(n));
      for (const m of markers) {
        if (m.kind === 'open') {
          if (open && open.line === n) continue; // the source half repeats the target's marker on the same line
          if (open) report({ messageId: 'unclosed', data: { marker: open.text }, line: open.line, column: open.column, actual: open.text, key: `unclosed:${open.text}` });
          open = { line: n, column: m.column, text: m.text };
        } else if (m.kind === 'close') {
          if (open) {
            report({
              messageId: 'block',
              data: { start: open.line, end: n },
              line: open.line,
              column: open.column,
              endLine: n,
              actual: open.text,
              key: `block:${open.text}:${m.text}`,
            });
            open = undefined;
            closedOn = n;
          } else if (closedOn !== n && strayOn !== n) {
            strayOn = n;
            report({ messageId: 'stray', data: { marker: m.text }, line: n, column: m.column, actual: m.text, key: `stray:${m.text}` });
          }
        } else if (m.kind === 'separator' && !open && (!setextUnderlines.has(n) || frontMatterFollows(n)) && strayOn !== n) {
          strayOn = n;
          report({ messageId: 'stray', data: { marker: m.text }, line: n, column: m.column, actual: m.text, key: `stray:${m.text}` });
        }
        // A `|||||||` outside a block is an empty table row, and inside one a diff3 base marker: neither is reported.
      }
    }
    if (open) report({ messageId: 'unclosed', data: { marker: open.text }, line: open.line, column: open.column, actual: open.text, key: `unclosed:${open.text}` });
  },
};
