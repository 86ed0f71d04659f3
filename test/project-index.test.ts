// The run's project index (run.ts): files below each locale folder are found in any case. Lower-case paths are found
// in the listing itself and only the others are kept lower-cased (issue #21), so both kinds are tried here, through
// broken-link on a real tree.
import { describe, expect, it } from 'vitest';
import { lint } from '../src/run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-project-index-');
const doc = (body: string): string => `---\nms.contentlocale: fr-FR\n---\n${body}\n`;

/** broken-link's findings: message id, file, line and the link. */
async function brokenLinks(files: Record<string, string>): Promise<string[]> {
  const dir = tree(files);
  const { report } = await lint({ inputs: ['.'], cwd: dir, jobs: 0 });
  return report.findings.filter((f) => f.ruleId === 'broken-link').map((f) => `${f.messageId} ${f.path}:${f.line} ${f.actual}`);
}

describe('files found in any case', () => {
  it('a link in another case than a mixed-case file, a lower-case file, and an image in a mixed-case folder: no finding', async () => {
    expect(
      await brokenLinks({
        'fr-FR/a.md': doc('[B](b.md) [C](C.md) ![Shot](media/Shot.PNG)'),
        'fr-FR/B.md': doc('B'),
        'fr-FR/c.md': doc('C'),
        'fr-FR/Media/shot.png': '',
      }),
    ).toEqual([]);
  });

  it('links to names no file has in any case: missing-file each', async () => {
    expect(
      await brokenLinks({
        'fr-FR/a.md': doc('[B](b2.md)\n\n![Shot](media/Shot2.PNG)'),
        'fr-FR/B.md': doc('B'),
        'fr-FR/Media/shot.png': '',
      }),
    ).toEqual(['missing-file fr-FR/a.md:4 b2.md', 'missing-file fr-FR/a.md:6 media/Shot2.PNG']);
  });
});
