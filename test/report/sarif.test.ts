// SARIF reporter: valid against the official 2.1.0 schema, GitHub's caps applied and announced, paths as URIs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/registry.js';
import type { Finding, Report } from '../../src/model.js';
import { SARIF_MAX_RELATED, SARIF_MAX_RESULTS, formatSarif, pascalCase, pathToUri } from '../../src/report/sarif.js';
import { lint } from '../../src/run.js';
import { conflictFinding, finding, mangledFinding, reportOf, unclosedFinding } from '../helpers/finding.js';
import { SEEDS } from '../helpers/seeds.js';

const REPO = path.resolve(import.meta.dirname, '../..');
// CI clones the repository next to `shared`, so the schema sits at `<repo root>/../shared/schemas/`.
const SCHEMA_FILE = path.resolve(REPO, '../shared/schemas/sarif-schema-2.1.0.json');

// Formats are checked by our own functions instead of ajv-formats (not a dependency): RFC 3986 characters only,
// so an unencoded space or non-ASCII character in a URI fails validation.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
// ajv-draft-04 is CommonJS: under NodeNext its default import is `module.exports`, whose `default` is the class.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URI_CHARS.test(s));
ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);

function expectValid(sarif: unknown): void {
  const ok = validate(sarif);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

interface SarifLocation {
  id?: number;
  message?: { text: string };
  physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn?: number; endLine?: number } };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  relatedLocations?: SarifLocation[];
  properties: Record<string, string>;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { category: string; tags: string[] };
}
interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { level: string; message: { text: string } }[] }[];
    columnKind: string;
    results: SarifResult[];
  }[];
}

const report = (findings: Finding[], notes: string[] = []): Report => reportOf(findings, { notes, summary: { files: 1 } });

const conflict = conflictFinding({ endLine: 87, actual: '<<<<<<< 标头' });
const mangled = mangledFinding({
  path: 'fr-FR/my guide/a.md',
  locale: 'fr-FR',
  family: 'guide/a.md',
  messageId: 'mangled',
  category: 'fact',
  related: [{ path: 'en-US/a.md', locale: 'en-US', line: 11, column: 3, message: 'the English source', target: 'le texte' }],
  fingerprint: 'ffffffffffffffffffffffffffffffff',
});
const unclosed = unclosedFinding({
  locale: 'de-DE',
  messageId: 'unclosed',
  category: 'metadata',
  message: 'Front matter opened with --- is never closed.',
  expected: '---',
});

describe('formatSarif', () => {
  const text = formatSarif(report([conflict, mangled, unclosed], ['skipped symlink de-DE/link.md']));
  const sarif = JSON.parse(text) as Sarif;
  const run = sarif.runs[0];
  if (!run) throw new Error('no run');

  it('is valid SARIF 2.1.0 with the schemastore $schema, one JSON document ending in a newline', () => {
    expectValid(sarif);
    expect(text.endsWith('}\n')).toBe(true);
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  it('names the tool and lists every registered check as a rule', () => {
    const driver = run.tool.driver;
    expect(driver.name).toBe('loccheck');
    expect(driver.version).toBe('9.9.9');
    expect(driver.informationUri).toBe('https://github.com/loccheck/loccheck');
    expect(driver.rules.map((r) => r.id)).toEqual(checks.map((c) => c.meta.id));
    expect(driver.rules[0]).toEqual({
      id: 'merge-conflict-marker',
      name: 'MergeConflictMarker',
      shortDescription: { text: checks[0]?.meta.description },
      fullDescription: { text: `${checks[0]?.meta.description} Category: conflict. Default severity: error.` },
      help: {
        text: `${checks[0]?.meta.description}\n\nCategory: conflict. Default severity: error.\nWhat the check reports, why, and how to fix or suppress it: https://github.com/loccheck/loccheck/blob/main/docs/checks/merge-conflict-marker.md`,
        markdown: `**merge-conflict-marker** (conflict): ${checks[0]?.meta.description}\n\nDefault severity: error.\n\nWhat the check reports, why, and how to fix or suppress it: [merge-conflict-marker documentation](https://github.com/loccheck/loccheck/blob/main/docs/checks/merge-conflict-marker.md).`,
      },
      helpUri: 'https://github.com/loccheck/loccheck/blob/main/docs/checks/merge-conflict-marker.md',
      defaultConfiguration: { level: 'error' },
      properties: { category: 'conflict', tags: ['localization', 'conflict'] },
    });
    const levels = { error: 'error', warning: 'warning', info: 'note' } as const;
    for (const [i, c] of checks.entries()) {
      expect(driver.rules[i]?.defaultConfiguration.level).toBe(levels[c.meta.defaultSeverity]);
      expect(driver.rules[i]?.properties.category).toBe(c.meta.category);
    }
  });

  it('maps severities to levels: error → error, warning → warning, info → note', () => {
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
  });

  it('writes one result per finding with rule index, message, location, fingerprint and properties', () => {
    expect(run.results[0]).toEqual({
      ruleId: 'merge-conflict-marker',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Merge conflict left in the article (lines 80–87): resolve it and remove the markers. Found: "<<<<<<< 标头".' },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'zh-CN/a.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 80, startColumn: 67, endLine: 87 } } },
      ],
      partialFingerprints: { 'loccheck/v1': '0123456789abcdef0123456789abcdef' },
      properties: { locale: 'zh-CN', family: 'a.md', category: 'conflict', origin: 'translation', actual: '<<<<<<< 标头' },
    });
    const factIndex = checks.findIndex((c) => c.meta.id === 'fact-mismatch');
    expect(run.results[1]?.ruleIndex).toBe(factIndex);
    expect(run.tool.driver.rules[factIndex]?.id).toBe('fact-mismatch');
    expect(run.results[1]?.message.text).toBe('The number 1,024 is changed in the translation. Expected: "1 024"; found: "1 042".');
    expect(run.results[1]?.partialFingerprints).toEqual({ 'loccheck/v1': 'ffffffffffffffffffffffffffffffff' });
    expect(run.results[1]?.properties).toEqual({ locale: 'fr-FR', family: 'guide/a.md', category: 'fact', origin: 'translation', actual: '1 042', expected: '1 024' });
    expect(run.results[2]?.message.text).toBe('Front matter opened with --- is never closed. Expected: "---".');
    expect(run.results[2]?.locations[0]?.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1 });
  });

  it('percent-encodes a path with a space in the artifact URI', () => {
    expect(run.results[1]?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'fr-FR/my%20guide/a.md', uriBaseId: '%SRCROOT%' });
  });

  it('writes related locations with id, message (with the related translation) and place', () => {
    expect(run.results[1]?.relatedLocations).toEqual([
      {
        id: 0,
        message: { text: 'the English source (en-US): "le texte"' },
        physicalLocation: { artifactLocation: { uri: 'en-US/a.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 11, startColumn: 3 } },
      },
    ]);
    expect(run.results[0]).not.toHaveProperty('relatedLocations');
  });

  it('reports a successful invocation and each report note as a notification of level note', () => {
    expect(run.invocations).toEqual([
      { executionSuccessful: true, toolExecutionNotifications: [{ level: 'note', message: { text: 'skipped symlink de-DE/link.md' } }] },
    ]);
    const clean = JSON.parse(formatSarif(report([]))) as Sarif;
    expectValid(clean);
    expect(clean.runs[0]?.invocations).toEqual([{ executionSuccessful: true }]);
    expect(clean.runs[0]?.results).toEqual([]);
  });

  it('a finding of a check the registry does not know gets its own rule so ruleIndex stays valid', () => {
    const odd = finding({ path: 'a.md', line: 2, column: 1, ruleId: 'custom-check', severity: 'warning', message: 'odd', category: 'link' });
    const out = JSON.parse(formatSarif(report([odd]))) as Sarif;
    expectValid(out);
    const rules = out.runs[0]?.tool.driver.rules ?? [];
    expect(rules).toHaveLength(checks.length + 1);
    expect(out.runs[0]?.results[0]?.ruleIndex).toBe(checks.length);
    expect(rules[checks.length]).toMatchObject({ id: 'custom-check', name: 'CustomCheck', defaultConfiguration: { level: 'warning' } });
  });
});

describe('formatSarif caps', () => {
  it('exports the GitHub limits', () => {
    expect(SARIF_MAX_RESULTS).toBe(25_000);
    expect(SARIF_MAX_RELATED).toBe(10);
  });

  it('over maxResults keeps the most important (errors, then warnings, then info; report order within), and says what was left out', () => {
    const mk = (n: number, severity: Finding['severity']): Finding =>
      finding({ path: `f${n}.md`, line: n, column: 1, ruleId: 'front-matter', severity, message: `m${n}`, fingerprint: `fp${n}` });
    const findings = [mk(1, 'info'), mk(2, 'warning'), mk(3, 'error'), mk(4, 'warning'), mk(5, 'info'), mk(6, 'error'), mk(7, 'warning')];
    const out = JSON.parse(formatSarif(report(findings, ['a note']), { maxResults: 3 })) as Sarif;
    expectValid(out);
    // Kept: both errors and the first warning, most important first.
    expect(out.runs[0]?.results.map((r) => r.message.text)).toEqual(['m3', 'm6', 'm2']);
    expect(out.runs[0]?.invocations[0]?.toolExecutionNotifications).toEqual([
      { level: 'note', message: { text: 'a note' } },
      {
        level: 'warning',
        message: { text: 'SARIF capped at 3 of 7 results (GitHub code scanning limit); left out 2 warnings, 2 info. The JSON report has all findings.' },
      },
    ]);
  });

  it('at exactly maxResults nothing is capped and nothing is announced', () => {
    const findings = [1, 2].map((n) => finding({ path: 'a.md', line: n, column: 1, ruleId: 'front-matter', severity: 'info', message: `m${n}` }));
    const out = JSON.parse(formatSarif(report(findings), { maxResults: 2 })) as Sarif;
    expect(out.runs[0]?.results).toHaveLength(2);
    expect(out.runs[0]?.invocations[0]).toEqual({ executionSuccessful: true });
  });

  it('keeps the first 10 related locations of a result and says how many were left out', () => {
    const related = Array.from({ length: 13 }, (_, i) => ({ path: `l${i}/a.md`, locale: `l${i}`, line: i + 1, message: `place ${i}` }));
    const one = finding({ path: 'a.md', line: 1, column: 1, ruleId: 'fact-divergence', severity: 'warning', message: 'm', related });
    const two = finding({ path: 'b.md', line: 1, column: 1, ruleId: 'fact-divergence', severity: 'warning', message: 'n', related: related.slice(0, 11) });
    const out = JSON.parse(formatSarif(report([one, two]))) as Sarif;
    expectValid(out);
    const first = out.runs[0]?.results[0]?.relatedLocations ?? [];
    expect(first).toHaveLength(10);
    expect(first.map((r) => r.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(first[9]).toEqual({
      id: 9,
      message: { text: 'place 9 (l9)' },
      physicalLocation: { artifactLocation: { uri: 'l9/a.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 10 } },
    });
    expect(out.runs[0]?.invocations[0]?.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: { text: 'SARIF keeps at most 10 related locations per result; left out 4 related locations of 2 results. The JSON report has them all.' },
      },
    ]);
  });
});

describe('SARIF helpers', () => {
  it('pascalCase turns check ids into rule names', () => {
    expect(pascalCase('merge-conflict-marker')).toBe('MergeConflictMarker');
    expect(pascalCase('broken-link')).toBe('BrokenLink');
  });

  it('pathToUri encodes each segment: spaces, non-ASCII, #, ? and : but not the separators', () => {
    expect(pathToUri('docs/zh-CN/my file.md')).toBe('docs/zh-CN/my%20file.md');
    expect(pathToUri('docs/中文/a.md')).toBe('docs/%E4%B8%AD%E6%96%87/a.md');
    expect(pathToUri('a#b/c?d.md')).toBe('a%23b/c%3Fd.md');
    expect(pathToUri('c:x.md')).toBe('c%3Ax.md');
    expect(pathToUri('100%.md')).toBe('100%25.md');
  });

  it('the schema check rejects an unencoded space, so the encoding test above is meaningful', () => {
    const out = JSON.parse(formatSarif(report([conflict]))) as Sarif;
    const loc = out.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation;
    if (!loc) throw new Error('no location');
    loc.uri = 'zh-CN/my file.md';
    expect(validate(out)).toBe(false);
  });
});

describe('SARIF of the real seeds', () => {
  it('is valid and has the two merge-conflict-marker errors at lines 80 and 108 of the zh-CN revision', async () => {
    const { report: seeds } = await lint({ inputs: SEEDS, cwd: REPO, version: '0.1.0', jobs: 0 });
    const out = JSON.parse(formatSarif(seeds)) as Sarif;
    expectValid(out);
    const results = out.runs[0]?.results ?? [];
    expect(results).toHaveLength(seeds.findings.length);
    const conflicts = results.filter((r) => r.ruleId === 'merge-conflict-marker');
    expect(conflicts.map((r) => [r.level, r.locations[0]?.physicalLocation.artifactLocation.uri, r.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ['error', 'fixtures/seeds/000_c7aa02d0fc662548.txt', 80],
      ['error', 'fixtures/seeds/000_c7aa02d0fc662548.txt', 108],
    ]);
    expect(conflicts[0]?.locations[0]?.physicalLocation.region).toEqual({ startLine: 80, startColumn: 67, endLine: 87 });
    expect(conflicts[0]?.message.text).toBe('Merge conflict left in the article (lines 80–87): resolve it and remove the markers. Found: "<<<<<<< 标头".');
    // Every fingerprint is the finding's, and they are unique (GitHub tracks alerts by them).
    const prints = results.map((r) => r.partialFingerprints['loccheck/v1']);
    expect([...prints].sort()).toEqual(seeds.findings.map((f) => f.fingerprint).sort());
    // Most important first: the errors, then the warnings, then the notes; within a level the English's last.
    const ranks = results.map((r) => ({ error: 0, warning: 1, note: 2 })[r.level as 'error' | 'warning' | 'note']);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(prints).size).toBe(prints.length);
  });
});

describe('SARIF for code scanning (issue 19 item 6)', () => {
  it('every rule has a fullDescription and a help text and markdown that link its docs page', () => {
    const out = JSON.parse(formatSarif(report([]))) as { runs: { tool: { driver: { rules: (SarifRule & { fullDescription: { text: string }; help: { text: string; markdown: string } })[] } } }[] };
    const rules = out.runs[0]?.tool.driver.rules ?? [];
    expect(rules).toHaveLength(checks.length);
    for (const r of rules) {
      expect(r.fullDescription.text.startsWith(r.shortDescription.text)).toBe(true);
      expect(r.help.text).toContain(r.helpUri);
      expect(r.help.markdown).toContain(`](${r.helpUri})`);
    }
    const fact = rules.find((r) => r.id === 'fact-mismatch');
    expect(fact?.fullDescription.text).toMatch(/ Category: fact\. Default severity: error \((.+: warning)\)\.$/);
  });

  it('URIs are relative to the repository root, with no ../, when the run was in a subfolder', () => {
    const base = { cwd: '/repo/tools/lint', root: '/repo' };
    const up = finding({ path: '../../docs/de-DE/my guide.md', line: 3, column: 1, ruleId: 'front-matter', severity: 'error', message: 'm',
      related: [{ path: '../../docs/en-US/a.md', locale: 'en-US', line: 1, message: 'r' }] });
    const here = finding({ path: 'local/a.md', line: 4, column: 1, ruleId: 'front-matter', severity: 'error', message: 'n', fingerprint: 'x2' });
    const outside = finding({ path: '../../../elsewhere/b.md', line: 5, column: 1, ruleId: 'front-matter', severity: 'error', message: 'o', fingerprint: 'x3' });
    const out = JSON.parse(formatSarif(report([up, here, outside]), { paths: base })) as Sarif;
    expectValid(out);
    const results = out.runs[0]?.results ?? [];
    expect(results.map((r) => r.locations[0]?.physicalLocation.artifactLocation)).toEqual([
      { uri: 'docs/de-DE/my%20guide.md', uriBaseId: '%SRCROOT%' },
      { uri: 'tools/lint/local/a.md', uriBaseId: '%SRCROOT%' },
      // Outside the repository: an absolute file URI, no base (code scanning cannot show it, but it is not wrong).
      { uri: 'file:///elsewhere/b.md' },
    ]);
    expect(results[0]?.relatedLocations?.[0]?.physicalLocation.artifactLocation).toEqual({ uri: 'docs/en-US/a.md', uriBaseId: '%SRCROOT%' });
    expect(JSON.stringify(out)).not.toContain('../');
  });

  it('the CLI run from a subfolder writes URIs from the repository root', async () => {
    const { run: runCli } = await import('../helpers/cli-run.js');
    const { tempTrees } = await import('../helpers/temp-tree.js');
    const dir = tempTrees('loccheck-sarif-')({ '.git/HEAD': 'ref: refs/heads/main\n', 'docs/fr-FR/a.md': '<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> b\n', 'tools/keep': '' });
    const r = await runCli(['../docs', '--format', 'sarif', '--fail-on', 'never'], { cwd: path.join(dir, 'tools') });
    const out = JSON.parse(r.stdout) as Sarif;
    const uris = (out.runs[0]?.results ?? []).map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    expect(uris.every((u) => u === 'docs/fr-FR/a.md')).toBe(true);
  });

  it('results are sorted most important first: error, warning, note; the translations before the English', () => {
    const mk = (n: number, severity: Finding['severity'], origin: Finding['origin'], ruleId = 'front-matter'): Finding =>
      finding({ path: `f${n}.md`, line: n, column: 1, ruleId, severity, origin, message: `m${n}`, fingerprint: `fp${n}` });
    const findings = [mk(1, 'info', 'translation'), mk(2, 'warning', 'source'), mk(3, 'warning', 'translation'), mk(4, 'error', 'source'), mk(5, 'error', 'translation', 'unreadable-file'), mk(6, 'error', 'translation', 'merge-conflict-marker')];
    const out = JSON.parse(formatSarif(report(findings))) as Sarif;
    // Within errors of the translations: registry order (merge-conflict-marker before front-matter before unreadable-file).
    expect(out.runs[0]?.results.map((r) => r.message.text)).toEqual(['m6', 'm5', 'm4', 'm3', 'm2', 'm1']);
  });
});
