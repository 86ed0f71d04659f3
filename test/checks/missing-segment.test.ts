import { missingSegment } from '../../src/checks/missing-segment.js';
import { describe, expect, it } from 'vitest';
import { fm, pair, runCheckOnTree, testCheck } from '../helpers/check-tester.js';
import { activeRules } from '../../src/engine/rules.js';
import { checkFamilies, groupFamilies } from '../../src/engine/scopes.js';
import { parseArticle } from '../../src/parse/article.js';

// Front matter with ms.sourcegitcommit (5 lines), a blank line, one pair per paragraph, then an optional code block.
const doc = (locale: string, sources: string[], code?: string[], commit = 'c0ffee42'): string =>
  `${fm(locale, { 'ms.sourcegitcommit': commit })}\n${sources
    .map((s, i) => pair(`x-${i}`, `[${locale}] ${s}`, s))
    .join('\n\n')}\n${code ? `\n\`\`\`powershell\n${code.join('\n')}\n\`\`\`\n` : ''}`;
// With two segments, the code fence is at line 7 + 2 + 2 = 11.
const FENCE = 11;

const S1 = 'Open the Skype for Business Server Management Shell.';
const S2 = 'Run the following command.';
const S3 = 'Restart the front end service.';
const S4 = 'Sign in to the Skype for Business admin center.';
const S5 = 'Select **Users**.';
const code = ['# Enable the user', 'Set-CsUser -Identity "kenmyer@litwareinc.com" -EnterpriseVoiceEnabled $True'];
const fr = ['# Activer l’utilisateur', code[1] as string];
const changed = ['Set-CsUser -Identity "kenmyer@litwareinc.com" -EnterpriseVoiceEnabled $False'];

testCheck(missingSegment, {
  valid: [
    { name: 'the same segments and code everywhere, with a translated comment', files: {
      'de-DE/a.md': doc('de-DE', [S1, S2], code),
      'fr-FR/a.md': doc('fr-FR', [S1, S2], fr),
      'ja-JP/a.md': doc('ja-JP', [S1, S2], ['# ユーザーを有効にする', code[1] as string]),
    } },
    { name: 'a different ms.sourcegitcommit: not peers', files: {
      'de-DE/a.md': doc('de-DE', [S1, S2, S3], code, 'c0ffee42'),
      'fr-FR/a.md': doc('fr-FR', [S1, S2], changed, 'deadbeef'),
    } },
    { name: 'a segment only one of three other locales has', files: {
      'de-DE/a.md': doc('de-DE', [S1, S2, S3]),
      'es-ES/a.md': doc('es-ES', [S1, S2]),
      'fr-FR/a.md': doc('fr-FR', [S1, S2]),
      'ja-JP/a.md': doc('ja-JP', [S1, S2]),
    } },
    { name: 'an article translated whole, without pairs (monolingual), same commit: nothing to compare', files: {
      'de-DE/a.md': doc('de-DE', [S1, S2, S3]),
      'fr-FR/a.md': doc('fr-FR', [S1, S2, S3]),
      'pt-BR/a.md': `${fm('pt-BR', { 'ms.sourcegitcommit': 'c0ffee42' })}\nAbra o Shell de Gerenciamento.\n\nExecute o comando a seguir.\n`,
    } },
    { name: 'an article with few pairs (mostly translated whole)', files: {
      'de-DE/a.md': doc('de-DE', [S1, S2, S3, S4, S5]),
      'fr-FR/a.md': doc('fr-FR', [S1, S2, S3, S4, S5]),
      'pt-BR/a.md': `${doc('pt-BR', [S1])}\nExecute o comando a seguir. Reinicie o serviço.\n`,
    } },
    { name: 'a pair whose markup is entity-escaped (&quot;): it is in the file, only not read as a pair', files: {
      'de-DE/a.md': doc('de-DE', [S1, S2, S3]),
      'fr-FR/a.md': doc('fr-FR', [S1, S2, S3]),
      'ru-RU/a.md': `${doc('ru-RU', [S1, S3])}\n<span data-ttu-id=&quot;x-9&quot;>Выполните команду.</span><span class=&quot;sxs-lookup&quot;><span data-stu-id=&quot;x-9&quot;>${S2}</span></span>\n`,
    } },
    { name: 'two peers, one with few pairs: held to the fuller one', files: {
      'de-DE/a.md': doc('de-DE', [S1, S2, S3, S4, S5]),
      'pt-BR/a.md': `${doc('pt-BR', [S1])}\nExecute o comando a seguir. Reinicie o serviço.\n`,
    } },
    { name: 'English that differs only in case or spacing', files: {
      'de-DE/a.md': doc('de-DE', [S1, S2, S3]),
      'fr-FR/a.md': doc('fr-FR', [S1, S2, S3]),
      'ja-JP/a.md': doc('ja-JP', [S1, 'Run the following  command .', 'Restart the Front End service.']),
    } },
    { name: 'sentences that the others hold in one segment and this locale in two', files: {
      'de-DE/a.md': doc('de-DE', [S1, `${S2} ${S3}`]),
      'fr-FR/a.md': doc('fr-FR', [S1, `${S2} ${S3}`]),
      'ja-JP/a.md': doc('ja-JP', [S1, S2, S3]),
    } },
  ],
  invalid: [
    {
      name: 'the first segment missing: reported before the segment that follows it',
      files: {
        'de-DE/a.md': doc('de-DE', [S1, S2, S3]),
        'fr-FR/a.md': doc('fr-FR', [S1, S2, S3]),
        'ja-JP/a.md': doc('ja-JP', [S2, S3]),
      },
      errors: [{ messageId: 'missing', path: 'ja-JP/a.md', line: 7, expected: S1 }],
    },
    {
      name: 'the first sentence of a paragraph dropped: reported on its paragraph’s line, not after the paragraph before',
      files: {
        'de-DE/a.md': `${fm('de-DE', { 'ms.sourcegitcommit': 'c0ffee42' })}\n${pair('x-0', '[de] S1', S1)}\n\n${pair('x-1', '[de] S2', S2)} ${pair('x-2', '[de] S3', S3)}\n`,
        'fr-FR/a.md': `${fm('fr-FR', { 'ms.sourcegitcommit': 'c0ffee42' })}\n${pair('x-0', '[fr] S1', S1)}\n\n${pair('x-1', '[fr] S2', S2)} ${pair('x-2', '[fr] S3', S3)}\n`,
        'ja-JP/a.md': `${fm('ja-JP', { 'ms.sourcegitcommit': 'c0ffee42' })}\n${pair('x-0', '[ja] S1', S1)}\n\n ${pair('x-2', '[ja] S3', S3)}\n`,
      },
      errors: [{ messageId: 'missing', path: 'ja-JP/a.md', line: 9, expected: S2 }],
    },
    {
      name: 'a paragraph’s only pair dropped, its line left blank: reported on that line',
      files: {
        'de-DE/a.md': doc('de-DE', [S1, S2, S3]),
        'fr-FR/a.md': doc('fr-FR', [S1, S2, S3]),
        'ja-JP/a.md': `${fm('ja-JP', { 'ms.sourcegitcommit': 'c0ffee42' })}\n${pair('x-0', '[ja] S1', S1)}\n\n\n\n${pair('x-2', '[ja] S3', S3)}\n`,
      },
      errors: [{ messageId: 'missing', path: 'ja-JP/a.md', line: 9, expected: S2 }],
    },
    {
      name: 'a segment missing after a pair that straddles lines: reported at that pair’s last line',
      files: {
        'de-DE/a.md': doc('de-DE', [S1, S2, S3, S4]),
        'fr-FR/a.md': doc('fr-FR', [S1, S2, S3, S4]),
        'es-ES/a.md': doc('es-ES', [S1, S2, S3, S4]),
        'ja-JP/a.md': `${fm('ja-JP', { 'ms.sourcegitcommit': 'c0ffee42' })}\n${pair('x-0', '[ja] S1', S1)}\n\n<span data-ttu-id="x-1">[ja] S2\nnext line</span><span class="sxs-lookup"><span data-stu-id="x-1">${S2}</span></span>\n\n${pair('x-3', '[ja] S4', S4)}\n`,
      },
      errors: [{ messageId: 'missing', path: 'ja-JP/a.md', line: 10, expected: S3 }],
    },
    {
      name: 'a segment that the other locales have',
      files: {
        'de-DE/a.md': doc('de-DE', [S1, S2, S3]),
        'fr-FR/a.md': doc('fr-FR', [S1, S2, S3]),
        'ja-JP/a.md': doc('ja-JP', [S1, S3]),
      },
      errors: [{ messageId: 'missing', path: 'ja-JP/a.md', line: 7, expected: S2, severity: 'warning' }],
    },
    {
      name: 'a changed command in one locale',
      files: {
        'de-DE/a.md': doc('de-DE', [S1, S2], [code[1] as string]),
        'fr-FR/a.md': doc('fr-FR', [S1, S2], [code[1] as string]),
        'ja-JP/a.md': doc('ja-JP', [S1, S2], changed),
      },
      errors: [{ messageId: 'code-differs', path: 'ja-JP/a.md', line: FENCE + 1, actual: changed[0], expected: code[1] }],
    },
    {
      name: 'a changed command after a translated comment: reported at the command’s line',
      files: {
        'de-DE/a.md': doc('de-DE', [S1, S2], code),
        'fr-FR/a.md': doc('fr-FR', [S1, S2], fr),
        'ja-JP/a.md': doc('ja-JP', [S1, S2], ['# ユーザーを有効にする', changed[0] as string]),
      },
      errors: [{ messageId: 'code-differs', path: 'ja-JP/a.md', line: FENCE + 2, actual: changed[0], expected: code[1] }],
    },
    {
      name: 'the majority shape is expected even when the first other locale is also wrong',
      files: {
        'de-DE/a.md': doc('de-DE', [S1, S2], changed),
        'es-ES/a.md': doc('es-ES', [S1, S2], ['Set-CsUser -Identity "kenmyer" -EnterpriseVoiceEnabled $True']),
        'fr-FR/a.md': doc('fr-FR', [S1, S2], [code[1] as string]),
        'ja-JP/a.md': doc('ja-JP', [S1, S2], [code[1] as string]),
        'zh-CN/a.md': doc('zh-CN', [S1, S2], [code[1] as string]),
      },
      errors: [
        { messageId: 'code-differs', path: 'de-DE/a.md', line: FENCE + 1, actual: changed[0], expected: code[1] },
        { messageId: 'code-differs', path: 'es-ES/a.md', line: FENCE + 1, expected: code[1] },
      ],
    },
  ],
});

it('does not report sentences that this locale holds in one longer segment', () => {
  const page = (locale: string, sources: string[]): string =>
    `${fm(locale, { 'ms.sourcegitcommit': 'c1' })}\n${sources.map((s, i) => pair(`m-${i}`, `[${locale}] ${s}`, s)).join('\n\n')}\n`;
  const findings = runCheckOnTree(missingSegment, {
    'fr-FR/a.md': page('fr-FR', ['Install the role.', 'Then restart the server.']),
    'es-ES/a.md': page('es-ES', ['Install the role.', 'Then restart the server.']),
    'de-DE/a.md': page('de-DE', ['Install the role. Then restart the server.']),
  });
  expect(findings).toEqual([]);
});

describe('paired mode is told by the article, not by its ids', () => {
  // The same three articles: paired mode's own sentence cut (ja-JP pairs one sentence where its peers pair two).
  const files = {
    'de-DE/a.md': `${fm('de-DE', { 'ms.sourcegitcommit': 'c0ffee42' })}\n${pair('lc-1-1', '[de] S1', S1)} ${pair('lc-1-2', '[de] S2', S2)}\n`,
    'fr-FR/a.md': `${fm('fr-FR', { 'ms.sourcegitcommit': 'c0ffee42' })}\n${pair('lc-1-1', '[fr] S1', S1)} ${pair('lc-1-2', '[fr] S2', S2)}\n`,
    'ja-JP/a.md': `${fm('ja-JP', { 'ms.sourcegitcommit': 'c0ffee42' })}\n${pair('lc-1', '[ja] S1。[ja] S2。', S1)}\n`,
  };
  const missingOf = (paired: boolean): string[] => {
    const rules = activeRules({ checks: { [missingSegment.meta.id]: { severity: 'error', options: {} } } }, [missingSegment]);
    const articles = Object.entries(files).map(([p, text]) => {
      const { article } = parseArticle({ bytes: Buffer.from(text), path: p, relPath: 'a.md', root: 0, locale: p.slice(0, 5), family: 'a.md' });
      return paired ? { ...article, paired: true as const } : article;
    });
    return checkFamilies(groupFamilies(articles), rules).map((f) => `${f.path}:${f.line} ${f.messageId}`);
  };

  it('a paired article (flag set where paired mode builds it): the sentence it left unpaired is not reported missing', () => {
    expect(missingOf(true)).toEqual([]);
  });

  it('a bilingual article whose ids happen to start with `lc-`: still checked against its peers', () => {
    expect(missingOf(false)).toEqual(['ja-JP/a.md:7 missing']);
  });
});
