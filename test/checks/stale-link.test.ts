import { staleLink } from '../../src/checks/stale-link.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

const doc = (locale: string, body: string, handoff?: string): string =>
  `${fm(locale, handoff ? { 'ms.lasthandoff': handoff } : {})}\n${body}\n`;
// Body line: front matter (4 lines) + a blank line; one more with ms.lasthandoff.
const L = 6;
const LH = 7;

const sentence = (locale: string, target: string, url: string, handoff: string): string =>
  doc(locale, `${pair('a', 'Intro.', 'Intro.')}\n\n${pair('b', `${target} [Contoso](${url}).`, `See [Contoso](${url}).`)}`, handoff);

testCheck(staleLink, {
  valid: [
    { name: 'every revision links the same https URL', files: {
      'fr-FR/a.md': sentence('fr-FR', 'Voir', 'https://x.contoso.com/a', '06/10/2020'),
      'de-DE/a.md': sentence('de-DE', 'Siehe', 'https://x.contoso.com/a', '03/07/2019'),
    } },
    { name: 'a URL localized on purpose in an older revision is the same page', files: {
      'fr-FR/a.md': sentence('fr-FR', 'Voir', 'https://support.office.com/fr-fr/article/a', '06/10/2020'),
      'de-DE/a.md': sentence('de-DE', 'Siehe', 'https://support.office.com/de-de/article/a', '03/07/2019'),
    } },
    { name: 'an /en-us/ link in an en-US article', files: {
      'en-US/a.md': doc('en-US', '[Contoso](https://support.office.com/en-us/article/a)'),
    } },
    { name: 'a link carrying the article’s own locale', files: {
      'zh-CN/a.md': doc('zh-CN', '[Contoso](https://support.office.com/zh-cn/article/a)'),
    } },
    { name: 'http:// with no https:// link to the same host', files: {
      'fr-FR/a.md': doc('fr-FR', '[Contoso](http://x.contoso.com/a) [Fabrikam](https://fabrikam.com/)'),
    } },
    { name: 'a retired host that the option no longer lists', options: { retiredHosts: ['old.contoso.com'] }, files: {
      'fr-FR/a.md': doc('fr-FR', '[TechNet](https://technet.microsoft.com/library/a)'),
    } },
  ],
  invalid: [
    {
      name: 'an older revision’s source links http://x/a where the newest links https://x/a',
      files: {
        'fr-FR/a.md': sentence('fr-FR', 'Voir', 'https://x.contoso.com/a', '06/10/2020'),
        'de-DE/a.md': sentence('de-DE', 'Siehe', 'http://x.contoso.com/a', '03/07/2019'),
      },
      errors: [{ messageId: 'outdated', path: 'de-DE/a.md', line: LH + 2, actual: 'http://x.contoso.com/a', expected: 'https://x.contoso.com/a', severity: 'warning' }],
    },
    {
      name: 'an http:// link to a host linked with https:// elsewhere',
      files: { 'fr-FR/a.md': doc('fr-FR', '[A](https://x.contoso.com/a)\n\n[B](http://x.contoso.com/b)') },
      errors: [{ messageId: 'insecure', path: 'fr-FR/a.md', line: L + 2, actual: 'http://x.contoso.com/b', expected: 'https://x.contoso.com/b' }],
    },
    {
      name: 'an /en-us/ link in a zh-CN article',
      files: {
        'zh-CN/a.md': doc('zh-CN', pair('a', '请参阅 [页面](https://support.office.com/en-us/article/a)。', 'See [the page](https://support.office.com/en-us/article/a).')),
        'en-US/a.md': doc('en-US', '[The page](https://support.office.com/en-us/article/a)'),
      },
      errors: [{ messageId: 'foreign-locale', path: 'zh-CN/a.md', line: L, actual: 'https://support.office.com/en-us/article/a', expected: 'https://support.office.com/article/a' }],
    },
    {
      name: 'a link to technet.microsoft.com (retired wins over foreign-locale on the same link)',
      files: { 'fr-FR/a.md': doc('fr-FR', 'Intro.\n\n[TechNet](https://technet.microsoft.com/en-us/library/a)') },
      errors: [{ messageId: 'retired-host', path: 'fr-FR/a.md', line: L + 2, actual: 'https://technet.microsoft.com/en-us/library/a' }],
    },
    {
      name: 'an <a href> to a retired host in both halves of a pair: the English has it (issue 18 item 5)',
      files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Voir <a href="https://technet.microsoft.com/library/a">TechNet</a>.', 'See <a href="https://technet.microsoft.com/library/a">TechNet</a>.')) },
      errors: [{ messageId: 'retired-host', path: 'fr-FR/a.md', line: L, actual: 'https://technet.microsoft.com/library/a', origin: 'source' }],
    },
    {
      name: 'an <a href> to a retired host that only the translation has: the translation\'s',
      files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Voir <a href="https://technet.microsoft.com/library/a">TechNet</a>.', 'See TechNet.')) },
      errors: [{ messageId: 'retired-host', path: 'fr-FR/a.md', line: L, actual: 'https://technet.microsoft.com/library/a', origin: 'translation' }],
    },
    {
      name: 'a host listed in retiredHosts',
      options: { retiredHosts: ['old.contoso.com'] },
      files: { 'fr-FR/a.md': doc('fr-FR', '[Old](https://old.contoso.com/a)') },
      errors: [{ messageId: 'retired-host', path: 'fr-FR/a.md', line: L, actual: 'https://old.contoso.com/a' }],
    },
  ],
});
