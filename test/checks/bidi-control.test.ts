import { describe, expect, it } from 'vitest';
import { bidiControl, strayControls, unpaired } from '../../src/checks/bidi-control.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

const ar = (body: string): string => `${fm('ar-SA')}\n${body}\n`;
const RLE = '\u202b';
const PDF = '\u202c';
const RLM = '\u200f';

testCheck(bidiControl, {
  valid: [
    { name: 'an embedding opened and closed around a label', files: { 'ar-SA/a.md': ar(pair('a-1', `افتح ${RLE}صفحة الإعدادات${PDF} الآن.`, 'Open the settings page now.')) } },
    {
      // One paragraph, two sentences: the embedding opened in the first closes at the end of the second (dyn365 accruals-overview.md).
      name: 'an embedding that opens in one sentence of a paragraph and closes in the next',
      files: { 'ar-SA/a.md': ar(`${pair('a-1', `${RLE}وبعد إجراء التحديدات.`, 'After the selections.')} ${pair('a-2', `1000 لكل شهر.${PDF}`, '1000 per month.')}`) },
    },
    { name: 'a mark between Arabic words and before a number', files: { 'ar-SA/a.md': ar(pair('a-1', `${RLM}تم التحديث في 2020.`, 'Updated in 2020.')) } },
  ],
  invalid: [
    {
      name: 'a control inside a URL, inside inline code and between the characters of an identifier',
      files: {
        'ar-SA/a.md': ar(
          [
            pair('a-1', `راجع [الصفحة](media/pfe-config${PDF}.png).`, 'See [the page](media/pfe-config.png).'),
            pair('a-2', `شغّل \`Get-${RLM}Item\` الآن.`, 'Run `Get-Item` now.'),
            pair('a-3', `القيمة RTIR${PDF}X هنا.`, 'The value RTIRX here.'),
          ].join('\n\n'),
        ),
      },
      errors: [
        // The stray PDFs pair with nothing either: the article's one note counts both segments.
        { messageId: 'unpaired', path: 'ar-SA/a.md', line: 6, severity: 'info' },
        { messageId: 'inside-token', path: 'ar-SA/a.md', line: 6, actual: 'a/pfe-config<PDF>.png).' },
        { messageId: 'inside-token', path: 'ar-SA/a.md', line: 8 },
        { messageId: 'inside-token', path: 'ar-SA/a.md', line: 10, actual: 'القيمة RTIR<PDF>X هنا.' },
      ],
    },
    {
      name: 'embeddings that do not pair up: one note per article, at the first, counting the segments',
      files: { 'ar-SA/a.md': ar([pair('a-1', `${RLM}${RLE}تعمل المعلمة.`, 'The parameter works.'), pair('a-2', `مرشد التحسين${PDF}`, 'Optimization advisor')].join('\n\n')) },
      errors: [{ messageId: 'unpaired', path: 'ar-SA/a.md', line: 6, severity: 'info' }],
    },
    {
      // The excerpt used to centre on the first control of the segment (an ordinary RLM), not on the stray one.
      name: 'the note quotes the control that pairs with nothing, not the first mark of the segment',
      files: { 'ar-SA/a.md': ar(pair('a-1', `من ${RLM}حركات المسار${PDF} هنا`, 'of the route transactions here')) },
      errors: [{ messageId: 'unpaired', path: 'ar-SA/a.md', line: 6, actual: 'حركات المسار<PDF> هنا', severity: 'info' }],
    },
  ],
});

describe('unpaired', () => {
  it('counts openers left open and closers without an opener, embeddings and isolates apart', () => {
    expect(unpaired(`${RLE}a${PDF}`)).toBe(0);
    expect(unpaired(`${RLE}a`)).toBe(1);
    expect(unpaired(`a${PDF}`)).toBe(1);
    expect(unpaired('\u2067a\u2069')).toBe(0);
    expect(unpaired(`\u2067a${PDF}`)).toBe(2);
  });
  it('pairs an opener of one text with a closer of the next when read as one paragraph', () => {
    expect(strayControls([`${RLE}a`, `b${PDF}`])).toEqual([]);
    expect(strayControls([`a${PDF}`, `${RLE}b`])).toEqual([{ text: 0, index: 1 }, { text: 1, index: 0 }]);
  });
});
