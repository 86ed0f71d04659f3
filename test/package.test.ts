// The package as a user installs it: `npm pack`, installed into an empty project from the tarball, then
// `npx loccheck` and `import { lint } from 'loccheck'` (and its types) used from there.
// Needs the built dist/ (`npm run build`) and the npm registry (the tarball's dependencies are installed from it).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const PKG = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

// npm's own variables from an outer `npm test` (npm_config_*, npm_lifecycle_*) must not steer the inner npm.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));

const pair = (id: string, target: string, source: string): string =>
  `<span data-ttu-id="${id}">${target}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

let tmp = '';
let project = '';
let packed: string[] = [];

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'loccheck-pack-'));
  // --ignore-scripts: pack the dist/ that is built, without `prepare` rebuilding it under the other tests' feet.
  const out = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: REPO, env, encoding: 'utf8' });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  packed = (info?.files ?? []).map((f) => f.path).sort();
  project = path.join(tmp, 'project');
  mkdirSync(path.join(project, 'docs', 'fr-FR'), { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // One article with a merge conflict (an error) on line 5.
  writeFileSync(
    path.join(project, 'docs', 'fr-FR', 'a.md'),
    `---\nms.contentlocale: fr-FR\n---\n\n<<<<<<< HEAD\n${pair('a-1', 'Bonjour.', 'Hello.')}\n=======\ntheirs\n>>>>>>> main\n`,
  );
  execFileSync(NPM, ['install', '--no-audit', '--no-fund', '--no-package-lock', path.join(tmp, info?.filename ?? '')], {
    cwd: project,
    env,
    stdio: 'pipe',
  });
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the built code, its types, the launcher, docs, LICENSE and README, and nothing else', () => {
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/loccheck.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/engine/worker.js', 'docs/configuration.md']) {
      expect(packed).toContain(f);
    }
    const tops = new Set(packed.map((f) => (f.includes('/') ? `${f.split('/')[0]}/` : f)));
    expect([...tops].sort()).toEqual(['LICENSE', 'README.md', 'bin/', 'dist/', 'docs/', 'package.json']);
    // No source maps (they would point at src/, which is not shipped), no test-only reference reader.
    expect(packed.filter((f) => f.endsWith('.map') || f.includes('markdown-tree'))).toEqual([]);
    expect(readFileSync(path.join(project, 'node_modules', 'loccheck', 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) loccheck contributors\n/);
  });

  it('every package the shipped code imports is a runtime dependency (none only in devDependencies)', () => {
    const installed = path.join(project, 'node_modules', 'loccheck');
    const builtins = new Set(builtinModules);
    const imported = new Set<string>();
    for (const f of packed.filter((p) => /\.(js|d\.ts)$/.test(p))) {
      const text = readFileSync(path.join(installed, f), 'utf8');
      const statics = text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm);
      const dynamics = text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g);
      for (const m of [...statics, ...dynamics]) {
        const spec = (m[1] ?? m[2]) as string;
        if (spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec)) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
      }
    }
    const runtime = new Set(Object.keys(PKG.dependencies));
    // Type-only imports in .d.ts files may name @types packages (hast, unist); none may name a dev-only package.
    const missing = [...imported].filter((p) => !runtime.has(p) && !runtime.has(`@types/${p}`) && !PKG.devDependencies[`@types/${p}`]);
    expect(missing).toEqual([]);
    for (const gone of ['gray-matter', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'unified', 'ajv-draft-04']) {
      expect(imported.has(gone), gone).toBe(false);
      expect(runtime.has(gone), gone).toBe(false);
    }
  });
});

describe('installed into an empty project', () => {
  it('npx loccheck --version prints the version; npx loccheck checks a folder and exits 1 on an error', () => {
    const version = spawnSync(NPX, ['--no', '--', 'loccheck', '--version'], { cwd: project, env, encoding: 'utf8' });
    expect([version.status, version.stdout, version.stderr]).toEqual([0, `${PKG.version}\n`, '']);

    const check = spawnSync(NPX, ['--no', '--', 'loccheck', 'docs', '--format', 'json'], { cwd: project, env, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as { tool: { version: string }; findings: { ruleId: string; path: string; line: number }[] };
    expect(report.tool.version).toBe(PKG.version);
    expect(report.findings.map((f) => `${f.ruleId} ${f.path}:${f.line}`)).toEqual(['merge-conflict-marker docs/fr-FR/a.md:5']);
  });

  it("import { lint, format } from 'loccheck' works from a plain ESM script; deep imports are closed", () => {
    const script = [
      "import { lint, format, loadConfig, defaultConfig, FORMATS } from 'loccheck';",
      "const config = loadConfig(process.cwd(), undefined, ['docs']);",
      "const { report } = await lint({ inputs: ['docs'], cwd: process.cwd(), config });",
      'console.log(JSON.stringify({',
      '  version: report.tool.version,',
      '  rules: report.findings.map((f) => f.ruleId),',
      "  failOn: defaultConfig.failOn, formats: FORMATS.length, json: JSON.parse(format(report, 'json', { color: false })).findings.length,",
      '}));',
      "try { await import('loccheck/dist/run.js'); console.log('deep import allowed'); } catch (e) { console.log(e.code); }",
    ].join('\n');
    writeFileSync(path.join(project, 'use.mjs'), script);
    const r = spawnSync(process.execPath, ['use.mjs'], { cwd: project, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [first, second] = r.stdout.split('\n');
    expect(JSON.parse(first as string)).toEqual({ version: PKG.version, rules: ['merge-conflict-marker'], failOn: 'error', formats: 9, json: 1 });
    expect(second).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  it('the types resolve through "exports": a strict TypeScript consumer compiles, and a wrong call does not', () => {
    const good = [
      "import { lint, type LintResult, type Finding, type Report, type Config, defaultConfig } from 'loccheck';",
      'const config: Config = { ...defaultConfig, failOn: "warning" };',
      "const result: LintResult = await lint({ inputs: ['docs'], cwd: '.', config });",
      'const report: Report = result.report;',
      'const first: Finding | undefined = report.findings[0];',
      'export const line: number | undefined = first?.line;',
    ].join('\n');
    const bad = "import { lint } from 'loccheck';\nawait lint({ inputs: 'docs', cwd: 1 });\nexport {};\n";
    writeFileSync(path.join(project, 'good.ts'), good);
    writeFileSync(path.join(project, 'bad.ts'), bad);
    const tsc = (file: string) =>
      spawnSync(
        process.execPath,
        [TSC, '--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', file],
        { cwd: project, env, encoding: 'utf8' },
      );
    const ok = tsc('good.ts');
    expect(ok.stdout).toBe('');
    expect(ok.status).toBe(0);
    const ko = tsc('bad.ts');
    expect(ko.status).not.toBe(0);
    expect(ko.stdout).toMatch(/bad\.ts\(2,\d+\): error TS2322/);
  });

  it('installs no dev-only package (remark, unified, gray-matter, ajv-draft-04)', () => {
    const modules = new Set(readdirSync(path.join(project, 'node_modules')));
    for (const name of ['remark-parse', 'remark-gfm', 'remark-frontmatter', 'unified', 'gray-matter', 'js-yaml', 'esprima', 'ajv-draft-04', 'typescript', 'vitest']) {
      expect(modules.has(name), name).toBe(false);
    }
    expect(modules.has('yaml')).toBe(true);
  });
});
