// The JUnit report against the Jenkins JUnit schema, vendored in test/fixtures/junit-jenkins.xsd (MIT, with its
// attribution). No npm XSD validator is both maintained and free of native code or Java, so this test reads the
// schema itself: for every element, the attributes it allows and requires, the child elements it allows, and
// whether it may hold text; then it checks every element of the report against that.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/model.js';
import { formatJunit } from '../../src/report/junit.js';
import { lint } from '../../src/run.js';
import { conflictFinding, finding, mangledFinding, reportOf, unclosedFinding } from '../helpers/finding.js';
import { SEEDS } from '../helpers/seeds.js';

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** A small XML reader for well-formed documents: elements, double-quoted attributes, text, comments, the prolog. */
function parseXml(xml: string): XmlNode {
  const body = xml.replace(/^<\?xml[^>]*\?>/, '').replace(/<!--[^]*?-->/g, '');
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const tag = /<(\/?)([\w:-]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of body.matchAll(tag)) {
    const top = stack[stack.length - 1] as XmlNode;
    if (m[5] !== undefined) {
      top.text += m[5];
      continue;
    }
    if (m[1]) {
      expect(top.name).toBe(m[2]);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1] as string] = a[2] as string;
    const node: XmlNode = { name: m[2] as string, attrs, children: [], text: '' };
    top.children.push(node);
    if (!m[4]) stack.push(node);
  }
  expect(stack).toHaveLength(1);
  return root;
}

interface ElementRule {
  attributes: Map<string, boolean>; // name → required
  children: Set<string>;
  text: boolean;
}

/** Element name → what the schema allows, from its top-level `xs:element` declarations. */
function readSchema(xsd: string): Map<string, ElementRule> {
  const schema = parseXml(xsd).children[0] as XmlNode;
  expect(schema.name).toBe('xs:schema');
  const rules = new Map<string, ElementRule>();
  const descendants = (n: XmlNode): XmlNode[] => n.children.flatMap((c) => [c, ...descendants(c)]);
  for (const el of schema.children.filter((c) => c.name === 'xs:element')) {
    const all = descendants(el);
    const type = el.children.find((c) => c.name === 'xs:complexType');
    rules.set(el.attrs['name'] as string, {
      attributes: new Map(all.filter((c) => c.name === 'xs:attribute').map((a) => [a.attrs['name'] as string, a.attrs['use'] === 'required'])),
      children: new Set(all.filter((c) => c.name === 'xs:element' && c.attrs['ref']).map((c) => c.attrs['ref'] as string)),
      text: el.attrs['type'] === 'xs:string' || type?.attrs['mixed'] === 'true',
    });
  }
  return rules;
}

const SCHEMA = readSchema(readFileSync(new URL('../fixtures/junit-jenkins.xsd', import.meta.url), 'utf8'));

/** Every way the document departs from the schema, as `path: problem` lines (empty when valid). */
function schemaProblems(xml: string, root = 'testsuites'): string[] {
  const problems: string[] = [];
  const doc = parseXml(xml);
  expect(doc.children.map((c) => c.name)).toEqual([root]);
  const visit = (n: XmlNode, where: string): void => {
    const rule = SCHEMA.get(n.name);
    if (!rule) {
      problems.push(`${where}: element <${n.name}> is not in the schema`);
      return;
    }
    for (const a of Object.keys(n.attrs)) if (!rule.attributes.has(a)) problems.push(`${where}: attribute ${a} is not allowed on <${n.name}>`);
    for (const [a, required] of rule.attributes) if (required && !(a in n.attrs)) problems.push(`${where}: <${n.name}> lacks the required attribute ${a}`);
    if (!rule.text && n.text.trim() !== '') problems.push(`${where}: <${n.name}> may not hold text`);
    n.children.forEach((c, i) => {
      if (!rule.children.has(c.name)) problems.push(`${where}: <${c.name}> is not allowed in <${n.name}>`);
      visit(c, `${where}/${c.name}[${i}]`);
    });
  };
  for (const c of doc.children) visit(c, c.name);
  return problems;
}

const report = (findings: Finding[]): Report => reportOf(findings, { summary: { durationMs: 1234 } });

describe('JUnit report against the Jenkins JUnit XSD', () => {
  it('reads the schema: <testsuites> allows name, time, tests, failures, disabled, errors (no skipped); <testcase> requires name', () => {
    expect([...(SCHEMA.get('testsuites')?.attributes.keys() ?? [])]).toEqual(['name', 'time', 'tests', 'failures', 'disabled', 'errors']);
    expect(SCHEMA.get('testcase')?.attributes.get('name')).toBe(true);
    expect(SCHEMA.get('testsuite')?.attributes.get('tests')).toBe(true);
    expect([...(SCHEMA.get('testsuites')?.children ?? [])]).toEqual(['testsuite']);
  });

  it('catches what the schema forbids (the old <testsuites skipped="0">, an unknown element, text where none is allowed)', () => {
    const bad = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="x" skipped="0"><testsuite><testcase name="a"><warning/></testcase>text</testsuite></testsuites>\n';
    expect(schemaProblems(bad)).toEqual([
      'testsuites: attribute skipped is not allowed on <testsuites>',
      'testsuites/testsuite[0]: <testsuite> lacks the required attribute tests',
      'testsuites/testsuite[0]: <testsuite> may not hold text',
      'testsuites/testsuite[0]/testcase[0]: <warning> is not allowed in <testcase>',
      'testsuites/testsuite[0]/testcase[0]/warning[0]: element <warning> is not in the schema',
    ]);
  });

  it('a report with errors, warnings, info, an unknown check and hostile text is valid', () => {
    const hostile = finding({ path: 'p"<&>.md', line: 3, column: 1, ruleId: 'custom-check', severity: 'error', message: 'a & b < c\u0000 ]]> "q"' });
    expect(schemaProblems(formatJunit(report([conflictFinding(), mangledFinding(), unclosedFinding(), hostile])))).toEqual([]);
  });

  it('an empty report and the seeds report are valid', async () => {
    expect(schemaProblems(formatJunit(report([])))).toEqual([]);
    const { report: seeds } = await lint({ inputs: SEEDS, cwd: new URL('../..', import.meta.url).pathname, version: '0.1.0', jobs: 0 });
    expect(seeds.findings.length).toBeGreaterThan(10);
    expect(schemaProblems(formatJunit(seeds))).toEqual([]);
  });
});
