import { describe, expect, it } from 'vitest';
import { blankFencedCode, extractHtml } from '../../src/parse/bilingual.js';

const pair = (id: string, t: string, s: string): string =>
  `<span data-ttu-id="${id}">${t}</span><span class="sxs-lookup"><span data-stu-id="${id}">${s}</span></span>`;

describe('extractHtml', () => {
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
