// table-divergence/value-changed: a locale's own wording of a cell is no changed value (issue #22, judged false on the
// real Teams pair: `TBA` → `Por añadir`, `URL` → `Dirección URL`).
import { tableDivergence } from '../../src/checks/table-divergence.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

// A two-column table (Name | Type): a row of prose and a row whose type is the value under test.
const typeTable = (locale: string, value: string, english: string): string =>
  `${fm(locale)}\n|${pair('h-0', 'Name', 'Name')}|${pair('h-1', 'Type', 'Type')}|\n|:--|:--|\n|${pair('k-0', `[${locale}] Owner`, 'Owner')}|${pair('d-0', value, english)}|\n`;

testCheck(tableDivergence, {
  valid: [
    { name: 'a placeholder written in the locale\'s words (TBA → Por añadir)', files: {
      'de-DE/t.md': typeTable('de-DE', 'TBA', 'TBA'), 'fr-FR/t.md': typeTable('fr-FR', 'TBA', 'TBA'),
      'es-ES/t.md': typeTable('es-ES', 'Por añadir', 'TBA'), 'ja-JP/t.md': typeTable('ja-JP', 'TBA', 'TBA'),
    } },
    { name: 'an acronym kept inside the locale\'s words (URL → Dirección URL)', files: {
      'de-DE/t.md': typeTable('de-DE', 'URL', 'URL'), 'fr-FR/t.md': typeTable('fr-FR', 'URL', 'URL'),
      'es-ES/t.md': typeTable('es-ES', 'Dirección URL', 'URL'), 'ja-JP/t.md': typeTable('ja-JP', 'URL', 'URL'),
    } },
  ],
  invalid: [
    {
      name: 'the acronym itself replaced (URL → Dirección) is still a changed value',
      files: {
        'de-DE/t.md': typeTable('de-DE', 'URL', 'URL'), 'fr-FR/t.md': typeTable('fr-FR', 'URL', 'URL'),
        'es-ES/t.md': typeTable('es-ES', 'Dirección', 'URL'), 'ja-JP/t.md': typeTable('ja-JP', 'URL', 'URL'),
      },
      errors: [{ messageId: 'value-changed', path: 'es-ES/t.md', line: 8, actual: 'Dirección', expected: 'URL' }],
    },
  ],
});
