// Paired mode (issue #22): a translation-only article aligned block by block with its English article.
import { describe, expect, it } from 'vitest';
import { pairWithEnglish, unitsOf } from '../../src/parse/pair-align.js';
import { parseArticle } from '../../src/parse/article.js';

const fm = (locale: string): string => `---\ntitle: T\nms.contentlocale: ${locale}\n---\n`;
const EN = `${fm('en-US')}
# <a name="setup"></a>Set up the server

Run Set-CsUser with the version 8.3 and [the guide](guide.md).

- Open **Settings**.
- Select port 443.

| Name | Value |
|---|---|
| AppName | Teams |

\`\`\`powershell
Get-CsUser -Identity x
\`\`\`
`;
const DE = `${fm('de-DE')}
# <a name="setup"></a>Den Server einrichten

Führen Sie Set-CsUser mit der Version 8,3 und [dem Leitfaden](guide.md) aus.

- Öffnen Sie **Einstellungen**.
- Wählen Sie Port 443.

| Name | Wert |
|---|---|
| AppName | Teams |

\`\`\`powershell
Get-CsUser -Identity x
\`\`\`
`;

describe('pairWithEnglish', () => {
  it('pairs headings, paragraphs, list items and table cells on the translation\'s own lines; code and front matter stay', () => {
    const paired = pairWithEnglish(DE, EN);
    expect(paired.units).toBe(8);
    expect(paired.aligned).toBe(8);
    const lines = paired.text.split('\n');
    expect(lines.length).toBe(DE.split('\n').length);
    expect(lines[5]).toBe('# <a name="setup"></a><span data-ttu-id="lc-1">Den Server einrichten</span><span class="sxs-lookup"><span data-stu-id="lc-1">Set up the server</span></span>');
    expect(lines[9]).toContain('- <span data-ttu-id="lc-3">Öffnen Sie **Einstellungen**.</span><span class="sxs-lookup"><span data-stu-id="lc-3">Open **Settings**.</span></span>');
    expect(lines[17]).toBe('Get-CsUser -Identity x');
    expect(lines.slice(0, 4)).toEqual(DE.split('\n').slice(0, 4));
  });

  it('reads back as bilingual segments, each with the translation and its English', () => {
    const { article } = parseArticle({ bytes: Buffer.from(pairWithEnglish(DE, EN).text), path: 'de-DE/a.md', relPath: 'a.md', root: 0, locale: 'de-DE' });
    expect(article.segments.map((s) => [s.line, s.target, s.source])).toEqual([
      [6, 'Den Server einrichten', 'Set up the server'],
      [8, 'Führen Sie Set-CsUser mit der Version 8,3 und [dem Leitfaden](guide.md) aus.', 'Run Set-CsUser with the version 8.3 and [the guide](guide.md).'],
      [10, 'Öffnen Sie **Einstellungen**.', 'Open **Settings**.'],
      [11, 'Wählen Sie Port 443.', 'Select port 443.'],
      [13, 'Name', 'Name'],
      [13, 'Wert', 'Value'],
      [15, 'AppName', 'AppName'],
      [15, 'Teams', 'Teams'],
    ]);
  });

  it('a block the English does not have stays unpaired; the others still align around it', () => {
    const extra = DE.replace('- Wählen Sie Port 443.', '- Wählen Sie Port 443.\n\nEin Absatz, den das Englische nicht hat.');
    const paired = pairWithEnglish(extra, EN);
    expect(paired.units).toBe(9);
    expect(paired.aligned).toBe(8);
    expect(paired.text).toContain('\nEin Absatz, den das Englische nicht hat.\n');
  });

  it('an article without prose has no unit to pair: its code block is a code unit, never written as a pair', () => {
    expect(unitsOf('---\ntitle: x\n---\n\n```\ncode\n```\n').map((u) => [u.kind, u.text])).toEqual([['code', 'code']]);
  });
});
