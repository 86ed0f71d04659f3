import { linkMismatch } from '../../src/checks/link-mismatch.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

const doc = (locale: string, body: string): string => `${fm(locale)}\n${body}\n`;
// Line of the body in `doc`: front matter (4 lines) + a blank line.
const L = 6;

testCheck(linkMismatch, {
  valid: [
    { name: 'the same URL in target and source', files: {
      'fr-FR/a.md': doc('fr-FR', pair('a', 'Voir [la documentation](https://docs.microsoft.com/skype/setup).', 'See [the docs](https://docs.microsoft.com/skype/setup).')),
    } },
    { name: 'a URL localized on purpose (/en-us/ → /fr-fr/)', files: {
      'fr-FR/a.md': doc('fr-FR', pair('a', 'Voir [la page](https://support.office.com/fr-fr/article/setup).', 'See [the page](https://support.office.com/en-us/article/setup).')),
    } },
    { name: 'same relative link and image, no links at all elsewhere', files: {
      'de-DE/a.md': doc('de-DE', `${pair('a', 'Siehe [Planung](plan.md) ![Bild](img/a.png)', 'See [Planning](plan.md) ![Image](img/a.png)')}\n\n${pair('b', 'Kein Link.', 'No link.')}`),
    } },
    { name: 'an image whose translated title holds its quotes as character references (&quot;), as ru-ru writes them', files: {
      'ru-ru/a.md': doc('ru-RU', pair('a', '![Вкладка "Юридические лица"](./media/legal-entities-cons.png "Вкладка &quot;Юридические лица&quot;")', '![Legal entities tab](./media/legal-entities-cons.png "Legal entities tab")')),
    } },
    { name: 'a link whose text holds balanced brackets, as ja-JP writes UI labels', files: {
      'ja-JP/a.md': doc('ja-JP', pair('a', '[[別の国または地域を検索]](country.md)', '[Search for another country or region](country.md)')),
    } },
  ],
  invalid: [
    {
      name: 'an image whose translated title holds literal quotes: the title ends early and the image is text',
      files: { 'zh-CN/a.md': doc('zh-CN', pair('a', '![选择 URL](media/no-at-mentions.png ""选择 URL" 对话框")', '![Choose URL](media/no-at-mentions.png "Choose URL dialog")')) },
      errors: [{ messageId: 'dropped', path: 'zh-CN/a.md', line: L, expected: 'media/no-at-mentions.png' }],
    },
    {
      name: 'a link whose brackets are references (&#91;…&#93;) is not a link',
      files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Voir &#91;Planification&#93;(plan.md).', 'See [Planning](plan.md).')) },
      errors: [{ messageId: 'dropped', path: 'fr-FR/a.md', line: L, expected: 'plan.md' }],
    },
    {
      name: 'a URL changed',
      files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Voir [la page](https://x.contoso.com/b).', 'See [the page](https://x.contoso.com/a).')) },
      errors: [{ messageId: 'changed', path: 'fr-FR/a.md', line: L, actual: 'https://x.contoso.com/b', expected: 'https://x.contoso.com/a', severity: 'error' }],
    },
    {
      name: 'a link dropped',
      files: { 'zh-CN/a.md': doc('zh-CN', pair('a', '请参阅规划。', 'See [Planning](plan.md).')) },
      errors: [{ messageId: 'dropped', path: 'zh-CN/a.md', line: L, expected: 'plan.md' }],
    },
    {
      name: 'a link added',
      files: { 'ja-JP/a.md': doc('ja-JP', `${pair('a', 'はじめに', 'Intro')}\n\n${pair('b', '[計画](plan.md) を参照してください。', 'See Planning.')}`) },
      errors: [{ messageId: 'added', path: 'ja-JP/a.md', line: L + 2, actual: 'plan.md' }],
    },
    {
      name: 'a link the English half lost its "]" for (the English is the altered form): source, not translation',
      files: { 'ru-ru/a.md': doc('ru-RU', pair('a', 'См. [Мастер корректировки](#adjust-cost).', 'See [Adjust cost wizard(#adjust-cost).')) },
      errors: [{ messageId: 'added', path: 'ru-ru/a.md', line: L, actual: '#adjust-cost', origin: 'source' }],
    },
    {
      name: 'a link added where the English has the same URL as a bare word (not broken markup): translation',
      files: { 'ru-ru/a.md': doc('ru-RU', pair('a', 'См. [мастер](#adjust-cost).', 'See the wizard (#adjust-cost is its anchor).')) },
      errors: [{ messageId: 'added', path: 'ru-ru/a.md', line: L, actual: '#adjust-cost', origin: 'translation' }],
    },
    {
      name: 'an image dropped while the link is kept',
      files: { 'es-ES/a.md': doc('es-ES', pair('a', 'Vea [Plan](plan.md).', 'See [Plan](plan.md) ![Image](img/a.png).')) },
      errors: [{ messageId: 'dropped', path: 'es-ES/a.md', line: L, expected: 'img/a.png' }],
    },
  ],
});
