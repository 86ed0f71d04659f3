// Hostile input: every bad file becomes a finding or a one-line message, the run goes on, inputs stay untouched.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXIT_OK } from '../src/cli/main.js';
import { analyzeEntry } from '../src/engine/analyze-entry.js';
import { activeRules, analyzeArticle, checkFamilies, checkProject, finalizeFindings, groupFamilies, summarizeArticle } from '../src/engine/engine.js';
import { defaultConfig } from '../src/config/schema.js';
import type { Finding } from '../src/model.js';
import { neutralizeTextLessThan } from '../src/parse/bilingual-prepare.js';
import { extractFacts } from '../src/parse/facts.js';
import { fm, pair } from './helpers/check-tester.js';
import { run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const tree = tempTrees('loccheck-hostile-');
const rules = activeRules(defaultConfig);

/** sha256 of every file below a folder, by relative path (symbolic links by their target text). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string): void => {
    for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) {
        try {
          out[r] = createHash('sha256').update(readFileSync(path.join(dir, r))).digest('hex');
        } catch {
          out[r] = `unreadable ${statSync(path.join(dir, r)).mode}`;
        }
      } else out[r] = 'link';
    }
  };
  walk('');
  return out;
}

const nested = `${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`;
const HOSTILE: Record<string, string> = {
  'fr-FR/empty.md': '',
  'fr-FR/unclosed-front-matter.md': '---\ntitle: x\n# never closed\n',
  'fr-FR/toml.md': '---toml\ntitle = "x"\n---\n# T\n',
  'fr-FR/bad-yaml.md': '---\ntitle: [unclosed\n---\n# T\n',
  'fr-FR/nested.md': `${fm('fr-FR')}\n${nested}\n${pair('n-1', 'Après', 'After')}\n`,
  'fr-FR/unclosed-span.md': `${fm('fr-FR')}\n<span data-ttu-id="u-1">Bonjour <span data-ttu-id="u-2">x</span><span class="sxs-lookup"><span data-stu-id="u-2">x</span></span>\n`,
  'fr-FR/swapped.md': `${fm('fr-FR')}\n<span class="sxs-lookup"><span data-stu-id="s-1">Hello</span></span><span data-ttu-id="s-1">Bonjour</span>\n\n<span data-ttu-id="i-1">A<span class="sxs-lookup"></span><span data-stu-id="i-1">B</span></span>\n`,
  'fr-FR/no-partner.md': `${fm('fr-FR')}\n<span data-ttu-id="p-1">Seul</span>\n`,
  'fr-FR/ragged.md': `${fm('fr-FR')}\n| a | b | c |\n|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 | 5 |\n`,
  'fr-FR/conflicts.md': `${fm('fr-FR')}\n${'<<<<<<< HEAD\n=======\n>>>>>>> x\n'.repeat(200)}`,
  'fr-FR/leaves-root.md': `${fm('fr-FR')}\n[passwd](../../../../../../etc/passwd) [abs](/etc/hostname)\n`,
  'fr-FR/dossier avec espaces/é ü 文件.md': `${fm('fr-FR')}\n# ${pair('w-1', 'Titre', 'Title')}\n`,
  'fr-FR/crlf.md': `${fm('fr-FR').replace(/\n/g, '\r\n')}\r\n${pair('c-1', 'Bonjour le monde', 'Hello world')}\r\n`,
  'fr-FR/lone-cr.md': `${fm('fr-FR').replace(/\n/g, '\r')}\r<<<<<<< HEAD\r=======\r>>>>>>> x\r`,
};

describe('a hostile tree', () => {
  it('with --fail-on never: exit 0, every unreadable or undecodable file named by a finding, nothing written', async () => {
    const dir = tree(HOSTILE);
    writeFileSync(path.join(dir, 'fr-FR/binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe]));
    writeFileSync(path.join(dir, 'fr-FR/invalid-utf8.md'), Buffer.from([0x23, 0x20, 0xc3, 0x28, 0x0a]));
    writeFileSync(path.join(dir, 'fr-FR/utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Titre\n', 'utf16le')]));
    writeFileSync(path.join(dir, 'fr-FR/huge.md'), '');
    truncateSync(path.join(dir, 'fr-FR/huge.md'), 50 * 1024 * 1024); // 50 MB (sparse): refused before reading
    mkdirSync(path.join(dir, 'fr-FR/loop'));
    symlinkSync('..', path.join(dir, 'fr-FR/loop/up')); // a symlink loop
    symlinkSync('/etc', path.join(dir, 'fr-FR/etc-link')); // a link leaving the root
    writeFileSync(path.join(dir, 'fr-FR/secret.md'), '# secret\n');
    chmodSync(path.join(dir, 'fr-FR/secret.md'), 0o000);
    const asRoot = process.getuid?.() === 0; // root reads anyway: then the file is simply checked
    const before = snapshot(dir);

    const started = performance.now();
    const r = await run(['-f', 'json', '--fail-on', 'never', 'fr-FR'], { cwd: dir });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(r.code).toBe(EXIT_OK);
    expect(r.stderr).toBe('');
    const findings = (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
    const on = (file: string): string[] => findings.filter((f) => f.path === `fr-FR/${file}`).map((f) => `${f.ruleId}/${f.messageId}:${f.line}`);
    expect(on('binary.md')).toEqual(['unreadable-file/binary:1']);
    expect(on('invalid-utf8.md')).toEqual(['unreadable-file/invalid-utf8:1']);
    expect(on('utf16.md')).toEqual(['unreadable-file/utf16:1']);
    expect(on('huge.md')).toEqual(['unreadable-file/too-large:1']);
    expect(on('unclosed-front-matter.md')).toEqual(['front-matter/unclosed:1']);
    expect(on('toml.md')).toEqual(['front-matter/language:1']);
    expect(on('bad-yaml.md').map((s) => s.split(':')[0])).toEqual(['front-matter/yaml']);
    expect(on('unclosed-span.md')).toContain('bilingual-markup/unclosed-span:6');
    expect(on('no-partner.md')).toEqual(['bilingual-markup/missing-source:6']);
    expect(on('swapped.md').length).toBeGreaterThan(0);
    expect(on('conflicts.md')).toHaveLength(200);
    expect(on('lone-cr.md')).toEqual(['merge-conflict-marker/block:6']);
    expect(on('crlf.md')).toEqual([]);
    expect(on('leaves-root.md').every((s) => s.startsWith('broken-link/outside-root'))).toBe(true);
    expect(on('leaves-root.md').length).toBeGreaterThanOrEqual(1);
    // Whether 5,000 levels overflow the tree builder depends on the stack left; either way the run goes on and
    // the file is checked (with a too-deep finding when the fallback read was needed).
    expect(on('nested.md').filter((s) => s !== 'bilingual-markup/too-deep:1')).toEqual([]);
    if (!asRoot) expect(on('secret.md')).toEqual(['unreadable-file/unreadable:1']);
    // Nothing outside the root was read as an article, and the symlinks were not followed.
    expect(findings.every((f) => f.path.startsWith('fr-FR/'))).toBe(true);
    expect(findings.some((f) => f.path.includes('loop/') || f.path.includes('etc-link'))).toBe(false);
    expect(findings.some((f) => f.path === 'fr-FR/dossier avec espaces/é ü 文件.md')).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('a file deleted while scanning is named by a finding', () => {
    const r = analyzeEntry({ base: { abs: '/nonexistent/', shown: 'fr-FR/' }, root: 0, relPath: 'gone.md', locale: 'fr-FR', family: 'gone.md' }, rules, 1e6);
    expect(r.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.message}`)).toEqual([
      expect.stringMatching(/^unreadable-file\/unreadable .*deleted while scanning/),
    ]);
  });

  it('a 100,000-segment article is parsed in bounded time with every segment', () => {
    const body = Array.from({ length: 100_000 }, (_, i) => pair(`b-${i}`, `Phrase ${i}.`, `Sentence ${i}.`)).join(' ');
    const started = performance.now();
    const { article } = analyzeArticle({ bytes: Buffer.from(`${fm('fr-FR')}\n${body}\n`), path: 'fr-FR/big.md', relPath: 'big.md', root: 0, locale: 'fr-FR' }, rules, 1e9);
    expect(article.segments).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 90_000);
});

describe('no ReDoS: pathological strings finish in bounded time', () => {
  const cases = [
    'a'.repeat(100_000),
    `${'a-'.repeat(50_000)}!`,
    `<${'a '.repeat(50_000)}`,
    `<a ${'x="'.repeat(20_000)}`,
    '\\'.repeat(100_000),
    `${'1.'.repeat(50_000)}x`,
    `${'1,'.repeat(50_000)}x`,
    `https://${'a.'.repeat(50_000)}`,
    `${'$'.repeat(50_000)}a`,
    `${'-'.repeat(100_000)}`,
    `${'`'.repeat(50_000)}`,
    `<!-- loccheck-disable ${'a '.repeat(50_000)}`,
    `${'AbC'.repeat(30_000)}==`,
    `${'{'.repeat(50_000)}`,
    // Issue 18's patterns: dotted names, namespaced types, options, bracketed and upper-case names, code syntax, native digits.
    `${'a.'.repeat(50_000)}X`,
    `${'a.b'.repeat(30_000)}#`,
    `${'a:'.repeat(50_000)}/`,
    `${'--a'.repeat(40_000)}_`,
    `${'--a-'.repeat(30_000)}`,
    `[${'A-'.repeat(40_000)}`,
    `${'A_'.repeat(50_000)}a`,
    `_a${'B'.repeat(60_000)}`,
    `${'-1.#IND '.repeat(20_000)}`,
    `${'a::'.repeat(40_000)}`,
    `${'۴۰ '.repeat(30_000)}`,
    `${'\\*'.repeat(50_000)}`,
    `${'_ '.repeat(50_000)}`,
    `${'50% '.repeat(20_000)}`,
  ];
  for (const [i, text] of cases.entries()) {
    it(`case ${i}: facts, the '<' scan and a whole article parse`, () => {
      const started = performance.now();
      extractFacts(text, { locale: 'fr-FR' });
      neutralizeTextLessThan(text);
      analyzeArticle({ bytes: Buffer.from(`${fm('fr-FR')}\n${pair('r-1', text, text)}\n`), path: 'fr-FR/r.md', relPath: 'r.md', root: 0, locale: 'fr-FR' }, rules, 1e9);
      expect(performance.now() - started).toBeLessThan(5_000);
    }, 20_000);
  }
});

describe('property: any text, and any mutation of a real seed, never throws and keeps positions inside the file', () => {
  const seed = readFileSync(path.join(REPO, 'fixtures/seeds/002_793b926295e176e2.txt'), 'utf8');
  function check(texts: Record<string, string>): void {
    const articles = [];
    const pending = [];
    for (const [locale, text] of Object.entries(texts)) {
      const started = performance.now();
      const r = analyzeArticle({ bytes: Buffer.from(text), path: `${locale}/a.md`, relPath: 'a.md', root: 0, locale, family: 'a.md' }, rules, 1e9);
      expect(performance.now() - started).toBeLessThan(5_000);
      articles.push(r.article);
      pending.push(...r.findings);
    }
    const project = { roots: ['x'], fileExists: () => false, articleAt: () => undefined };
    pending.push(...checkFamilies(groupFamilies(articles), rules));
    pending.push(...checkProject(articles.map(summarizeArticle), rules, project));
    for (const f of finalizeFindings(pending)) {
      const text = texts[f.locale] as string;
      const lines = text.split(/\r\n|\r|\n/);
      expect(f.line, `${f.ruleId} ${f.message}`).toBeGreaterThanOrEqual(1);
      expect(f.line, `${f.ruleId} ${f.message}`).toBeLessThanOrEqual(Math.max(1, lines.length));
      expect(f.column).toBeLessThanOrEqual((lines[f.line - 1] ?? '').length + 1);
    }
  }

  it('arbitrary text (with Markdown, HTML and bilingual fragments)', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('<span data-ttu-id="a">', '</span>', '<span class="sxs-lookup">', '<span data-stu-id="a">', '\n', '\r\n', '\r', '|', '---\n', '```\n', '<<<<<<< HEAD\n', '=======\n', '<!--', '-->', '[x](', ')', '#', '8.3', '\u0000', '\uFFFD'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(piece, { maxLength: 60 }), (a, b) => check({ 'fr-FR': a.join(''), 'de-DE': b.join('') })),
      { numRuns: 150, seed: 20261121 },
    );
  }, 120_000);

  it('mutations of a real seed article: deletions, insertions and duplications at arbitrary places', () => {
    const edit = fc.record({ at: fc.nat(seed.length), len: fc.nat(400), insert: fc.oneof(fc.string(), fc.constantFrom('<span data-ttu-id="z">', '</span></span>', '\r', '<<<<<<< HEAD\n', '|', '---')) });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let text = seed;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + Math.min(e.len, 50));
        }
        check({ 'pt-BR': text, 'es-ES': seed });
      }),
      { numRuns: 40, seed: 20261121 },
    );
  }, 180_000);
});

describe('interrupted by SIGINT', () => {
  it('exits 130 and leaves no report, no cache and no temporary file', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`fr-FR/a-${i}.md`] = `${fm('fr-FR')}\n${Array.from({ length: 60 }, (_, j) => pair(`x-${j}`, `Phrase ${j} 8,3`, `Sentence ${j} 8.3`)).join(' ')}\n`;
    const dir = tree(files);
    const before = snapshot(dir);
    const child = spawn(process.execPath, [path.join(REPO, 'bin/loccheck.js'), '--cache', '-f', 'json', '-o', 'report.json', 'fr-FR'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise((r) => setTimeout(r, 700));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('loccheck: interrupted (SIGINT); no report written');
    expect(existsSync(path.join(dir, 'report.json'))).toBe(false);
    expect(existsSync(path.join(dir, '.loccheck-cache'))).toBe(false);
    expect(snapshot(dir)).toEqual(before);
  }, 30_000);
});
