import { missingSegment } from '../../src/checks/missing-segment.js';
import { expect, it } from 'vitest';
import { fm, pair, runCheckOnTree, testCheck } from '../helpers/check-tester.js';

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
  ],
  invalid: [
    {
      name: 'a segment that the other locales have',
      files: {
        'de-DE/a.md': doc('de-DE', [S1, S2, S3]),
        'fr-FR/a.md': doc('fr-FR', [S1, S2, S3]),
        'ja-JP/a.md': doc('ja-JP', [S1, S3]),
      },
      errors: [{ messageId: 'missing', path: 'ja-JP/a.md', line: 1, expected: S2, severity: 'warning' }],
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
