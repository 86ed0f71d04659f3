// Front matter with gray-matter: YAML errors and unclosed blocks become problems with a line, never exceptions.
import matter from 'gray-matter';
import type { ParseProblem } from '../model.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line of the closing `---`, 0 when there is no front matter. */
  endLine: number;
  problems: ParseProblem[];
}

// gray-matter would evaluate `---js` front matter as JavaScript: articles are untrusted, so only YAML is read.
const refuse = (): never => {
  throw new Error('only YAML front matter is read');
};
const options = { engines: { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse } };

function problem(messageId: string, data: Record<string, string | number>, line: number): ParseProblem {
  return { checkId: 'front-matter', messageId, data, line, column: 1, key: messageId };
}

const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/g;

export function parseFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { data: {}, endLine: 0, problems: [] };
  const firstLineEnd = text.search(/\r?\n|\r/);
  const firstLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  if (!firstLine.startsWith('---')) return none;
  const lang = firstLine.slice(3).trim();
  if (/^-/.test(lang)) return none; // a thematic break such as `-----`, not front matter
  // Only the lines up to the closing delimiter are split and handed to gray-matter, not the whole article.
  const lines: string[] = [];
  let close = -1;
  for (const m of text.matchAll(LINE)) {
    const line = m[1] as string;
    if (lines.length > 0 && /^(---|\.\.\.)\s*$/.test(line)) {
      close = lines.length;
      lines.push(line);
      break;
    }
    lines.push(line);
    if (m[2] === '') break;
  }
  if (close < 0) return { ...none, problems: [problem('unclosed', {}, 1)] };
  if (lang !== '' && lang !== 'yaml' && lang !== 'yml') {
    return { data: {}, endLine: close + 1, problems: [problem('language', { language: lang }, 1)] };
  }
  try {
    // Always pass an options object: without one gray-matter caches every file it has seen.
    const parsed = matter(`${lines.join('\n')}\n`, options);
    const data = parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data) ? parsed.data : {};
    return { data: data as Record<string, unknown>, endLine: close + 1, problems: [] };
  } catch (error) {
    const e = error as { reason?: string; message?: string; mark?: { line?: number } };
    // js-yaml reads from the line break after the opening `---`, so its 0-based line is already the file's line - 1.
    const line = typeof e.mark?.line === 'number' ? e.mark.line + 1 : 1;
    const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0] as string;
    return { data: {}, endLine: close + 1, problems: [problem('yaml', { reason }, Math.min(line, close + 1))] };
  }
}

/** `ms.lasthandoff` (MM/DD/YYYY) as an ISO date, or undefined. */
export function handoffDate(data: Record<string, unknown>): string | undefined {
  const raw = data['ms.lasthandoff'];
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString().slice(0, 10);
  if (typeof raw !== 'string') return undefined;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim());
  if (us) return `${us[3]}-${(us[1] as string).padStart(2, '0')}-${(us[2] as string).padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw.trim());
  return iso ? iso[0] : undefined;
}
