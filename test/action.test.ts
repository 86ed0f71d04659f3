// action.yml as a runner runs it: its shell steps executed in order with the env the action gives them (inputs and
// step outputs substituted into `env:`, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP, GITHUB_ACTION_PATH), on a
// copy of the repository's files as a `uses:` checkout holds them (no dist/, no node_modules), checking a quoted glob
// path. The `uses:` steps are not run: their conditions and inputs are checked instead.
// Needs the npm registry or npm's cache (the install step runs `npm ci --omit=dev` and fetches TypeScript with npx).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from './helpers/seeds.js';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string | number>;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const ACTION = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as Action;
// npm's own variables from an outer `npm test` must not steer the inner npm.
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && !k.startsWith('GITHUB_') && !k.startsWith('LOCCHECK_')));

/** The context the runner evaluates `${{ … }}` in: inputs (defaults and `with:`), github, step outputs. */
interface Context {
  inputs: Record<string, string>;
  github: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
}

/** The value of one expression path such as `inputs.fail-on` or `steps.run.outputs.sarif` ('' when unset, as GitHub). */
function lookup(expr: string, ctx: Context): string {
  const [scope, ...rest] = expr.trim().split('.');
  if (scope === 'inputs') return ctx.inputs[rest.join('.')] ?? '';
  if (scope === 'github') return ctx.github[rest.join('.')] ?? '';
  if (scope === 'steps' && rest[1] === 'outputs') return ctx.steps[rest[0] as string]?.outputs[rest.slice(2).join('.')] ?? '';
  throw new Error(`action.yml: expression ${expr} is not handled by this test`);
}

/** `${{ path }}` replaced by its value: the only kind of expression action.yml uses in values. */
const expand = (text: string, ctx: Context): string => text.replace(/\$\{\{(.*?)\}\}/g, (_m, e: string) => lookup(e, ctx));

/** An `if:` of comparisons joined by `&&`: `path == 'literal'` or `path != 'literal'`. */
function condition(text: string | undefined, ctx: Context): boolean {
  if (text === undefined) return true;
  const body = text.replace(/^\$\{\{(.*)\}\}$/s, '$1');
  return body.split('&&').every((part) => {
    const m = /^\s*([\w.-]+)\s*(==|!=)\s*'([^']*)'\s*$/.exec(part);
    if (!m) throw new Error(`action.yml: condition ${part} is not handled by this test`);
    return (lookup(m[1] as string, ctx) === m[3]) === (m[2] === '==');
  });
}

/** `key=value` lines of a GITHUB_OUTPUT file. */
const outputsOf = (file: string): Record<string, string> =>
  Object.fromEntries(
    (existsSync(file) ? readFileSync(file, 'utf8') : '')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

interface Ran {
  ctx: Context;
  /** Each step: whether its condition held, its exit code (shell steps that ran), its expanded `with:`, its time. */
  steps: { step: Step; ran: boolean; code?: number; with?: Record<string, string>; ms?: number; stderr?: string }[];
}

/** Runs the composite action's steps as the runner does: in order, stopping at the first failed shell step. */
function runAction(actionPath: string, workspace: string, temp: string, inputs: Record<string, string>, skip: readonly string[] = []): Ran {
  const ctx: Context = {
    inputs: { ...Object.fromEntries(Object.entries(ACTION.inputs).map(([k, v]) => [k, String(v.default ?? '')])), ...inputs },
    github: { base_ref: '' },
    steps: {},
  };
  const summary = path.join(temp, 'step-summary.md');
  const out: Ran = { ctx, steps: [] };
  ACTION.runs.steps.forEach((step, n) => {
    if (!condition(step.if, ctx) || skip.includes(step.name ?? '')) {
      out.steps.push({ step, ran: false });
      return;
    }
    if (step.uses) {
      const withs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v), ctx)]));
      out.steps.push({ step, ran: true, with: withs });
      return;
    }
    if (out.steps.some((s) => s.code !== undefined && s.code !== 0)) return;
    expect(step.shell).toBe('bash');
    const output = path.join(temp, `output-${n}`);
    const env = {
      ...baseEnv,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), ctx)])),
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: temp,
      CI: 'true',
    };
    const t0 = performance.now();
    // The runner's `shell: bash`: bash --noprofile --norc -eo pipefail {0}.
    const script = path.join(temp, `step-${n}.sh`);
    writeFileSync(script, step.run as string);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: workspace, env, encoding: 'utf8', timeout: 240_000 });
    if (step.id) ctx.steps[step.id] = { outputs: outputsOf(output) };
    out.steps.push({ step, ran: true, code: r.status ?? -1, ms: performance.now() - t0, stderr: `${r.stdout}\n${r.stderr}` });
  });
  return out;
}

const duSize = (dir: string): number => Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) * 1024;

const pair = (id: string, target: string, source: string): string =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
const article = (locale: string, body: string): string => `---\nms.contentlocale: ${locale}\n---\n\n${body}\n`;

let tmp = '';
let actionPath = '';
let workspace = '';

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'loccheck-action-'));
  // The action's checkout: the repository's files (tracked, or new and not ignored), without dist/ or node_modules.
  actionPath = path.join(tmp, 'action');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) if (existsSync(path.join(REPO, f)) && statSync(path.join(REPO, f)).isFile()) cpSync(path.join(REPO, f), path.join(actionPath, f));
  // The caller's repository: docs in locale folders, one with a merge conflict (an error), one clean.
  workspace = path.join(tmp, 'workspace');
  for (const [locale, body] of [
    ['fr-fr', `<<<<<<< HEAD\n${pair('a-1', 'Bonjour.', 'Hello.')}\n=======\ntheirs\n>>>>>>> main`],
    ['de-de', pair('a-1', 'Hallo.', 'Hello.')],
  ] as const) {
    mkdirSync(path.join(workspace, 'docs', locale), { recursive: true });
    writeFileSync(path.join(workspace, 'docs', locale, 'a.md'), article(locale, body));
  }
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('action.yml', () => {
  it('is a composite action whose shell scripts take inputs through env only, never as ${{ }} in the script', () => {
    expect(ACTION.runs.using).toBe('composite');
    for (const step of ACTION.runs.steps) if (step.run) expect(step.run).not.toContain('${{');
  });

  it('checks once: one loccheck process writes the JSON, SARIF, HTML, the step summary and the annotations', () => {
    const run = ACTION.runs.steps.find((s) => s.id === 'run')?.run as string;
    expect(run.match(/node "\$bin"/g)).toHaveLength(1);
    expect(run).not.toContain('merge-reports');
    expect(run).toContain('-f "json:$json" -f "sarif:$sarif" -f "html:$html" -f "markdown:$summary" -f github');
  });

  it('sets up Node 20 only when the job has no Node, or one older than 20', () => {
    const check = ACTION.runs.steps.find((s) => s.id === 'node') as Step;
    const setup = ACTION.runs.steps.find((s) => s.uses?.startsWith('actions/setup-node@')) as Step;
    expect(setup.if).toBe("${{ steps.node.outputs.setup == 'true' }}");
    expect(setup.with?.['node-version']).toBe(20);
    /** The check step's output with `node` on the PATH printing this major version (or with no node at all). */
    const decide = (major: number | undefined): string => {
      const bin = mkdtempSync(path.join(tmp, 'bin-'));
      if (major !== undefined) writeFileSync(path.join(bin, 'node'), `#!/bin/bash\necho ${major}\n`, { mode: 0o755 });
      const output = path.join(bin, 'output');
      const r = spawnSync('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', check.run as string], { env: { PATH: bin, GITHUB_OUTPUT: output }, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(output, 'utf8');
    };
    expect(decide(undefined)).toBe('setup=true\n');
    expect(decide(18)).toBe('setup=true\n');
    expect(decide(20)).toBe('setup=false\n');
    expect(decide(24)).toBe('setup=false\n');
  });

  it(
    'run on a quoted glob ("docs/*/"): Node kept, production install, exit code and reports as outputs, artifact and SARIF uploads',
    () => {
      const temp = path.join(tmp, 'runner-temp');
      mkdirSync(temp);
      const ran = runAction(actionPath, workspace, temp, { paths: 'docs/*/' });
      const byName = (name: string) => ran.steps.find((s) => s.step.name === name) as Ran['steps'][number];
      for (const s of ran.steps) if (s.code !== undefined && s.step.name !== 'Fail on findings') expect(s.code, `${s.step.name}: ${s.stderr}`).toBe(0);

      // Node 20+ is on this machine (as on GitHub's runners): setup-node is skipped and the job keeps its Node.
      expect(ran.ctx.steps['node']?.outputs).toEqual({ setup: 'false' });
      expect(byName('Set up Node.js 20').ran).toBe(false);

      // The install: production dependencies only, dist/ compiled.
      const install = byName('Install loccheck');
      const modules = readdirSync(path.join(actionPath, 'node_modules'));
      expect(modules).toContain('commander');
      for (const dev of ['vitest', 'typescript', 'playwright-core', 'tsx', 'fast-check', 'axe-core']) expect(modules).not.toContain(dev);
      expect(existsSync(path.join(actionPath, 'dist', 'cli', 'main.js'))).toBe(true);
      console.log(
        `action install: ${((install.ms ?? 0) / 1000).toFixed(1)} s, node_modules ${(duSize(path.join(actionPath, 'node_modules')) / 2 ** 20).toFixed(1)} MiB ` +
          `(${modules.length} entries), dist ${(duSize(path.join(actionPath, 'dist')) / 2 ** 20).toFixed(1)} MiB`,
      );

      // The run: both locale folders matched by the glob, the conflict found, exit code 1 passed on.
      const outputs = ran.ctx.steps['run']?.outputs ?? {};
      expect(outputs['exit-code']).toBe('1');
      const report = JSON.parse(readFileSync(outputs['json'] as string, 'utf8')) as { summary: { files: number; locales: string[] }; findings: { ruleId: string; path: string }[] };
      expect(report.summary.files).toBe(2);
      expect(report.summary.locales).toEqual(['de-DE', 'fr-FR']);
      expect(report.findings.map((f) => [f.ruleId, f.path])).toContainEqual(['merge-conflict-marker', 'docs/fr-fr/a.md']);
      expect(JSON.parse(readFileSync(outputs['sarif'] as string, 'utf8')).version).toBe('2.1.0');
      expect(readFileSync(outputs['html'] as string, 'utf8')).toMatch(/^<!doctype html>/i);
      expect(readFileSync(path.join(temp, 'step-summary.md'), 'utf8')).toContain('merge-conflict-marker');
      expect(byName('Run loccheck').stderr).toContain('::error file=docs/fr-fr/a.md');

      // The uploads get the reports written.
      const sarif = byName('Upload SARIF');
      expect(sarif.ran).toBe(true);
      expect(sarif.step.uses).toBe('github/codeql-action/upload-sarif@v3');
      expect(sarif.with?.['sarif_file']).toBe(outputs['sarif']);
      const artifact = byName('Upload the reports');
      expect(artifact.ran).toBe(true);
      expect(artifact.step.uses).toBe('actions/upload-artifact@v4');
      expect(artifact.with?.['name']).toBe('loccheck-report');
      expect(readdirSync(artifact.with?.['path'] as string).sort()).toEqual(['loccheck.html', 'loccheck.json', 'loccheck.md', 'loccheck.sarif']);

      // The step fails with loccheck's exit code.
      expect(byName('Fail on findings').code).toBe(1);
    },
    300_000,
  );

  // Runs after the test above, which installed the action.
  it(
    'fail-on never: the last step passes; upload-artifact false skips the upload; a glob matching nothing fails the run step with exit 2',
    () => {
      const temp = path.join(tmp, 'runner-temp-2');
      mkdirSync(temp);
      // The install above left node_modules and dist/ in the action's folder: not run again.
      const installed = ['Install loccheck'];
      const ran = runAction(actionPath, workspace, temp, { paths: 'docs/*/', 'fail-on': 'never', 'upload-artifact': 'false', 'upload-sarif': 'false' }, installed);
      expect(ran.ctx.steps['run']?.outputs['exit-code']).toBe('0');
      expect(ran.steps.find((s) => s.step.name === 'Upload the reports')?.ran).toBe(false);
      expect(ran.steps.find((s) => s.step.name === 'Upload SARIF')?.ran).toBe(false);
      expect(ran.steps.find((s) => s.step.name === 'Fail on findings')?.code).toBe(0);

      const temp3 = path.join(tmp, 'runner-temp-3');
      mkdirSync(temp3);
      const none = runAction(actionPath, workspace, temp3, { paths: 'nothing/*/' }, installed);
      const run = none.steps.find((s) => s.step.name === 'Run loccheck');
      expect(run?.code).toBe(2);
      expect(run?.stderr).toContain('nothing/*/');
      // The documented output tells a later step (if: always()) why the run failed.
      expect(none.ctx.steps['run']?.outputs['exit-code']).toBe('2');
    },
    300_000,
  );
});
