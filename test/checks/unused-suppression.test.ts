// unused-suppression, and the suppression comments themselves: what they silence and what they do not.
import { describe, expect, it } from 'vitest';
import { mergeConflictMarker } from '../../src/checks/merge-conflict-marker.js';
import { unusedSuppression } from '../../src/checks/unused-suppression.js';
import { runCheckOnTree, testCheck } from '../helpers/check-tester.js';

const MARKER = '<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n';

testCheck(unusedSuppression, {
  valid: [
    { name: 'a disable-next-line that silences a conflict marker', files: { 'fr-FR/a.md': `# T\n\n<!-- loccheck-disable-next-line merge-conflict-marker -->\n${MARKER}` } },
    { name: 'a disable … enable range for every check around a conflict', files: { 'fr-FR/a.md': `# T\n\n<!-- loccheck-disable -->\n${MARKER}<!-- loccheck-enable -->\n` } },
    { name: 'a directive shown in a fenced code sample is not a directive', files: { 'fr-FR/a.md': '# T\n\n```md\n<!-- loccheck-disable-next-line fact-mismatch -->\n```\n' } },
  ],
  invalid: [
    {
      name: 'a disable-next-line over a clean line, and one naming another check',
      files: { 'fr-FR/a.md': `# T\n\n<!-- loccheck-disable-next-line -->\nclean\n\n<!-- loccheck-disable-next-line fact-mismatch -->\n${MARKER}` },
      errors: [
        { messageId: 'unused', path: 'fr-FR/a.md', line: 3, column: 1, actual: 'loccheck-disable-next-line' },
        { messageId: 'unused', path: 'fr-FR/a.md', line: 6, column: 1, actual: 'loccheck-disable-next-line fact-mismatch', severity: 'warning' },
      ],
    },
    {
      name: 'a range that closes before the conflict',
      files: { 'fr-FR/a.md': `# T\n\n<!-- loccheck-disable merge-conflict-marker -->\ntext\n<!-- loccheck-enable merge-conflict-marker -->\n${MARKER}` },
      errors: [{ messageId: 'unused', path: 'fr-FR/a.md', line: 3, actual: 'loccheck-disable merge-conflict-marker' }],
    },
  ],
});

describe('suppression comments', () => {
  it('silence only the next line and only the named check', () => {
    const files = { 'fr-FR/a.md': `# T\n\n<!-- loccheck-disable-next-line merge-conflict-marker -->\n${MARKER}\n${MARKER}` };
    expect(runCheckOnTree(mergeConflictMarker, files).map((f) => f.line)).toEqual([10]);
  });

  it('a range without enable runs to the end of the file; an enable ends it', () => {
    const open = { 'fr-FR/a.md': `<!-- loccheck-disable merge-conflict-marker, fact-mismatch -->\n${MARKER}\n${MARKER}` };
    expect(runCheckOnTree(mergeConflictMarker, open)).toEqual([]);
    const closed = { 'fr-FR/a.md': `<!-- loccheck-disable -->\n${MARKER}<!-- loccheck-enable -->\n${MARKER}` };
    expect(runCheckOnTree(mergeConflictMarker, closed).map((f) => f.line)).toEqual([8]);
  });
});
