// The pure half of paired mode's English history: the recorded commit, its validation, the revisions' alignment.
import { describe, expect, it } from 'vitest';
import { alignRevisions, commitIdOf, historyDrift, recordedCommitOf } from '../../src/parse/history-drift.js';
import { unitsOf } from '../../src/parse/pair-align.js';

describe('recordedCommitOf', () => {
  it('reads ms.sourcegitcommit and MDN\'s l10n.sourceCommit as written, with their line', () => {
    expect(recordedCommitOf('---\ntitle: T\nms.sourcegitcommit: 0123456abc\n---\nbody\n')).toEqual({ value: '0123456abc', line: 3 });
    expect(recordedCommitOf('---\r\ntitle: T\r\nl10n:\r\n  sourceCommit: "abcdef0123" # from the English\r\n---\r\n')).toEqual({ value: 'abcdef0123', line: 4 });
    expect(recordedCommitOf("---\nms.sourcegitcommit: 'beef1234' # c\n---\n")).toEqual({ value: 'beef1234', line: 2 });
  });

  it('reads nothing outside the front matter, nor a sourceCommit outside l10n', () => {
    expect(recordedCommitOf('# Title\n\nms.sourcegitcommit: 0123456abc\n')).toBeUndefined();
    expect(recordedCommitOf('---\ntitle: T\n---\nms.sourcegitcommit: 0123456abc\n')).toBeUndefined();
    expect(recordedCommitOf('---\nother:\n  sourceCommit: 0123456abc\n---\n')).toBeUndefined();
  });
});

describe('commitIdOf', () => {
  it('accepts 7 to 40 hex digits (lower-cased) and nothing else', () => {
    expect(commitIdOf('ABCDEF0')).toBe('abcdef0');
    expect(commitIdOf('a'.repeat(40))).toBe('a'.repeat(40));
    for (const v of ['abc123', 'a'.repeat(41), '--output=x', 'HEAD~1; rm -rf /', 'HEAD', 'abcdefg', ' abcdef0', 'abcdef0\n--all', '']) {
      expect(commitIdOf(v)).toBeUndefined();
    }
  });
});

describe('alignRevisions', () => {
  const units = (...blocks: string[]) => unitsOf(blocks.join('\n\n'));
  it('anchors the unchanged blocks; pairs a reworded block, not an unrelated one of the same length', () => {
    const old = units('# Set up', 'Copy the file to the server.', 'Restart the server.', 'Remove the old key now.');
    const cur = units('# Set up', 'Copy the file to the shared folder.', 'Restart the server.', 'Check all the logs then.');
    expect(alignRevisions(old, cur)).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  it('a paragraph inserted does not shift the pairs after it', () => {
    const old = units('A first paragraph here.', 'A second paragraph here.');
    const cur = units('A first paragraph here.', 'An inserted paragraph here.', 'A second paragraph here.');
    expect(alignRevisions(old, cur)).toEqual([[0, 0], [1, 2]]);
  });
});

describe('historyDrift', () => {
  it('nothing when the English did not change', () => {
    const en = '# Set up\n\nCopy the file.\n';
    const d = historyDrift('# Einrichten\n\nKopieren Sie die Datei.\n', en, en);
    expect(d.changes).toEqual([]);
    expect(d.pairs).toEqual([[0, 0], [1, 1]]);
  });
});
