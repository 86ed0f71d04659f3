// JUnit reporter: one suite per check, errors as failures, everything escaped and free of characters XML forbids.
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/registry.js';
import type { Finding, Report } from '../../src/model.js';
import { formatJunit, testcaseName, xmlAttr, xmlText } from '../../src/report/junit.js';
import { conflictFinding, finding, mangledFinding, reportOf, unclosedFinding } from '../helpers/finding.js';

const report = (findings: Finding[]): Report => reportOf(findings, { summary: { durationMs: 1234 } });

const conflict = conflictFinding({ actual: '<<<<<<< 标头' });
const mangled = mangledFinding({
  locale: 'fr-FR',
  related: [{ path: 'en-US/a.md', locale: 'en-US', line: 11, message: 'the English source', target: 'le texte' }],
});
const unclosed = unclosedFinding({ locale: 'de-DE' });

const empty = (id: string): string => `  <testsuite name="${id}" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="loccheck" name="${id}: no findings"/>\n  </testsuite>`;
const DOCS = 'https://github.com/loccheck/loccheck/blob/main/docs/checks/';
const FP = '0123456789abcdef0123456789abcdef';

/** Well-formedness as far as this report needs it: balanced tags, quoted attributes, only known entity references. */
function expectWellFormed(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = xml.slice(xml.indexOf('\n') + 1);
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else if (!m[4]) stack.push(m[2] as string);
  }
  expect(stack).toEqual([]);
  // Outside tags no `<` is left, and every `&` starts one of the references the reporter writes.
  expect(body.replace(/<[^<>]*>/g, '')).not.toMatch(/[<>]/);
  expect(body.replace(/&(amp|lt|gt|quot|apos|#9|#10|#13);/g, '')).not.toContain('&');
}

describe('formatJunit', () => {
  it('writes one suite per registered check: errors fail, warnings and info pass with system-out, empty checks pass', () => {
    const xml = formatJunit(report([conflict, mangled, unclosed]));
    expectWellFormed(xml);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="loccheck" tests="${checks.length}" failures="1" errors="0" time="1.234">`,
        '  <testsuite name="merge-conflict-marker" tests="1" failures="1" errors="0" skipped="0">',
        `    <testcase classname="zh-CN/a.md" name="merge-conflict-marker/block ${FP}">`,
        `      <failure message="Merge conflict left in the article (lines 80–87): resolve it and remove the markers." type="merge-conflict-marker">zh-CN/a.md:80:67\nMerge conflict left in the article (lines 80–87): resolve it and remove the markers.\nactual: &quot;&lt;&lt;&lt;&lt;&lt;&lt;&lt; 标头&quot;\ndocs: ${DOCS}merge-conflict-marker.md</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="fact-mismatch" tests="1" failures="0" errors="0" skipped="0">',
        `    <testcase classname="fr-FR/a.md" name="fact-mismatch/block ${FP}">`,
        `      <system-out>warning: fr-FR/a.md:12:3\nThe number 1,024 is changed in the translation.\nactual: &quot;1 042&quot;\nexpected: &quot;1 024&quot;\nrelated: en-US/a.md:11 (en-US) the English source: &quot;le texte&quot;\ndocs: ${DOCS}fact-mismatch.md</system-out>`,
        '    </testcase>',
        '  </testsuite>',
        empty('fact-divergence'),
        empty('table-divergence'),
        empty('link-mismatch'),
        empty('stale-link'),
        empty('broken-link'),
        empty('source-drift'),
        empty('missing-segment'),
        empty('missing-article'),
        empty('bilingual-markup'),
        empty('encoding-damage'),
        empty('bidi-control'),
        '  <testsuite name="front-matter" tests="1" failures="0" errors="0" skipped="0">',
        `    <testcase classname="de-DE/b.md" name="front-matter/block ${FP}">`,
        `      <system-out>info: de-DE/b.md:1:1\nFront matter is never closed.\ndocs: ${DOCS}front-matter.md</system-out>`,
        '    </testcase>',
        '  </testsuite>',
        empty('unreadable-file'),
        empty('unused-suppression'),
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('counts tests and failures per suite and in total', () => {
    const two = [conflict, { ...conflict, line: 108 }, { ...conflict, severity: 'warning' as const, line: 120 }];
    const xml = formatJunit(report(two));
    expect(xml).toContain('<testsuite name="merge-conflict-marker" tests="3" failures="2" errors="0" skipped="0">');
    expect(xml).toContain(`<testsuites name="loccheck" tests="${checks.length + 2}" failures="2" errors="0" time="1.234">`);
  });

  it('escapes a hostile message in attributes and text and drops characters XML 1.0 forbids', () => {
    const hostile = 'a & b < c > d " e \' f ]]> <x/>\u0000\u0007\u000b\ufffe g\uD800h\uDFFFi 😀 j\tk\r\nl';
    const f = finding({ path: 'p"<&>.md', line: 3, column: 1, ruleId: 'bilingual-markup', severity: 'error', message: hostile, docsUrl: 'https://x/?a=1&b=2' });
    const xml = formatJunit(report([f]));
    expectWellFormed(xml);
    expect(xml).toContain(
      `    <testcase classname="p&quot;&lt;&amp;&gt;.md" name="bilingual-markup/block ${FP}">\n` +
        '      <failure message="a &amp; b &lt; c &gt; d &quot; e &apos; f ]]&gt; &lt;x/&gt; ghi 😀 j&#9;k&#13;&#10;l" type="bilingual-markup">' +
        'p&quot;&lt;&amp;&gt;.md:3:1\na &amp; b &lt; c &gt; d &quot; e &apos; f ]]&gt; &lt;x/&gt; ghi 😀 j\tk&#13;\nl\ndocs: https://x/?a=1&amp;b=2</failure>\n',
    );
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('xmlText and xmlAttr', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlText('a\u0001b\uDC00c\r\n')).toBe('abc&#13;\n');
    expect(xmlAttr('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('testcase names hold no line and no message: a moved sentence keeps its test (same name), its new line is in the body', () => {
    const before = finding({ path: 'a.md', line: 10, column: 5, ruleId: 'fact-mismatch', messageId: 'changed', severity: 'error', message: 'The number 12 became 21 at line 10.', fingerprint: 'aaaa1111' });
    const moved = { ...before, line: 42, column: 1, message: 'The number 12 became 21 at line 42.' };
    const names = (f: Finding): string[] => [...formatJunit(report([f])).matchAll(/<testcase classname="a\.md" name="([^"]*)"/g)].map((m) => m[1] as string);
    expect(testcaseName(before)).toBe('fact-mismatch/changed aaaa1111');
    expect(names(before)).toEqual(['fact-mismatch/changed aaaa1111']);
    expect(names(moved)).toEqual(names(before));
    expect(formatJunit(report([moved]))).toContain('>a.md:42:1\nThe number 12 became 21 at line 42.\n');
    expect(formatJunit(report([{ ...before, message: '字'.repeat(100) }]))).toContain(`message="${'字'.repeat(100)}"`);
  });

  it('a finding of a check the registry does not know gets its own suite at the end', () => {
    const odd = finding({ path: 'a.md', line: 2, column: 1, ruleId: 'custom-check', severity: 'error', message: 'odd' });
    const xml = formatJunit(report([odd]));
    expect(xml).toMatch(/<testsuite name="custom-check" tests="1" failures="1" errors="0" skipped="0">\n[^]*<\/testsuite>\n<\/testsuites>\n$/);
  });
});
