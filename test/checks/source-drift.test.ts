import { sourceDrift } from '../../src/checks/source-drift.js';
import { expect, it } from 'vitest';
import { fm, pair, runCheckOnTree, testCheck } from '../helpers/check-tester.js';

// Front matter with ms.lasthandoff (and optionally ms.sourcegitcommit), a blank line, then one pair per paragraph.
const doc = (locale: string, handoff: string, sources: string[], idBase = 100, commit?: string): string =>
  `${fm(locale, { 'ms.lasthandoff': handoff, ...(commit ? { 'ms.sourcegitcommit': commit } : {}) })}\n${sources
    .map((s, i) => pair(`b5882-${idBase + i}`, `[${locale}] ${s}`, s))
    .join('\n\n')}\n`;
// First body line with one extra front-matter key (5 lines + blank); paragraphs every 2 lines.
const L = 7;

const S1 = 'Plan your deployment.';
const S2old = 'Install the Edge Server role.';
const S2new = 'Install the Edge Server role on a dedicated computer.';
const S3 = 'Restart the service.';
const S4 = 'Verify the configuration.';
const S5 = 'Run the Best Practices Analyzer.';

testCheck(sourceDrift, {
  valid: [
    { name: 'same English, data-ttu-id numbers shifted between revisions', files: {
      'fr-FR/a.md': doc('fr-FR', '06/10/2020', [S1, S2new, S4], 100),
      'de-DE/a.md': doc('de-DE', '03/07/2019', [S1, S2new, S4], 237),
    } },
    { name: 'same ms.sourcegitcommit as the reference: an extra segment is not drift (missing-segment’s)', files: {
      'fr-FR/a.md': doc('fr-FR', '06/10/2020', [S1, S2new, S4, S5], 100, 'abc123'),
      'de-DE/a.md': doc('de-DE', '03/07/2019', [S1, S2new, S3, S4, S5], 100, 'abc123'),
    } },
    // Issue #16, cause 2: the same English commit is the same English: wording alone is not drift.
    { name: 'same ms.sourcegitcommit, the English differs only in a link destination: neither drift nor altered', files: {
      'fr-FR/a.md': doc('fr-FR', '05/27/2020', [S1, 'See [B](https://example.com/pr.fr-fr/b).'], 100, 'abc123'),
      'zh-CN/a.md': doc('zh-CN', '05/27/2020', [S1, 'See [B](https://example.com/pr.zh-cn/b).'], 100, 'abc123'),
    } },
    { name: 'English that differs only in a link destination, link markup or letter case is not older', files: {
      'fr-FR/a.md': doc('fr-FR', '06/10/2020', [S1, 'See [the guide](https://example.com/de-de/guide) for **Urgent Messages**.'], 100),
      'de-DE/a.md': doc('de-DE', '03/07/2019', [S1, 'See the guide (https://example.com/guide) for Urgent messages.'.replace(' (https://example.com/guide)', ''), ], 237),
    } },
    { name: 'English that differs only by a doubled word fixed (number of of all → number of all) is not older', files: {
      'fr-FR/a.md': doc('fr-FR', '06/10/2020', [S1, '**Post Messages** is the number of all the post messages.'], 100),
      'ja-JP/a.md': doc('ja-JP', '03/07/2019', [S1, '**Post Messages** is the number of of all the post messages.'], 237),
    } },
    { name: 'a segment whose English stands in the current English with other letter case is not removed', files: {
      'fr-FR/a.md': doc('fr-FR', '06/10/2020', [S1, 'Turn on **Urgent Messages**.', S4], 100),
      'de-DE/a.md': doc('de-DE', '03/07/2019', [S1, 'Turn on **Urgent messages**.', S4], 237),
    } },
    { name: 'a single article has nothing to drift from', files: {
      'fr-FR/a.md': doc('fr-FR', '03/07/2019', [S1, S2old]),
    } },
  ],
  invalid: [
    {
      // Issue #16, cause 2: not drift (no `behind`), but an English half altered in this file.
      name: 'same ms.sourcegitcommit but the English of a segment differs: altered in this file, not drift',
      files: {
        'fr-FR/a.md': doc('fr-FR', '05/27/2020', [S1, S2new, S4, S5], 100, 'abc123'),
        'es-ES/a.md': doc('es-ES', '05/27/2020', [S1, S2new, S4, S5], 100, 'abc123'),
        'de-DE/a.md': doc('de-DE', '05/27/2020', [S1, S2old, S4, S5], 100, 'abc123'),
      },
      errors: [{ messageId: 'altered', path: 'de-DE/a.md', line: 10, actual: S2old, expected: S2new, severity: 'warning', origin: 'translation' }],
    },
    {
      name: 'changed, removed and added segments, and the behind summary',
      files: {
        'fr-FR/a.md': doc('fr-FR', '06/10/2020', [S1, S2new, S4, S5], 100),
        'de-DE/a.md': doc('de-DE', '03/07/2019', [S1, S2old, S3, S4], 300),
      },
      errors: [
        { messageId: 'behind', path: 'de-DE/a.md', line: 1, severity: 'info' },
        { messageId: 'changed', path: 'de-DE/a.md', line: L + 2, actual: S2old, expected: S2new, severity: 'warning' },
        { messageId: 'removed', path: 'de-DE/a.md', line: L + 4, actual: S3 },
        { messageId: 'added', path: 'de-DE/a.md', line: L + 6, expected: S5 },
      ],
    },
    {
      name: 'only the older of three revisions drifts; ids shifted do not matter',
      files: {
        'fr-FR/a.md': doc('fr-FR', '06/10/2020', [S1, S2new], 100),
        'ja-JP/a.md': doc('ja-JP', '05/01/2020', [S1, S2new], 150, 'def456'),
        'de-DE/a.md': doc('de-DE', '03/07/2019', [S1, S2old], 900),
      },
      errors: [
        { messageId: 'behind', path: 'de-DE/a.md', line: 1 },
        { messageId: 'changed', path: 'de-DE/a.md', line: L + 2, actual: S2old, expected: S2new },
      ],
    },
    {
      name: 'a different ms.sourcegitcommit still drifts',
      files: {
        'fr-FR/a.md': doc('fr-FR', '06/10/2020', [S1, S4], 100, 'abc123'),
        'de-DE/a.md': doc('de-DE', '03/07/2019', [S1, S3, S4], 100, 'old999'),
      },
      errors: [
        { messageId: 'behind', path: 'de-DE/a.md', line: 1 },
        // Two extra front-matter keys: the body starts one line later.
        { messageId: 'removed', path: 'de-DE/a.md', line: L + 1 + 2, actual: S3 },
      ],
    },
  ],
});

it('source-drift: the behind finding counts the non-equal operations against the older article’s segments', () => {
  const findings = runCheckOnTree(sourceDrift, {
    'fr-FR/a.md': doc('fr-FR', '06/10/2020', [S1, S2new, S4, S5], 100),
    'de-DE/a.md': doc('de-DE', '03/07/2019', [S1, S2old, S3, S4], 300),
  });
  const behind = findings.find((f) => f.messageId === 'behind');
  expect(behind?.message).toBe('3 of 4 segments are behind the current English (fr-FR/a.md, 2020-06-10).');
});

it('does not take another segmentation of the same English for drift', () => {
  const one = 'Install the role. Then restart the server.';
  const findings = runCheckOnTree(sourceDrift, {
    'fr-FR/a.md': doc('fr-FR', '05/27/2020', [S1, 'Install the role.', 'Then restart the server.'], 100, 'abc'),
    'es-ES/a.md': doc('es-ES', '05/27/2020', [S1, 'Install the role.', 'Then restart the server.'], 100, 'abc'),
    'de-DE/a.md': doc('de-DE', '05/27/2020', [S1, one], 100, 'abc'),
  });
  expect(findings).toEqual([]);
});
