import { brokenLink } from '../../src/checks/broken-link.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

const doc = (locale: string, body: string): string => `${fm(locale)}\n${body}\n`;
// Line of the body in `doc`: front matter (4 lines) + a blank line.
const L = 6;

// b.md: an explicit anchor and a bilingual heading whose English source gives the slug.
const target = (locale: string): string =>
  doc(locale, `<a name="setup-steps"></a>\n\n## ${pair('h', 'Configurer le serveur', 'Configure the server')}\n\n${pair('p', 'Texte.', 'Text.')}`);

testCheck(brokenLink, {
  valid: [
    { name: 'brackets and parentheses with a tag between them (<STRONG>[SIP:]</STRONG>(…)) are no link', files: {
      'ja-JP/a.md': doc('ja-JP', pair('a', '<STRONG>[SIP:]</STRONG>(コロンを含む "SIP:") を入力します。', 'Type <STRONG>SIP:</STRONG> (including the colon).')),
    } },
    { name: 'an anchor inside a bilingual pair', files: {
      'de-DE/a.md': '<span data-ttu-id="x-1"><a name="Reimage"> </a></span><span class="sxs-lookup"><span data-stu-id="x-1"><a name="Reimage"> </a></span></span>\n\nSee [below](#Reimage).\n',
    } },
    { name: 'an ignored image with a DocFX #lightbox fragment', options: { ignore: ['\\.png$'] }, files: {
      'de-DE/a.md': '![Shot](media/shot.png#lightbox)\n',
    } },
    { name: 'DocFX tab links are not anchors', files: { 'de-DE/a.md': '# [Nonprofit](#tab/nonprofit)\n\nText\n' } },
    { name: 'a link to a file in the same locale tree', files: {
      'fr-FR/a.md': doc('fr-FR', pair('a', 'Voir [B](b.md).', 'See [B](b.md).')),
      'fr-FR/b.md': target('fr-FR'),
    } },
    { name: 'anchors from <a name> and from the English slug of a bilingual heading', files: {
      'fr-FR/a.md': doc('fr-FR', '[Étapes](b.md#setup-steps)\n\n[Serveur](b.md#configure-the-server)'),
      'fr-FR/b.md': target('fr-FR'),
    } },
    { name: 'a fragment in the same article, and an image in a subfolder', files: {
      'fr-FR/a.md': doc('fr-FR', `## ${pair('h', 'Présentation', 'Overview')}\n\n[Haut](#overview) ![Image](media/x.png)`),
      'fr-FR/media/x.png': '',
    } },
    // Issue 18 item 6: ids as DocFX (Markdig's GitHub ids) and GitHub build them.
    ...[
      ['the second heading of the same text', '## Same\n\nText.\n\n## Same', '#same-1'],
      ['an emoji heading keeps its leading hyphen', '# 🚀 Emoji', '#-emoji'],
      ['runs of hyphens are not collapsed', '## Set up - step 1', '#set-up---step-1'],
      ['a percent-encoded fragment is decoded', '## Café', '#caf%C3%A9'],
      ['a bilingual heading: its rendered English', `## ${pair('h', 'titre valide avec _emphase_', 'valid heading with _emphasis_')}`, '#valid-heading-with-emphasis'],
      ['<a> with both name and id: the id counts', '<a name="old" id="new-id"></a>', '#new-id'],
      ['<a> with both name and id: the name counts', '<a name="old" id="new-id"></a>', '#old'],
      ['#top is the top of any page', '## Title', '#top'],
      ['a heading that is punctuation only is #section on DocFX', '## ???', '#section'],
    ].map(([name, body, fragment]) => ({ name: name as string, files: { 'fr-FR/a.md': doc('fr-FR', `[Go](b.md${fragment})`), 'fr-FR/b.md': doc('fr-FR', body as string) } })),
    { name: 'external and site-absolute links are ignored', files: {
      'fr-FR/a.md': doc('fr-FR', '[Ext](https://contoso.com/missing.md) [Abs](/skype/missing) [Mail](mailto:a@contoso.com)'),
    } },
    { name: 'a link matched by the ignore option', options: { ignore: ['^generated/'] }, files: {
      'fr-FR/a.md': doc('fr-FR', '[Gen](generated/x.md)'),
    } },
  ],
  invalid: [
    {
      // Issue #16: an article not translated into this locale is not the link's fault (sites fall back to another language).
      name: 'an article that only another locale has: a note that it is not in this locale',
      files: {
        'fr-FR/a.md': doc('fr-FR', pair('a', 'Voir [B](b.md).', 'See [B](b.md).')),
        'de-DE/b.md': target('de-DE'),
      },
      errors: [{ messageId: 'not-in-locale', path: 'fr-FR/a.md', line: L, actual: 'b.md', severity: 'info' }],
    },
    {
      name: 'a missing anchor close to one that exists',
      files: {
        'fr-FR/a.md': doc('fr-FR', '[Serveur](b.md#configure-the-servr)'),
        'fr-FR/b.md': target('fr-FR'),
      },
      errors: [{ messageId: 'missing-anchor', path: 'fr-FR/a.md', line: L, actual: '#configure-the-servr', expected: '#configure-the-server' }],
    },
    {
      name: 'a missing anchor with nothing close, and one slugged from the translated heading',
      files: {
        'fr-FR/a.md': doc('fr-FR', '[X](b.md#licensing)\n\n[Serveur](b.md#configurer-le-serveur)'),
        'fr-FR/b.md': target('fr-FR'),
      },
      errors: [
        { messageId: 'missing-anchor', path: 'fr-FR/a.md', line: L, actual: '#licensing' },
        { messageId: 'missing-anchor', path: 'fr-FR/a.md', line: L + 2, actual: '#configurer-le-serveur' },
      ],
    },
    // Issue 18 item 6, the other way: ids the sites do not build.
    ...[
      ['the raw Markdown of a bilingual heading is not its id', `## ${pair('h', 'titre avec _emphase_', 'heading with _emphasis_')}`, '#heading-with-_emphasis_', '#heading-with-emphasis'],
      ['a third `Same` where there are two', '## Same\n\n## Same', '#same-2', '#same-1'],
      ['collapsed hyphens are not the id', '## Set up - step 1', '#set-up-step-1', '#set-up---step-1'],
      ['a trimmed emoji heading is not the id', '# 🚀 Emoji', '#emoji', '#-emoji'],
    ].map(([name, body, fragment, expected]) => ({
      name: name as string,
      files: { 'fr-FR/a.md': doc('fr-FR', `[Go](b.md${fragment})`), 'fr-FR/b.md': doc('fr-FR', body as string) },
      errors: [{ messageId: 'missing-anchor', path: 'fr-FR/a.md', line: L, actual: fragment as string, expected: expected as string }],
    })),
    {
      name: 'a link that leaves the root',
      files: { 'fr-FR/a.md': doc('fr-FR', '[Out](../../x.md)') },
      errors: [{ messageId: 'outside-root', path: 'fr-FR/a.md', line: L, actual: '../../x.md', severity: 'warning' }],
    },
    {
      name: 'a missing image',
      files: { 'fr-FR/a.md': doc('fr-FR', '![Image](media/none.png)') },
      errors: [{ messageId: 'missing-file', path: 'fr-FR/a.md', line: L, actual: 'media/none.png', origin: 'translation' }],
    },
    {
      name: 'an image outside the translated text that no locale tree has (the English repository serves it): from the English',
      files: { 'fr-FR/a.md': doc('fr-FR', '![Image](media/only-in-english.png)'), 'de-DE/b.md': doc('de-DE', 'Text.') },
      errors: [{ messageId: 'missing-file', path: 'fr-FR/a.md', line: L, actual: 'media/only-in-english.png', origin: 'source', severity: 'info' }],
    },
    {
      name: 'a link around a whole pair (outside both halves) to an article no locale tree has: from the English',
      files: { 'th-TH/a.md': doc('th-TH', `- [${pair('a', 'มิติสาขา', 'Tax branch dimensions')}](tax-branch.md)`), 'de-DE/b.md': doc('de-DE', 'Text.') },
      errors: [{ messageId: 'missing-file', path: 'th-TH/a.md', line: L, actual: 'tax-branch.md', origin: 'source', severity: 'info' }],
    },
    {
      name: 'an image outside the translated text that another locale tree has: this tree lost it',
      files: { 'fr-FR/a.md': doc('fr-FR', '![Image](media/a.png)'), 'de-DE/media/a.png': 'PNG' },
      errors: [{ messageId: 'missing-file', path: 'fr-FR/a.md', line: L, actual: 'media/a.png', origin: 'translation', severity: 'error' }],
    },
    {
      name: 'a link the translation invented (its English half has none) to a file no tree has: the translation\'s',
      files: { 'ja-JP/a.md': doc('ja-JP', pair('a', '**[新機能](新機能)**', "**What's new**")), 'de-DE/b.md': doc('de-DE', 'Text.') },
      errors: [{ messageId: 'missing-file', path: 'ja-JP/a.md', line: L, actual: '新機能', origin: 'translation', severity: 'error' }],
    },
    {
      name: 'a missing image that the English half of the same sentence links too: the English writers\' defect',
      files: { 'fr-FR/a.md': doc('fr-FR', pair('a', '![Image « A »](media/none.png)', '![Image "A"](media/none.png)')) },
      errors: [{ messageId: 'missing-file', path: 'fr-FR/a.md', line: L, actual: 'media/none.png', origin: 'source', severity: 'info' }],
    },
    {
      name: 'a missing <img src> in both halves of a pair: the English writers\' defect (issue 18 item 5)',
      files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Cliquez <img src="media/none.png"> ici.', 'Click <img src="media/none.png"> here.')) },
      errors: [{ messageId: 'missing-file', path: 'fr-FR/a.md', line: L, actual: 'media/none.png', origin: 'source', severity: 'info' }],
    },
    {
      name: 'a missing <img src> only the translation has: the translation\'s',
      files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Cliquez <img src="media/icone.png"> ici.', 'Click here.')) },
      errors: [{ messageId: 'missing-file', path: 'fr-FR/a.md', line: L, actual: 'media/icone.png', origin: 'translation', severity: 'error' }],
    },
  ],
});
