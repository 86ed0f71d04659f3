import { tableDivergence } from '../../src/checks/table-divergence.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

type Row = [string, string, string, string];
const table = (locale: string, rows: Row[], handoff = '01/01/2020', columns = 2): string =>
  `${fm(locale, { 'ms.lasthandoff': handoff })}\n|${pair('h-1', '**Type**', '**Data type**')}|${pair('h-2', '**Exemple**', '**Example**')}|${columns === 3 ? `${pair('h-3', '**Notes**', '**Notes**')}|` : ''}\n|:--|:--|${columns === 3 ? ':--|' : ''}\n${rows
    .map(([kt, ks, vt, vs], i) => `|${pair(`r-${i}`, kt, ks)}  <br/> |${pair(`v-${i}`, vt, vs)}  <br/> |${columns === 3 ? '|' : ''}`)
    .join('\n')}\n`;

// A table of four columns (header Name format | Search type | Example | Search result), one row per [target, source, example].
const fourColumns = (locale: string, header: string[], rows: [string, string, string][]): string =>
  `${fm(locale)}\n|${header.map((h, i) => pair(`h-${i}`, h, h)).join('|')}|\n|:-----|:-----|:-----|:-----|\n${rows
    .map(([t, s, e], i) => `|${pair(`k-${i}`, t, s)} |${pair(`t-${i}`, 'Complet', 'Full')} |${pair(`e-${i}`, e, e)} |${pair(`r-${i}`, 'Résultat', 'Result')} |`)
    .join('\n')}\n`;
const NAME_FORMAT = ['Name format', 'Search type', 'Example', 'Search result'];
const CQD = ['Column name', 'Data type', 'Example', 'Guidance'];

const good: Row[] = [
  ['AppName', 'AppName', 'iPhoneSkype', 'iPhoneSkype'],
  ['Message direction', 'Message direction', 'Incoming', 'Incoming'],
  ['UserID', 'UserID', 'amosmarble', 'amosmarble'],
];

testCheck(tableDivergence, {
  valid: [
    { name: 'identifiers kept, prose names translated, same rows everywhere', files: {
      'fr-FR/a.md': table('fr-FR', [good[0] as Row, ['Direction du message', 'Message direction', 'Entrant', 'Incoming'], good[2] as Row]),
      'de-DE/a.md': table('de-DE', good),
    } },
    { name: 'an allow-listed identifier may be translated', options: { identifierAllowlist: ['AppName'] }, files: {
      'zh-CN/a.md': table('zh-CN', [['应用程序名称', 'AppName', 'iPhoneSkype', 'iPhoneSkype']]),
    } },
    { name: 'a row only an older revision has (the newer source dropped it)', files: {
      'es-ES/a.md': table('es-ES', good, '03/07/2019'),
      'pt-BR/a.md': table('pt-BR', good.slice(0, 2), '06/10/2020'),
    } },
    { name: 'a column of name formats (dial by name): FirstName, LastName recur in its cells and are words, rightly translated', files: {
      'fr-FR/a.md': fourColumns('fr-FR', NAME_FORMAT, [
        ['Prénom + nom', 'FirstName + LastName', 'Amos0Marble#'],
        ['Nom + prénom', 'LastName + FirstName', 'Marble0Amos#'],
        ['Prénom', 'FirstName', 'Amos#'],
        ['Ln', 'LastName', 'Marble#'],
      ]),
    } },
  ],
  invalid: [
    {
      name: 'a column name translated among column names kept (CQD building file)',
      files: {
        'fr-FR/a.md': fourColumns('fr-FR', CQD, [
          ['NetworkIP', 'NetworkIP', '10.1.2.0'],
          ['Nom réseau', 'NetworkName', 'USA/Seattle/SEATTLE-SEA-1'],
          ['NetworkRange', 'NetworkRange', '26'],
        ]),
      },
      errors: [{ messageId: 'identifier-translated', path: 'fr-FR/a.md', line: 9, expected: 'NetworkName', actual: 'Nom réseau' }],
    },
    {
      name: 'identifiers translated (AppName, UserID with a space)',
      files: { 'zh-CN/a.md': table('zh-CN', [['应用程序名称', 'AppName', 'iPhoneSkype', 'iPhoneSkype'], ['用户 Id', 'UserID', 'amosmarble', 'amosmarble']]) },
      errors: [
        { messageId: 'identifier-translated', path: 'zh-CN/a.md', line: 9, expected: 'AppName', actual: '应用程序名称' },
        { messageId: 'identifier-translated', path: 'zh-CN/a.md', line: 10, expected: 'UserID', actual: '用户 Id' },
      ],
    },
    {
      name: 'a row that the other locales (as new or newer) have',
      files: {
        'de-DE/a.md': table('de-DE', good),
        'fr-FR/a.md': table('fr-FR', good),
        'ja-JP/a.md': table('ja-JP', [good[0] as Row, good[2] as Row]),
      },
      errors: [{ messageId: 'row-missing', path: 'ja-JP/a.md', line: 7, expected: 'message direction' }],
    },
    {
      name: 'a column dropped in one locale',
      files: {
        'de-DE/a.md': table('de-DE', good, '01/01/2020', 3),
        'fr-FR/a.md': table('fr-FR', good, '01/01/2020', 3),
        'ja-JP/a.md': table('ja-JP', good, '01/01/2020', 2),
      },
      errors: [{ messageId: 'column-count', path: 'ja-JP/a.md', line: 7, actual: '2', expected: '3' }],
    },
  ],
});

// Value cells: a table `Column | Data type | Allowed` whose rows are [name, type, flag, details]; each locale gives its
// target per cell ([type, flag, details]), the English is fixed.
const VALUE_HEADER = ['Column', 'Data type', 'Allowed', 'Details'];
const valueRows: [string, string, string, string][] = [
  ['SessionSeq', 'int', 'Y', 'Referenced from the MediaLine table of the database.'],
  ['CallerInside', 'tinyint', 'N', 'Whether the caller is inside the enterprise network.'],
  ['Size', '8 GB', 'Any', 'The size of the media buffer of the caller.'],
];
const valueTable = (locale: string, targets: Partial<Record<string, string>> = {}): string =>
  `${fm(locale)}\n|${VALUE_HEADER.map((h, i) => pair(`h-${i}`, h, h)).join('|')}|\n|:--|:--|:--|:--|\n${valueRows
    .map((row, r) => `|${row.map((s, c) => pair(`c-${r}-${c}`, targets[`${r}:${c}`] ?? (c === 3 ? `[${locale}] ${s}` : s), s)).join('|')}|`)
    .join('\n')}\n`;

// A two-column table of details (Details | Description) whose description column is mostly words: [yes, code, n/a]
// as each locale writes them; the English is `Yes`, the code and `Not applicable`.
const detailsTable = (locale: string, [yes, code, na]: [string, string, string], english = 'BZ'): string =>
  `${fm(locale)}\n|${pair('h-0', 'Details', 'Details')}|${pair('h-1', 'Description', 'Description')}|\n|:--|:--|\n${[
    ['Is calling available?', yes, 'Yes'],
    ['Country/region ISO code', code, english],
    ['Island/territory covered', na, 'Not applicable'],
  ].map(([k, t, s], r) => `|${pair(`k-${r}`, `[${locale}] ${k}`, k as string)}|${pair(`d-${r}`, t as string, s as string)}|`).join('\n')}\n`;

testCheck(tableDivergence, {
  valid: [
    { name: 'a column of words with a code cell changed by one locale, no locale of another script to witness it', files: {
      'de-DE/d.md': detailsTable('de-DE', ['Ja', 'Bv', 'Nicht zutreffend']),
      'fr-FR/d.md': detailsTable('fr-FR', ['Oui', 'BZ', 'Non applicable']),
      'es-ES/d.md': detailsTable('es-ES', ['Sí', 'BZ', 'No aplicable']),
    } },
    { name: 'a column of words with a name translated into a cognate of another form (Siren → Sirene), ja and zh keeping it', files: {
      'de-DE/d.md': detailsTable('de-DE', ['Ja', 'Sirene', 'Nicht zutreffend'], 'Siren'),
      'fr-FR/d.md': detailsTable('fr-FR', ['Oui', 'Siren', 'Non applicable'], 'Siren'),
      'ja-JP/d.md': detailsTable('ja-JP', ['はい', 'Siren', '該当なし'], 'Siren'),
      'zh-CN/d.md': detailsTable('zh-CN', ['是', 'Siren', '不适用'], 'Siren'),
    } },
    { name: 'a column of words with a one-letter flag written as the locale’s letter (Y → S), ja and zh keeping it', files: {
      'es-ES/d.md': detailsTable('es-ES', ['Sí', 'S', 'No aplicable'], 'Y'),
      'fr-FR/d.md': detailsTable('fr-FR', ['Oui', 'Y', 'Non applicable'], 'Y'),
      'ja-JP/d.md': detailsTable('ja-JP', ['はい', 'Y', '該当なし'], 'Y'),
      'zh-CN/d.md': detailsTable('zh-CN', ['是', 'Y', '不适用'], 'Y'),
    } },
    { name: 'value cells kept everywhere, prose translated', files: {
      'de-DE/v.md': valueTable('de-DE'), 'fr-FR/v.md': valueTable('fr-FR'), 'es-ES/v.md': valueTable('es-ES'),
    } },
    { name: 'only two locales have the table: no witness', files: {
      'de-DE/v.md': valueTable('de-DE'), 'es-ES/v.md': valueTable('es-ES', { '0:2': 'v' }),
    } },
    { name: 'a prose cell (more than three words) one locale words otherwise', files: {
      'de-DE/v.md': valueTable('de-DE', { '0:3': 'Referenced from the MediaLine table of the database.' }),
      'fr-FR/v.md': valueTable('fr-FR', { '0:3': 'Referenced from the MediaLine table of the database.' }),
      'es-ES/v.md': valueTable('es-ES'),
    } },
    { name: 'a unit the locale abbreviates its way (8 GB → 8 Go, CLDR)', files: {
      'de-DE/v.md': valueTable('de-DE'), 'fr-FR/v.md': valueTable('fr-FR', { '2:1': '8 Go' }), 'es-ES/v.md': valueTable('es-ES'),
    } },
    { name: 'a column the locales translate, each in its words (Any, N): one more translated cell is a translation', files: {
      'de-DE/v.md': valueTable('de-DE', { '1:2': 'Nein', '2:2': 'Beliebig' }),
      'fr-FR/v.md': valueTable('fr-FR', { '1:2': 'Non', '2:2': 'Tout' }),
      'es-ES/v.md': valueTable('es-ES', { '0:2': 'S' }),
      'pt-BR/v.md': valueTable('pt-BR', { '1:2': 'Não', '2:2': 'Qualquer' }),
    } },
    { name: 'a plain word kept by Latin-script locales alike, written in its script by the one non-Latin locale', files: {
      'de-DE/v.md': valueTable('de-DE'), 'fr-FR/v.md': valueTable('fr-FR'), 'ja-JP/v.md': valueTable('ja-JP', { '2:2': '任意' }),
    } },
  ],
  invalid: [
    {
      name: 'a column of words with a code cell changed by one locale (BZ → Bv) that ja and zh keep: no translation',
      files: {
        'de-DE/d.md': detailsTable('de-DE', ['Ja', 'Bv', 'Nicht zutreffend']),
        'fr-FR/d.md': detailsTable('fr-FR', ['Oui', 'BZ', 'Non applicable']),
        'ja-JP/d.md': detailsTable('ja-JP', ['はい', 'BZ', '該当なし']),
        'zh-CN/d.md': detailsTable('zh-CN', ['是', 'BZ', '不适用']),
      },
      errors: [{ messageId: 'value-changed', path: 'de-DE/d.md', line: 9, actual: 'Bv', expected: 'BZ' }],
    },
    {
      name: 'a one-letter value changed in one locale (Y → v) and a type translated (tinyint → entero)',
      files: {
        'de-DE/v.md': valueTable('de-DE'),
        'es-ES/v.md': valueTable('es-ES', { '0:2': 'v', '1:1': 'entero' }),
        'fr-FR/v.md': valueTable('fr-FR'),
        'ja-JP/v.md': valueTable('ja-JP'),
      },
      errors: [
        { messageId: 'value-changed', path: 'es-ES/v.md', line: 8, actual: 'v', expected: 'Y', severity: 'warning', origin: 'translation' },
        { messageId: 'value-changed', path: 'es-ES/v.md', line: 9, actual: 'entero', expected: 'tinyint' },
      ],
    },
    {
      name: 'a plain word the other non-Latin locale keeps too (ja changes Any, zh keeps it)',
      files: {
        'de-DE/v.md': valueTable('de-DE'), 'fr-FR/v.md': valueTable('fr-FR'),
        'ja-JP/v.md': valueTable('ja-JP', { '2:2': '任意' }), 'zh-CN/v.md': valueTable('zh-CN'),
      },
      errors: [{ messageId: 'value-changed', path: 'ja-JP/v.md', line: 10, actual: '任意', expected: 'Any' }],
    },
  ],
});
