// table-divergence/value-changed: a locale's own wording of a cell is no changed value (issue #22, judged false on the
// real Teams pair: `TBA` → `Por añadir`, `URL` → `Dirección URL`).
import { tableDivergence } from '../../src/checks/table-divergence.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

// A two-column table (Name | Type): the value under test on line 8, then types every locale keeps, and `string`, which
// every locale translates its own way (a column of values the locales translate in places).
const STRING: Record<string, string> = { 'de-DE': 'Zeichenfolge', 'fr-FR': 'chaîne', 'es-ES': 'cadena', 'ja-JP': '文字列', 'pt-BR': 'cadeia' };
const typeTable = (locale: string, value: string, english: string, translates = true): string =>
  `${fm(locale)}\n|${pair('h-0', 'Name', 'Name')}|${pair('h-1', 'Type', 'Type')}|\n|:--|:--|\n${[
    [value, english],
    [translates ? (STRING[locale] as string) : 'string', 'string'],
    ['int', 'int'],
    ['bool', 'bool'],
    ['guid', 'guid'],
    ['datetime', 'datetime'],
  ].map(([t, e], r) => `|${pair(`k-${r}`, `[${locale}] Field ${r}`, `Field ${r}`)}|${pair(`d-${r}`, t as string, e as string)}|`).join('\n')}\n`;
const kept = (locale: string, english: string): string => typeTable(locale, english, english);

testCheck(tableDivergence, {
  valid: [
    { name: 'a placeholder written in the locale\'s words (TBA → Por añadir)', files: {
      'de-DE/t.md': kept('de-DE', 'TBA'), 'fr-FR/t.md': kept('fr-FR', 'TBA'), 'es-ES/t.md': typeTable('es-ES', 'Por añadir', 'TBA'), 'ja-JP/t.md': kept('ja-JP', 'TBA'),
    } },
    { name: 'an acronym kept inside the locale\'s words (URL → Dirección URL) in a column it translates (string → cadena)', files: {
      'de-DE/t.md': kept('de-DE', 'URL'), 'fr-FR/t.md': kept('fr-FR', 'URL'), 'es-ES/t.md': typeTable('es-ES', 'Dirección URL', 'URL'), 'ja-JP/t.md': kept('ja-JP', 'URL'),
    } },
  ],
  invalid: [
    {
      name: 'the acronym itself replaced (URL → Dirección) is still a changed value',
      files: { 'de-DE/t.md': kept('de-DE', 'URL'), 'fr-FR/t.md': kept('fr-FR', 'URL'), 'es-ES/t.md': typeTable('es-ES', 'Dirección', 'URL'), 'ja-JP/t.md': kept('ja-JP', 'URL') },
      errors: [{ messageId: 'value-changed', path: 'es-ES/t.md', line: 8, actual: 'Dirección', expected: 'URL' }],
    },
    {
      name: 'a word added to a code in a column the locale keeps (BQ → BQ até) is still a changed value',
      files: { 'de-DE/t.md': kept('de-DE', 'BQ'), 'fr-FR/t.md': kept('fr-FR', 'BQ'), 'pt-BR/t.md': typeTable('pt-BR', 'BQ até', 'BQ', false), 'ja-JP/t.md': kept('ja-JP', 'BQ') },
      errors: [{ messageId: 'value-changed', path: 'pt-BR/t.md', line: 8, actual: 'BQ até', expected: 'BQ' }],
    },
  ],
});
