import { describe, expect, it } from 'vitest';
import { unreadableFile } from '../../src/checks/unreadable-file.js';
import { activeRules, analyzeArticle } from '../../src/engine/engine.js';
import type { Article } from '../../src/model.js';
import { pair } from '../helpers/check-tester.js';

// These cases need raw bytes, so they call the engine directly instead of going through testCheck.
const rules = activeRules({ checks: {} }, [unreadableFile]);
const encoder = new TextEncoder();

function bytes(...parts: (string | readonly number[])[]): Uint8Array {
  const chunks = parts.map((p) => (typeof p === 'string' ? encoder.encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + 2 * text.length);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = endian === 'le' ? c & 0xff : c >> 8;
    out[3 + 2 * i] = endian === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}

function analyze(input: Uint8Array, maxBytes = 1e9): { article: Article; findings: { messageId: string; line: number; column: number; severity: string; message: string }[] } {
  const { article, findings } = analyzeArticle({ bytes: input, path: 'docs/a.md', relPath: 'a.md', root: 0 }, rules, maxBytes);
  return { article, findings: findings.map((f) => ({ messageId: f.messageId, line: f.line, column: f.column, severity: f.severity, message: f.message })) };
}

/** id, target, source, line, column, source line, source column. */
const segs = (a: Article) => a.segments.map((s) => [s.id, s.target, s.source, s.line, s.column, s.sourceLine, s.sourceColumn]);

describe('unreadable-file', () => {
  it('binary: a NUL byte (a PNG under a .md name); nothing else is read', () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], `\n${pair('p-1', 'x', 'y')}\n`);
    const { article, findings } = analyze(png);
    expect(findings).toEqual([
      { messageId: 'binary', line: 1, column: 1, severity: 'error', message: `Binary content (${png.length} bytes) in a file with a text name: not checked.` },
    ]);
    expect([article.segments, article.lineCount, article.bytes, article.locale]).toEqual([[], 0, png.length, 'und']);
  });

  it('binary: only the first 8 KiB are looked at', () => {
    expect(analyze(bytes('a'.repeat(8191), [0])).findings.map((f) => f.messageId)).toEqual(['binary']);
    expect(analyze(bytes('a'.repeat(8192), [0])).findings).toEqual([]);
  });

  it('invalid UTF-8: at the first bad byte, as in the documentation (bad8.md)', () => {
    const { findings } = analyze(bytes('# T\n\ncaf', [0xe9], '\n'));
    expect(findings).toEqual([
      { messageId: 'invalid-utf8', line: 3, column: 4, severity: 'error', message: 'Invalid UTF-8 at byte 8: the file was checked with the bad bytes replaced (U+FFFD).' },
    ]);
  });

  it('invalid UTF-8: the rest of the file is still parsed, with U+FFFD for the bad byte', () => {
    const input = bytes('# T\n\n', pair('a-1', 'é', 'e'), '\nLa caf', [0xe9], ' est ', pair('a-2', 'Deux', 'Two'), '\n\n', pair('a-3', 'Trois', 'Three'), '\n');
    const { article, findings } = analyze(input);
    // Byte 109: "# T\n\n" (5) + the first pair (97, é is 2 bytes) + "\n" (1) + "La caf" (6).
    expect(findings.map((f) => [f.messageId, f.line, f.column, f.message])).toEqual([
      ['invalid-utf8', 4, 7, 'Invalid UTF-8 at byte 109: the file was checked with the bad bytes replaced (U+FFFD).'],
    ]);
    expect(segs(article)).toEqual([
      ['a-1', 'é', 'e', 3, 1, 3, 58],
      ['a-2', 'Deux', 'Two', 4, 13, 4, 73],
      ['a-3', 'Trois', 'Three', 6, 1, 6, 62],
    ]);
    expect(article.headings.map((h) => h.source)).toEqual(['T']);
  });

  it('invalid UTF-8: offset counted after a UTF-8 BOM; column in UTF-16 units; a truncated sequence at the end', () => {
    expect(analyze(bytes([0xef, 0xbb, 0xbf], 'ab\ncd', [0xc3], 'x', [0xff], '\n')).findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [2, 3, 'Invalid UTF-8 at byte 5: the file was checked with the bad bytes replaced (U+FFFD).'],
    ]);
    expect(analyze(bytes('x😀', [0xff])).findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [1, 4, 'Invalid UTF-8 at byte 5: the file was checked with the bad bytes replaced (U+FFFD).'],
    ]);
    expect(analyze(bytes('aé', [0xe2, 0x82])).findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [1, 3, 'Invalid UTF-8 at byte 3: the file was checked with the bad bytes replaced (U+FFFD).'],
    ]);
  });

  it('invalid UTF-8 with CRLF line endings: at the right line and column', () => {
    expect(analyze(bytes('a\r\nb\r\nc', [0xff], '\r\n')).findings.map((f) => [f.messageId, f.line, f.column])).toEqual([['invalid-utf8', 3, 2]]);
  });

  it('invalid UTF-8 with lone CR line endings: at the right line and column (CR ends a line, as in LineIndex)', () => {
    expect(analyze(bytes('a\rb\rc', [0xff], '\r')).findings.map((f) => [f.messageId, f.line, f.column])).toEqual([['invalid-utf8', 3, 2]]);
  });

  it('UTF-16 LE with BOM: a warning, and the text is decoded and parsed', () => {
    const text = `---\nms.contentlocale: de-DE\n---\n# T\n\n${pair('u-1', 'Grüße 😀', 'Greetings')}\n`;
    const { article, findings } = analyze(utf16(text, 'le'));
    expect(findings).toEqual([
      {
        messageId: 'utf16',
        line: 1,
        column: 1,
        severity: 'warning',
        message: 'The file is UTF-16LE (with BOM); docs build tools expect UTF-8. It was checked after conversion.',
      },
    ]);
    expect(article.locale).toBe('de-DE');
    expect(segs(article)).toEqual([['u-1', 'Grüße 😀', 'Greetings', 6, 1, 6, 65]]);
  });

  it('UTF-16 BE with BOM: a warning, and the text is decoded and parsed', () => {
    const { article, findings } = analyze(utf16(`# T\r\n\r\n${pair('u-1', '你好', 'Hello')}\r\n`, 'be'));
    expect(findings).toEqual([
      {
        messageId: 'utf16',
        line: 1,
        column: 1,
        severity: 'warning',
        message: 'The file is UTF-16BE (with BOM); docs build tools expect UTF-8. It was checked after conversion.',
      },
    ]);
    expect(segs(article)).toEqual([['u-1', '你好', 'Hello', 3, 1, 3, 59]]);
  });

  it('a UTF-8 BOM: no finding, and the front matter after it is read', () => {
    const { article, findings } = analyze(bytes([0xef, 0xbb, 0xbf], `---\nms.contentlocale: pt-BR\n---\n# T\n\n${pair('b-1', 'Olá', 'Hello')}\n`));
    expect(findings).toEqual([]);
    expect(article.locale).toBe('pt-BR');
    expect(segs(article)).toEqual([['b-1', 'Olá', 'Hello', 6, 1, 6, 60]]);
  });

  it('too large: an error, and nothing is read', () => {
    const input = bytes(`# T\n\n${pair('t-1', 'x', 'y')}\n`);
    const { article, findings } = analyze(input, 50);
    expect(findings).toEqual([
      { messageId: 'too-large', line: 1, column: 1, severity: 'error', message: `The file is ${input.length} bytes, over the limit of 50: not checked.` },
    ]);
    expect([article.segments, article.lineCount, article.bytes]).toEqual([[], 0, input.length]);
    // The limit itself is allowed.
    expect(analyze(input, input.length).findings).toEqual([]);
  });

  it('CRLF line endings: no finding, segment lines and columns are right', () => {
    const { article, findings } = analyze(bytes(`# T\r\n\r\n${pair('c-1', 'Un', 'One')}\r\n\r\n${pair('c-2', 'Deux', 'Two')}\r\n`));
    expect(findings).toEqual([]);
    expect(article.lineCount).toBe(6);
    expect(segs(article)).toEqual([
      ['c-1', 'Un', 'One', 3, 1, 3, 59],
      ['c-2', 'Deux', 'Two', 5, 1, 5, 61],
    ]);
  });

  it('lone CR line endings: no finding, segment lines and columns are right', () => {
    const { article, findings } = analyze(bytes(`# T\r\r${pair('c-1', 'Un', 'One')}\r\r${pair('c-2', 'Deux', 'Two')}\r`));
    expect(findings).toEqual([]);
    expect(article.lineCount).toBe(6);
    expect(segs(article)).toEqual([
      ['c-1', 'Un', 'One', 3, 1, 3, 59],
      ['c-2', 'Deux', 'Two', 5, 1, 5, 61],
    ]);
    expect(article.headings).toEqual([{ depth: 1, line: 1, source: 'T', setext: false }]);
  });

  it('CRLF inside a pair that straddles lines', () => {
    const { article, findings } = analyze(
      bytes('a\r\n<span data-ttu-id="s-1">Un\r\ndeux</span>\r\n<span class="sxs-lookup"><span data-stu-id="s-1">One\r\ntwo</span></span>\r\n'),
    );
    expect(findings).toEqual([]);
    expect(article.segments.map((s) => [s.id, s.line, s.column, s.sourceLine, s.sourceColumn, s.endLine])).toEqual([['s-1', 2, 1, 4, 26, 5]]);
  });
});
