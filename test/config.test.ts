// The configuration file: where it is found, what per-check settings do to findings, and one-line errors.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli-run.js';
import { ConfigError, findConfigFile, loadConfig, resolveConfig } from '../src/config/load.js';
import { defaultConfig } from '../src/config/schema.js';
import type { Finding } from '../src/model.js';
import { lint } from '../src/run.js';
import { tempTrees } from './helpers/temp-tree.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'fixtures/seeds/000_c7aa02d0fc662548.txt'; // zh-CN, conflict blocks at lines 80 and 108

const tree = tempTrees('loccheck-config-');

/** The ConfigError `fn` throws (fails the test when it throws nothing or something else). */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  expect.fail('expected a ConfigError');
}

const conflicts = (findings: readonly Finding[]): string[] =>
  findings.filter((f) => f.ruleId === 'merge-conflict-marker').map((f) => `${f.path}:${f.line} ${f.severity}`);

describe('finding the config file', () => {
  it('is found upward from a nested working directory, up to the repository root', () => {
    const dir = tree({ 'loccheck.config.json': '{"failOn":"warning","maxFileBytes":1234}', 'a/b/c/.keep': '', '.git/HEAD': '' });
    const cwd = path.join(dir, 'a', 'b', 'c');
    expect(findConfigFile(cwd)).toBe(path.join(dir, 'loccheck.config.json'));
    const config = loadConfig(cwd);
    expect(config.failOn).toBe('warning');
    expect(config.maxFileBytes).toBe(1234);
    expect(config.file).toBe(path.join('..', '..', '..', 'loccheck.config.json'));
  });

  it('.loccheckrc.json is found too', () => {
    const dir = tree({ '.loccheckrc.json': '{"failOn":"info"}', 'sub/.keep': '', '.git/HEAD': '' });
    const config = loadConfig(path.join(dir, 'sub'));
    expect(config.failOn).toBe('info');
    expect(config.file).toBe(path.join('..', '.loccheckrc.json'));
  });

  it('the nearest file wins; in one folder loccheck.config.json wins over .loccheckrc.json', () => {
    const dir = tree({
      'loccheck.config.json': '{"failOn":"never"}',
      '.loccheckrc.json': '{"failOn":"info"}',
      'sub/.loccheckrc.json': '{"failOn":"warning"}',
    });
    expect(loadConfig(dir).failOn).toBe('never');
    expect(loadConfig(path.join(dir, 'sub')).failOn).toBe('warning');
  });

  it('an explicit file is read instead of the one found upward, relative to the working directory', () => {
    const dir = tree({ 'loccheck.config.json': '{"failOn":"never"}', 'cfg/strict.json': '{"failOn":"info"}' });
    const config = loadConfig(dir, 'cfg/strict.json');
    expect(config.failOn).toBe('info');
    expect(config.file).toBe(path.join('cfg', 'strict.json'));
  });

  it('without any file the defaults apply', () => {
    const dir = tree({ 'sub/.keep': '' });
    expect(findConfigFile(path.join(dir, 'sub'))).toBeUndefined();
    expect(loadConfig(path.join(dir, 'sub'))).toEqual(defaultConfig);
  });

  it('ignore globs add to the defaults; include replaces them', () => {
    const config = resolveConfig({ ignore: ['drafts/**'], include: ['**/*.txt'] }, 'x.json');
    expect(config.ignore).toEqual([...defaultConfig.ignore, 'drafts/**']);
    expect(config.include).toEqual(['**/*.txt']);
  });
});

describe('per-check settings on the fixtures', () => {
  it('by default the seed has two merge-conflict-marker errors', async () => {
    expect(conflicts((await lint({ inputs: [SEED], cwd: REPO })).report.findings)).toEqual([`${SEED}:80 error`, `${SEED}:108 error`]);
  });

  it('"off" removes the check and its findings', async () => {
    const config = resolveConfig({ checks: { 'merge-conflict-marker': 'off' } }, 'loccheck.config.json');
    const { report } = await lint({ inputs: [SEED], cwd: REPO, config });
    expect(conflicts(report.findings)).toEqual([]);
    expect(report.summary.byRule['merge-conflict-marker']).toBeUndefined();
  });

  it('a severity replaces the default: "warning", ["info"] and { severity: "warning" }', async () => {
    for (const [setting, severity] of [
      ['warning', 'warning'],
      [['info'], 'info'],
      [{ severity: 'warning' }, 'warning'],
      [['info', {}], 'info'],
    ] as const) {
      const config = resolveConfig({ checks: { 'merge-conflict-marker': setting } }, 'loccheck.config.json');
      const { report } = await lint({ inputs: [SEED], cwd: REPO, config });
      expect(conflicts(report.findings), JSON.stringify(setting)).toEqual([`${SEED}:80 ${severity}`, `${SEED}:108 ${severity}`]);
      expect(report.summary.findings[severity]).toBeGreaterThanOrEqual(2);
    }
  });

  it('a setting read from a file found upward reaches lint()', async () => {
    const dir = tree({ 'loccheck.config.json': JSON.stringify({ checks: { 'merge-conflict-marker': 'info' } }), 'deep/er/.keep': '', '.git/HEAD': '' });
    const config = loadConfig(path.join(dir, 'deep', 'er'));
    const { report } = await lint({ inputs: [path.join(REPO, SEED)], cwd: REPO, config });
    expect(conflicts(report.findings)).toEqual([`${SEED}:80 info`, `${SEED}:108 info`]);
  });
});

describe('the config comes from the scanned folders, never from above the repository', () => {
  const article = `---\nms.locale: de-de\n---\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n`;

  it('a config in a parent folder of the repository (a runner workspace) is not used', async () => {
    const dir = tree({
      'loccheck.config.json': JSON.stringify({ checks: { 'merge-conflict-marker': 'off' } }),
      'repo/.git/HEAD': '',
      'repo/de-DE/a.md': article,
    });
    expect(findConfigFile(path.join(dir, 'repo'), ['.'])).toBeUndefined();
    const r = await run(['-f', 'json', '.'], { cwd: path.join(dir, 'repo') });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).config).toBeUndefined();
  });

  it('outside a repository, not above the working directory', () => {
    const dir = tree({ 'loccheck.config.json': '{"failOn":"never"}', 'work/de-DE/a.md': article });
    expect(findConfigFile(path.join(dir, 'work'), ['de-DE'])).toBeUndefined();
  });

  it('`loccheck repo` run from elsewhere uses repo/loccheck.config.json, and the report names it', async () => {
    const dir = tree({
      'repo/.git/HEAD': '',
      'repo/loccheck.config.json': JSON.stringify({ checks: { 'merge-conflict-marker': 'warning' } }),
      'repo/docs/de-DE/a.md': article,
      'elsewhere/.keep': '',
    });
    const cwd = path.join(dir, 'elsewhere');
    const json = await run(['-f', 'json', '../repo/docs'], { cwd });
    expect(JSON.parse(json.stdout).findings.map((f: { severity: string }) => f.severity)).toEqual(['warning']);
    expect(JSON.parse(json.stdout).config).toBe(path.join('..', 'repo', 'loccheck.config.json'));
    const terminal = await run(['../repo/docs'], { cwd });
    expect(terminal.stdout).toMatch(/ · config \.\.\/repo\/loccheck\.config\.json\n$/);
  });
});

describe('config errors name the file and the offending key', () => {
  const load = (text: string): ConfigError => {
    const dir = tree({ 'loccheck.config.json': text });
    return configError(() => loadConfig(dir));
  };

  it('an unknown check id', () => {
    const e = load(JSON.stringify({ checks: { 'merge-conflict-markers': 'error' } }));
    expect(e.message).toMatch(/^loccheck\.config\.json: /);
    expect(e.message).toContain('/checks/merge-conflict-markers');
    expect(e.message).toContain('unknown check "merge-conflict-markers"');
    expect(e.message).toContain('merge-conflict-marker,'); // lists the known ids
  });

  it('an unknown top-level key', () => {
    const e = load(JSON.stringify({ failOn: 'error', colour: true }));
    expect(e.message).toMatch(/^loccheck\.config\.json: /);
    expect(e.message).toContain('"colour"');
  });

  it('a value of the wrong type', () => {
    for (const [raw, key] of [
      [{ failOn: 'sometimes' }, '/failOn'],
      [{ maxFileBytes: 'big' }, '/maxFileBytes'],
      [{ include: '**/*.md' }, '/include'],
      [{ localePattern: 3 }, '/localePattern'],
      [{ checks: { 'merge-conflict-marker': 'loud' } }, '/checks/merge-conflict-marker'],
      [{ checks: 'all' }, '/checks'],
    ] as const) {
      const e = load(JSON.stringify(raw));
      expect(e.message, JSON.stringify(raw)).toMatch(new RegExp(`^loccheck\\.config\\.json: ${key.replace(/[-/]/g, '\\$&')}: `));
    }
  });

  it('resolveConfig names the file it is given', () => {
    const e = configError(() => resolveConfig({ failOn: 1 }, 'configs/team.json'));
    expect(e.message).toMatch(/^configs\/team\.json: \/failOn: /);
  });

  it('invalid JSON names the file', () => {
    const e = load('{ "failOn": "error", }');
    expect(e.message).toContain('loccheck.config.json');
    expect(e.message).toContain('not valid JSON');
    expect(e.message).not.toContain('\n');
  });

  it('a JSON value that is not an object', () => {
    const e = load('["error"]');
    expect(e.message).toMatch(/^loccheck\.config\.json: \/: /);
  });

  it('an explicit file that does not exist', () => {
    const dir = tree({ 'a/.keep': '' });
    const e = configError(() => loadConfig(dir, 'nope.json'));
    expect(e.message).toContain('nope.json');
    expect(e.message).toContain('ENOENT');
  });
});
