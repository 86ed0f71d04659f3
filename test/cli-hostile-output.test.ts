// Hostile text reaching a terminal or CI log: file names, link targets, segment text and baseline entries full of
// control characters and workflow commands, through the CLI in every format, on stdout and stderr.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/report/index.js';
import { fm, pair } from './helpers/check-tester.js';
import { run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-hostile-output-');

const EVIL = '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007\u001b[2J\u001b]0;title\u0007\r\n::warning file=x::pwned\n##[set-output name=x]y\u009b31m\u202eevil\u0085';
// A file name cannot hold `/` or NUL; everything else is allowed.
const FILE = `de-DE/::error::x\u001b[31m\r\n##[set-output name=a;]b\u009b\u202e.md`;

/** Every control character but LF (the format's own line breaks); ESC also catches colours, which are off here. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function hostileTree(): string {
  return tree({
    [FILE]: `${fm('de-DE')}\n${pair('a-1', `Hallo ${EVIL}`, 'Hello')} [x](<missing${EVIL.replace(/[\r\n<>]/g, '')}.md>)\n<<<<<<< HEAD\n${EVIL}\n=======\nb\n>>>>>>> x\n`,
    'fr-FR/b.md': `${fm('fr-FR')}\n${pair('b-1', `Bonjour ${EVIL} 1.2.3`, 'Hello 1.2.4')} [y](missing.md#${encodeURIComponent(EVIL)})\n`,
    'de-DE/b.md': `${fm('de-DE')}\n${pair('b-1', 'Hallo 1.2.4', 'Hello 1.2.4')}\n`,
  });
}

function expectSafe(text: string, format: string, where: string): void {
  const lines = text.split('\n');
  for (const line of lines) {
    expect(CONTROL.test(line), `${format} ${where}: control character in ${JSON.stringify(line)}`).toBe(false);
    if (format === 'github' && where === 'stdout' && line.startsWith('::')) {
      // loccheck's own annotations, with the data escaped.
      expect(line).toMatch(/^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+(,endLine=\d+)?,title=[a-z-]+::/);
    } else {
      expect(line.trimStart().startsWith('::'), `${format} ${where}: ${JSON.stringify(line)}`).toBe(false);
    }
    expect(line.includes('##['), `${format} ${where}: ${JSON.stringify(line)}`).toBe(false);
  }
}

describe('no control character or workflow command from user data reaches stdout or stderr', () => {
  it.each(FORMATS)('format %s', async (format) => {
    const dir = hostileTree();
    const baseline = path.join(dir, '..', `${path.basename(dir)}.baseline.json`);
    writeFileSync(
      baseline,
      JSON.stringify({ loccheckBaseline: 1, findings: [{ fingerprint: 'f'.repeat(32), ruleId: `x\n::error::${EVIL}`, path: `\n::error::${EVIL}`, line: 1, message: EVIL }] }),
    );
    const r = await run(['-f', format, '--baseline', baseline, '--fail-on', 'never', '.'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expectSafe(r.stdout, format, 'stdout');
    expectSafe(r.stderr, format, 'stderr');
    if (format === 'json') {
      // JSON escapes, and the data reads back unchanged.
      const report = JSON.parse(r.stdout) as { findings: { path: string }[] };
      expect(report.findings.map((f) => f.path)).toContain(FILE);
    }
  });

  it('stderr: a hostile argument or path in an error message is shown safely, on one line', async () => {
    const dir = hostileTree();
    for (const argv of [[`missing${EVIL}`], ['-f', `x${EVIL}`, '.'], ['--baseline', `nope${EVIL}`, '.'], ['merge-reports', `r${EVIL}.json`]]) {
      const r = await run(argv, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expectSafe(r.stderr, 'terminal', 'stderr');
    }
  });
});
