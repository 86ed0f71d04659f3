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
    // Issue 18 item 5: HTML links inside a pair are compared like Markdown links.
    ...[
      ['the same <a href> in both halves', 'Voir <a href="plan.md">la planification</a>.', 'See <a href="plan.md">planning</a>.'],
      ['the same <img src> in both halves', 'Cliquez <img src="media/icon.png" alt="icône"> ici.', 'Click <img src="media/icon.png" alt="icon"> here.'],
      ['an HTML image in one half and a Markdown image in the other', 'Cliquez ![icône](media/icon.png) ici.', 'Click <img src="media/icon.png" alt="icon"> here.'],
      ['two HTML links in another order', 'Voir <a href="b.md">B</a> puis <a href="a.md">A</a>.', 'See <a href="a.md">A</a> then <a href="b.md">B</a>.'],
      ['an <a name> anchor with no href in both halves', '<a name="x"></a>Étape', '<a name="x"></a>Step'],
    ].map(([name, target, source]) => ({ name: name as string, files: { 'fr-FR/a.md': doc('fr-FR', pair('a', target as string, source as string)) } })),
    { name: 'an HTML link outside the pairs is not compared', files: {
      'fr-FR/a.md': doc('fr-FR', `<a href="a.md">${pair('a', 'Texte', 'Text')}</a>`),
    } },
  ],
  invalid: [
    // Issue 18 item 5: HTML links inside a pair.
    ...[
      ['an <a href> changed', 'Voir <a href="planification.md">la planification</a>.', 'See <a href="plan.md">planning</a>.', 'changed', 'planification.md', 'plan.md'],
      ['an <a href> whose quotes became « » (no longer a tag)', 'Voir <a href=« page.html »>la page</a>.', 'See <a href="page.html">the page</a>.', 'changed', '« page.html »', 'page.html'],
      ['an <a href> whose quotes became “ ”', 'Siehe <a href=“page.html”>Seite</a>.', 'See <a href="page.html">the page</a>.', 'changed', '“page.html”', 'page.html'],
      ['an <img src> changed', 'Cliquez <img src="media/icone.png"> ici.', 'Click <img src="media/icon.png"> here.', 'changed', 'media/icone.png', 'media/icon.png'],
      ['an <a href> dropped', 'Voir la planification.', 'See <a href="plan.md">planning</a>.', 'dropped', undefined, 'plan.md'],
      ['an <img src> dropped', 'Cliquez ici.', 'Click <img src="media/icon.png"> here.', 'dropped', undefined, 'media/icon.png'],
      ['an <a href> added', 'Voir <a href="plan.md">la planification</a>.', 'See planning.', 'added', 'plan.md', undefined],
    ].map(([name, target, source, messageId, actual, expected]) => ({
      name: name as string,
      files: { 'fr-FR/a.md': doc('fr-FR', pair('a', target as string, source as string)) },
      errors: [{ messageId: messageId as string, path: 'fr-FR/a.md', line: L, ...(actual ? { actual } : {}), ...(expected ? { expected } : {}) }],
    })),
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
