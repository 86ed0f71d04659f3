// fact-mismatch: numbers and times a translation writes in its own words (issue #22, judged false on the real Teams
// pair): thousands spelled out (`nove mil`), a German compound (`neunstelligen`), a Japanese clock time (`11 時 02 分`).
import { factMismatch } from '../../src/checks/fact-mismatch.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

const doc = (locale: string, body: string): string => `${fm(locale)}\n${body}\n`;
// Line of the body in `doc`: front matter (4 lines) + a blank line.
const L = 6;

testCheck(factMismatch, {
  valid: [
    { name: 'thousands spelled out (9,000 → nove mil, 3,000 → trois mille, neuntausend)', files: {
      'pt-BR/a.md': doc('pt-BR', pair('a', 'Inclui nove mil minutos.', 'Includes 9,000 minutes.')),
      'fr-FR/a.md': doc('fr-FR', pair('a', 'Inclut trois mille minutes.', 'Includes 3,000 minutes.')),
      'de-DE/a.md': doc('de-DE', pair('a', 'Enthält neuntausend Minuten.', 'Includes 9,000 minutes.')),
    } },
    { name: 'a German compound that counts with its number (a 9 digit number → einer neunstelligen Nummer)', files: {
      'de-DE/a.md': doc('de-DE', pair('a', 'Geben Sie eine neunstellige Nummer ein.', 'Enter a 9 digit number.')),
    } },
    { name: 'a clock time with the Japanese hour word (11:02 AM → 午前 11 時 02 分)', files: {
      'ja-JP/a.md': doc('ja-JP', pair('a', '午前 11 時 02 分に開始しました。', 'At 11:02 AM it started.')),
    } },
    { name: 'a number before a superscript footnote mark (250¹, written 250&sup1;) is the number', files: {
      'pt-BR/a.md': doc('pt-BR', pair('a', 'Sujeito a um limite de objeto de 250&sup1;', 'Subject to a 250 object limit&sup1;')),
    } },
  ],
  invalid: [
    {
      name: 'a number continued by an ordinary digit (250 → 2501) is still changed or missing',
      files: { 'pt-BR/a.md': doc('pt-BR', pair('a', 'Sujeito a um limite de objeto de 2501', 'Subject to a 250 object limit')) },
      errors: [{ messageId: 'missing', path: 'pt-BR/a.md', line: L, expected: '250' }],
    },
    {
      name: 'another number of thousands spelled out (9,000 → oito mil) is still missing',
      files: { 'pt-BR/a.md': doc('pt-BR', pair('a', 'Inclui oito mil minutos.', 'Includes 9,000 minutes.')) },
      errors: [{ messageId: 'missing', path: 'pt-BR/a.md', line: L, expected: '9,000' }],
    },
    {
      name: 'a German compound of another number (9 digit → achtstellige) is still missing',
      files: { 'de-DE/a.md': doc('de-DE', pair('a', 'Geben Sie eine achtstellige Nummer ein.', 'Enter a 9 digit number.')) },
      errors: [{ messageId: 'missing', path: 'de-DE/a.md', line: L, expected: '9' }],
    },
    {
      name: 'another minute with the Japanese hour word (11:02 AM → 午前 11 時 12 分) is still missing',
      files: { 'ja-JP/a.md': doc('ja-JP', pair('a', '午前 11 時 12 分に開始しました。', 'At 11:02 AM it started.')) },
      errors: [{ messageId: 'missing', path: 'ja-JP/a.md', line: L, expected: '11:02 AM' }],
    },
  ],
});
