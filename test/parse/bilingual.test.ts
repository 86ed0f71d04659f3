import { describe, expect, it } from 'vitest';
import { LT_PLACEHOLDER, blankFencedCode, extractHtml, neutralizeTextLessThan } from '../../src/parse/bilingual.js';

const pair = (id: string, t: string, s: string): string =>
  `<span data-ttu-id="${id}">${t}</span><span class="sxs-lookup"><span data-stu-id="${id}">${s}</span></span>`;

describe('extractHtml', () => {
  it('reads a `<` that is not raw HTML in Markdown as text, and gives it back in the segment text', () => {
    const text = `${pair('c-1', 'De : <SIP : 71@sbc1>', 'From: <SIP: 71@sbc1>')} ${pair('c-2', '\\<Add Key="x"', '\\<Add Key="x"')} ${pair('c-3', 'a <b>gras</b> <!-- c -->', 'a <b>bold</b>')}`;
    const { pairs, problems } = extractHtml(text);
    expect(problems).toEqual([]);
    expect(pairs.map((p) => [p.id, p.target, p.source])).toEqual([
      ['c-1', 'De : <SIP : 71@sbc1>', 'From: <SIP: 71@sbc1>'],
      ['c-2', '\\<Add Key="x"', '\\<Add Key="x"'],
      ['c-3', 'a gras ', 'a bold'],
    ]);
  });

  it('neutralizes only the `<` that do not start a tag, a comment or a declaration, keeping the length', () => {
    const P = LT_PLACEHOLDER;
    expect(neutralizeTextLessThan('<b>x</b> <SIP: 1> \\<i> a<3 <a href="x<y">z</a> <!-- c --> <!DOCTYPE html> <https://e.com>')).toBe(
      `<b>x</b> ${P}SIP: 1> \\${P}i> a${P}3 <a href="x<y">z</a> <!-- c --> <!DOCTYPE html> ${P}https://e.com>`,
    );
    expect(neutralizeTextLessThan('\\\\<b>')).toBe('\\\\<b>');
  });

  it('finds the pairs after an HTML sample with <script> and <title> in a fenced code block', () => {
    const text = `${pair('a-1', 'A', 'A')}\n\n\`\`\`HTML\n<title>x\n<script>var x = 1;\n\`\`\`\n\n${pair('a-2', 'B', 'B')}\n`;
    expect(extractHtml(text).pairs.map((p) => p.id)).toEqual(['a-1', 'a-2']);
  });

  it('finds the pairs after an unclosed <textarea> in prose', () => {
    const text = `Use <textarea> here.\n\n${pair('b-1', 'T', 'S')}\n`;
    expect(extractHtml(text).pairs.map((p) => p.id)).toEqual(['b-1']);
  });

  it('keeps offsets: the blanked text has the same length and line breaks', () => {
    const text = 'a\n```xml\n<unattend>\n```\nb\n';
    const blank = blankFencedCode(text);
    expect(blank.length).toBe(text.length);
    expect(blank.split('\n').length).toBe(text.split('\n').length);
    expect(blank).not.toContain('<unattend>');
  });

  it('does not take fences inside an HTML comment for code blocks', () => {
    const text = `<!--\n\`\`\`PowerShell\nSet-X\n\`\`\`  -->\n\n${pair('c-1', 'T', 'S')}\n`;
    expect(extractHtml(text).pairs.map((p) => p.id)).toEqual(['c-1']);
  });
});
