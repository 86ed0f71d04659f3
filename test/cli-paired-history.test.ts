// Paired mode with the English history (issue #22, item 3): a translation that records the English commit it was
// made from (`ms.sourcegitcommit`, MDN's `l10n.sourceCommit`) gets source-drift findings for the blocks whose
// English changed since, on its own lines. The English tree is a git repository built here.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceHistory, repositoryOf } from '../src/cli/git.js';
import { type HistoryRequest, type SourceHistoryReader, gitBlobId, withSourceHistory } from '../src/corpus/source-history.js';
import type { FileEntry } from '../src/corpus/entry.js';
import { type JsonFinding, run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-history-');


const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  }).trim();

const fm = (locale: string, extra = ''): string => `---\ntitle: T\nms.contentlocale: ${locale}\n${extra}---\n`;
// The English when the translation was made, and after: one paragraph reworded, one removed, one added.
const EN_OLD = `${fm('en-US')}\n# Set up\n\nCopy the file to the server.\n\nRestart the server.\n\nRemove the old key.\n`;
const EN_NEW = `${fm('en-US')}\n# Set up\n\nCopy the file to the shared folder of the server.\n\nRestart the server.\n\nCheck the logs.\n`;
// Front matter of 5 lines (4 with the recorded commit), a blank: the heading on line 7, paragraphs on 9, 11, 13.
const de = (record: string): string =>
  `${fm('de-DE', record)}\n# Einrichten\n\nKopieren Sie die Datei auf den Server.\n\nStarten Sie den Server neu.\n\nEntfernen Sie den alten Schlüssel.\n`;

/** A repository with en-US/a.md committed twice (`older`, then `newer`); the commits, oldest first. */
function repository(files: Record<string, string>, older = EN_OLD, newer = EN_NEW): { dir: string; first: string; second: string } {
  const dir = tree({ 'en-US/a.md': older, 'de-DE/.keep': '', ...files });
  git(dir, 'init', '-q');
  git(dir, 'add', 'en-US');
  git(dir, 'commit', '-q', '-m', 'first');
  const first = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(path.join(dir, 'en-US/a.md'), newer);
  git(dir, 'commit', '-q', '-am', 'second');
  return { dir, first, second: git(dir, 'rev-parse', 'HEAD') };
}

async function paired(dir: string): Promise<{ findings: JsonFinding[]; notes: string[] }> {
  const r = await run(['de-DE', '--source', 'en-US', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { findings: JsonFinding[]; notes: string[] };
}

const drift = (findings: readonly JsonFinding[]): string[] =>
  findings.filter((f) => f.ruleId === 'source-drift' || f.ruleId === 'missing-segment').map((f) => `${f.path}:${f.line}:${f.column ?? 1} ${f.ruleId}/${f.messageId}`);

describe('--source in a git repository: drift since the commit the translation records', () => {
  it('a reworded, a removed and an added English block since ms.sourcegitcommit: source-drift on the translation\'s lines', async () => {
    const { dir, first } = repository({});
    writeFileSync(path.join(dir, 'de-DE/a.md'), de(`ms.sourcegitcommit: ${first}\n`));
    const { findings } = await paired(dir);
    expect(drift(findings)).toEqual([
      'de-DE/a.md:9:1 source-drift/changed',
      'de-DE/a.md:11:1 source-drift/added',
      'de-DE/a.md:13:1 source-drift/removed',
    ]);
    const changed = findings.find((f) => f.messageId === 'changed');
    expect(changed?.actual).toBe('Copy the file to the server.');
    expect(changed?.expected).toBe('Copy the file to the shared folder of the server.');
    expect(findings.find((f) => f.messageId === 'added')?.expected).toBe('Check the logs.');
  });

  it('MDN\'s l10n.sourceCommit (an abbreviated id, quoted) is read the same way', async () => {
    const { dir, first } = repository({});
    writeFileSync(path.join(dir, 'de-DE/a.md'), de(`l10n:\n  sourceCommit: "${first.slice(0, 10)}"\n`));
    const { findings } = await paired(dir);
    // Front matter one line longer: everything one line lower.
    expect(drift(findings)).toEqual(['de-DE/a.md:10:1 source-drift/changed', 'de-DE/a.md:12:1 source-drift/added', 'de-DE/a.md:14:1 source-drift/removed']);
  });

  it('a translation made from the current English (the commit of HEAD): nothing, and no note', async () => {
    const { dir, second } = repository({});
    writeFileSync(path.join(dir, 'de-DE/a.md'), de(`ms.sourcegitcommit: ${second}\n`));
    const { findings, notes } = await paired(dir);
    expect(drift(findings)).toEqual([]);
    expect(notes.filter((n) => /English (commit|history)/.test(n))).toEqual([]);
  });

  it('a commit the repository does not hold: no finding, one note for the commit', async () => {
    const { dir } = repository({});
    const unknown = 'abcdef0123456789abcdef0123456789abcdef01';
    writeFileSync(path.join(dir, 'de-DE/a.md'), de(`ms.sourcegitcommit: ${unknown}\n`));
    writeFileSync(path.join(dir, 'en-US/b.md'), EN_NEW);
    writeFileSync(path.join(dir, 'de-DE/b.md'), de(`ms.sourcegitcommit: ${unknown}\n`));
    git(dir, 'add', 'en-US/b.md');
    git(dir, 'commit', '-q', '-m', 'b');
    const { findings, notes } = await paired(dir);
    expect(drift(findings)).toEqual([]);
    expect(notes.filter((n) => n.includes(unknown))).toEqual([
      `The English commit ${unknown} (recorded by 2 translations, e.g. de-DE/a.md) is not in the English repository: what changed since it is not reported (a shallow clone? fetch the history).`,
    ]);
  });

  it('hostile values are never given to git: each ignored with a note, no finding', async () => {
    const { dir } = repository({});
    const values = ['--output=x', 'HEAD~1; rm -rf /', 'a'.repeat(41), 'abc12'];
    values.forEach((v, k) => {
      writeFileSync(path.join(dir, `en-US/h${k}.md`), EN_NEW);
      writeFileSync(path.join(dir, `de-DE/h${k}.md`), de(`ms.sourcegitcommit: ${v}\n`));
    });
    const { findings, notes } = await paired(dir);
    expect(drift(findings)).toEqual([]);
    expect(notes.filter((n) => n.includes('not a commit id'))).toEqual(
      values.map((v, k) => `de-DE/h${k}.md:4: the recorded English commit ${JSON.stringify(v)} is not a commit id (7 to 40 hex digits): ignored.`),
    );
  });

  it('an English tree outside any git repository: no history, no note', async () => {
    const dir = tree({ 'en-US/a.md': EN_NEW, 'de-DE/a.md': de('ms.sourcegitcommit: 0123456789abcdef0123456789abcdef01234567\n') });
    const { findings, notes } = await paired(dir);
    expect(drift(findings)).toEqual([]);
    expect(notes.filter((n) => /English (commit|history)/.test(n))).toEqual([]);
  });
});

describe('withSourceHistory and readSourceHistory', () => {
  it('the reader is asked only for validated ids, once per (commit, path); not at all when nothing is recorded', async () => {
    const dir = tree({
      'en-US/a.md': EN_NEW,
      'de-DE/a.md': de('ms.sourcegitcommit: ABCDEF0\n'),
      'fr-FR/a.md': de('ms.sourcegitcommit: abcdef0\n'),
      'es-ES/a.md': de('ms.sourcegitcommit: --end-of-options\n'),
      'pt-BR/a.md': de(''),
    });
    const entry = (locale: string): FileEntry => ({
      base: { abs: path.join(dir, locale) + path.sep, shown: `${locale}/` },
      root: 0,
      relPath: 'a.md',
      sourceAbsPath: path.join(dir, 'en-US/a.md'),
    });
    const asked: HistoryRequest[][] = [];
    const reader: SourceHistoryReader = async (_tree, requests) => {
      asked.push([...requests]);
      return { unknown: [], texts: new Map() };
    };
    const notes: string[] = [];
    await withSourceHistory(['de-DE', 'fr-FR', 'es-ES', 'pt-BR'].map(entry), path.join(dir, 'en-US'), reader, 1 << 20, dir, notes);
    expect(asked).toEqual([[{ commit: 'abcdef0', relPath: 'a.md', currentBlob: gitBlobId(Buffer.from(EN_NEW)) }]]);
    expect(notes).toEqual(['es-ES/a.md:4: the recorded English commit "--end-of-options" is not a commit id (7 to 40 hex digits): ignored.']);
    asked.length = 0;
    await withSourceHistory([entry('pt-BR')], path.join(dir, 'en-US'), reader, 1 << 20, dir, []);
    expect(asked).toEqual([]);
  });

  it('no repository above the English tree: the reader answers nothing without running git', async () => {
    const dir = tree({ 'en-US/a.md': EN_NEW });
    expect(repositoryOf(path.join(dir, 'en-US'))).toBeUndefined();
    const answer = await readSourceHistory(path.join(dir, 'en-US'), [{ commit: 'abcdef0', relPath: 'a.md', currentBlob: gitBlobId(Buffer.from(EN_NEW)) }], 1 << 20);
    expect(answer).toEqual({ unknown: [], texts: new Map() });
  });

  it('an English tree inside a repository that does not track it: one reason, nothing read', async () => {
    const { dir, first } = repository({});
    writeFileSync(path.join(dir, '.gitignore'), 'other/\n');
    const other = path.join(dir, 'other');
    execFileSync('mkdir', ['-p', other]);
    writeFileSync(path.join(other, 'a.md'), EN_NEW);
    const answer = await readSourceHistory(other, [{ commit: first, relPath: 'a.md', currentBlob: gitBlobId(Buffer.from(EN_NEW)) }], 1 << 20);
    expect(answer.unavailable).toBe(`the English tree is inside the git repository ${dir} but not in its HEAD`);
    expect(answer.texts.size).toBe(0);
  });

  it('reads the English at the commit, and nothing for an unchanged file; the blob id is git\'s', async () => {
    const { dir, first, second } = repository({});
    expect(gitBlobId(Buffer.from(EN_NEW))).toBe(git(dir, 'rev-parse', 'HEAD:en-US/a.md'));
    const tree = path.join(dir, 'en-US');
    const current = gitBlobId(Buffer.from(EN_NEW));
    const answer = await readSourceHistory(tree, [
      { commit: first.slice(0, 7), relPath: 'a.md', currentBlob: current },
      { commit: second, relPath: 'a.md', currentBlob: current },
      { commit: first, relPath: 'missing.md', currentBlob: current },
    ], 1 << 20);
    expect(answer.unavailable).toBeUndefined();
    expect(answer.unknown).toEqual([]);
    expect([...answer.texts.keys()]).toEqual([`${first.slice(0, 7)}\u0000a.md`]);
    expect(Buffer.from(answer.texts.get(`${first.slice(0, 7)}\u0000a.md`) as Uint8Array).toString('utf8')).toBe(EN_OLD);
  });
});

describe('--source in a git repository: the history pairs the translation', () => {
  // The English gained a paragraph with code since the translation; the translation has the three blocks it had.
  const OLD = `${fm('en-US')}\n# Set up\n\nCopy the file to the server.\n\nRestart the server with Restart-CsServer.\n`;
  const NEW = `${fm('en-US')}\n# Set up\n\nCopy the file to the server.\n\nOpen the \`admin\` folder and check the \`config.xml\` file first.\n\nRestart the server with Restart-CsServer.\n`;
  const DE = (record: string): string =>
    `${fm('de-DE', record)}\n# Einrichten\n\nKopieren Sie die Datei auf den Server.\n\nStarten Sie den Server mit Restart-CsServer neu.\n`;
  const gained = (): { dir: string; first: string } => repository({}, OLD, NEW);

  it('a paragraph the English gained since the commit is one source-drift/added, not a missing block and the facts of a misaligned pair', async () => {
    const { dir, first } = gained();
    writeFileSync(path.join(dir, 'de-DE/a.md'), DE(`ms.sourcegitcommit: ${first}\n`));
    const { findings } = await paired(dir);
    expect(findings.map((f) => `${f.path}:${f.line} ${f.ruleId}/${f.messageId}`)).toEqual(['de-DE/a.md:9 source-drift/added']);
  });

  it('without the commit the same translation is aligned with the current English alone (what paired mode said before)', async () => {
    const { dir } = gained();
    writeFileSync(path.join(dir, 'de-DE/a.md'), DE(''));
    const { findings } = await paired(dir);
    // Front matter one line shorter: the heading on line 6. The German paragraph on line 8 is paired with the new one.
    expect(findings.map((f) => `${f.path}:${f.line} ${f.ruleId}/${f.messageId}`)).toEqual([
      'de-DE/a.md:6 missing-segment/paired-missing',
      'de-DE/a.md:8 fact-mismatch/missing',
      'de-DE/a.md:8 fact-mismatch/missing',
      'de-DE/a.md:8 fact-mismatch/markup',
    ]);
  });
});
