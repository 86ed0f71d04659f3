// Imports point down the layers (ARCHITECTURE.md, "Layers and imports"), and only the cli touches the process.
//
// Layers, lowest first. A file may import from its own layer and from any layer of a LOWER rank; layers of the
// same rank are siblings and may not import each other.
//
//   0  model        src/model.ts                       core records; imports nothing from src
//   0  io           src/io/**                          readBounded, writeAtomic; imports nothing from src
//   1  config       src/config/schema.ts, safe-regex.ts  the schema, defaults and regex guard (pure)
//   2  parse        src/parse/**                       bytes → ParsedArticle
//   3  corpus       src/corpus/**                      discover, family, read (may parse front matter)
//   3  checks       src/checks/**                      one file per check
//   4  engine       src/engine/**                      rules, scopes, witnesses, finalize, analyze, pool, worker
//   5  cache        src/cache/**                       stores the engine's FamilyResult: sits right above the engine
//   6  run          src/run.ts                         lint(): corpus + engine + cache
//   6  report       src/report/**                      (Report) => string
//   6  config-load  src/config/load.ts                 finds, reads and validates the config file (knows the check ids)
//   0  version      src/version.ts                     the package's version, read from its package.json
//   7  cli          src/cli/**                         argv, stdout, stderr, exit codes
//   7  api          src/index.ts                       the public API: lint, format, loadConfig and the types
//
// Only src/cli may touch process.argv, process.exit, process.exitCode, process.stdin, process.stdout or
// process.stderr.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Layer {
  readonly name: string;
  readonly rank: number;
}

/** The layer of a file, from its path relative to the repository root (`src/...`, forward slashes). */
function layerOf(file: string): Layer {
  const rel = file.replace(/\\/g, '/');
  if (!rel.startsWith('src/')) throw new Error(`${file} is not below src/`);
  const parts = rel.slice(4).split('/');
  const top = parts[0] as string;
  if (parts.length === 1) {
    if (top === 'model.ts') return { name: 'model', rank: 0 };
    if (top === 'run.ts') return { name: 'run', rank: 6 };
    // The package's own version (read from its package.json): below everything that names it.
    if (top === 'version.ts') return { name: 'version', rank: 0 };
    // The public API (`import { lint } from 'loccheck'`): beside the cli, over run, report and config.
    if (top === 'index.ts') return { name: 'api', rank: 7 };
    throw new Error(`${file}: no layer for this file (add it to test/layers.test.ts and ARCHITECTURE.md)`);
  }
  if (top === 'config') {
    return parts[1] === 'load.ts' ? { name: 'config-load', rank: 6 } : { name: 'config', rank: 1 };
  }
  const ranks: Record<string, number> = { io: 0, parse: 2, corpus: 3, checks: 3, engine: 4, cache: 5, report: 6, cli: 7 };
  const rank = ranks[top];
  if (rank === undefined) throw new Error(`${file}: no layer for the folder src/${top} (add it to test/layers.test.ts and ARCHITECTURE.md)`);
  return { name: top, rank };
}

/** The text without comments (imports or `process.exit` named in a comment are not uses). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Every relative module a file imports: `from '…'` (static imports and re-exports), `import '…'`, `import('…')`. */
function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of stripComments(text).matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)) {
    if ((m[1] as string).startsWith('.')) out.push(m[1] as string);
  }
  return out;
}

const PROCESS_ONLY_CLI = /\bprocess\s*\.\s*(argv|exit|exitCode|stdin|stdout|stderr)\b/g;

/** Every layer violation of a set of sources (`path` relative to the repository root → text). */
function violations(sources: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const [file, text] of sources) {
    const from = layerOf(file);
    for (const spec of importsOf(text)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts');
      if (!target.startsWith('src/')) {
        out.push(`${file} imports ${spec}, outside src/`);
        continue;
      }
      const to = layerOf(target);
      if (to.name === from.name) continue;
      if (to.rank > from.rank) out.push(`${file} (${from.name}) imports ${spec} (${to.name}): a higher layer`);
      else if (to.rank === from.rank) out.push(`${file} (${from.name}) imports ${spec} (${to.name}): a sibling layer`);
    }
    if (from.name !== 'cli') {
      for (const m of stripComments(text).matchAll(PROCESS_ONLY_CLI)) out.push(`${file} (${from.name}) uses process.${m[1]}: only src/cli may`);
    }
  }
  return out;
}

function sourcesBelow(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.ts')) out.set(path.relative(ROOT, p).split(path.sep).join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

describe('layers', () => {
  const sources = sourcesBelow(path.join(ROOT, 'src'));

  it('reads the imports of every source file', () => {
    // A scanner that stopped matching would pass every rule below: it must see the imports that exist.
    const all = [...sources.values()].flatMap(importsOf);
    expect(sources.size).toBeGreaterThan(60);
    expect(all.length).toBeGreaterThan(200);
    expect(importsOf(sources.get('src/run.ts') ?? '')).toContain('./cache/cache.js');
    expect(importsOf(sources.get('src/engine/analyze-entry.ts') ?? '')).toContain('../corpus/read.js');
  });

  it('has every src file in a layer', () => {
    for (const file of sources.keys()) expect(() => layerOf(file)).not.toThrow();
  });

  it('has every import pointing down the layers, and only the cli touching the process', () => {
    expect(violations(sources)).toEqual([]);
  });

  describe('catches', () => {
    const one = (file: string, text: string): string[] => violations(new Map([[file, text]]));

    it('the model importing parse (the import this test was written for)', () => {
      expect(one('src/model.ts', "import type { Fact } from './parse/facts.js';\n")).toEqual([
        'src/model.ts (model) imports ./parse/facts.js (parse): a higher layer',
      ]);
    });

    it('imports up the layers, in every syntax', () => {
      expect(one('src/parse/x.ts', "import {\n  lint,\n} from '../run.js';")).toHaveLength(1);
      expect(one('src/checks/x.ts', "export * from '../engine/rules.js';")).toHaveLength(1);
      expect(one('src/engine/x.ts', "const m = await import('../cache/cache.js');")).toHaveLength(1);
      expect(one('src/corpus/x.ts', "import '../engine/pool.js';")).toHaveLength(1);
      expect(one('src/engine/x.ts', "import { format } from '../report/index.js';")).toHaveLength(1);
      expect(one('src/report/x.ts', "import { runCli } from '../cli/main.js';")).toHaveLength(1);
      expect(one('src/config/schema.ts', "import { checks } from '../checks/registry.js';")).toHaveLength(1);
      expect(one('src/io/files.ts', "import type { Config } from '../config/schema.js';")).toHaveLength(1);
    });

    it('imports between siblings', () => {
      expect(one('src/checks/x.ts', "import { readEntry } from '../corpus/read.js';")).toEqual([
        'src/checks/x.ts (checks) imports ../corpus/read.js (corpus): a sibling layer',
      ]);
      expect(one('src/report/x.ts', "import { lint } from '../run.js';")).toHaveLength(1);
    });

    it('process.exit, argv and stdout outside the cli', () => {
      expect(one('src/engine/x.ts', 'process.exit(1);')).toEqual(['src/engine/x.ts (engine) uses process.exit: only src/cli may']);
      expect(one('src/run.ts', 'const a = process.argv.slice(2); process.stdout.write("x");')).toHaveLength(2);
      expect(one('src/cli/x.ts', 'process.exitCode = 2; process.stdout.write("x");')).toEqual([]);
    });

    it('and lets through what is allowed', () => {
      expect(one('src/cli/x.ts', "import { lint } from '../run.js';\nimport { format } from '../report/index.js';")).toEqual([]);
      expect(one('src/cache/x.ts', "import type { FamilyResult } from '../engine/analyze-entry.js';")).toEqual([]);
      expect(one('src/engine/x.ts', "import { readEntry } from '../corpus/read.js';\nimport { x } from './y.js';")).toEqual([]);
      expect(one('src/parse/x.ts', "// see '../run.js'\n/* import { lint } from '../run.js' */ import { y } from 'node:fs';\n// process.exit(1)")).toEqual([]);
    });
  });
});
