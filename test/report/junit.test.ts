// JUnit reporter: one suite per check, errors as failures, everything escaped and free of characters XML forbids.
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/registry.js';
import type { Finding, Report } from '../../src/model.js';
import { formatJunit, xmlAttr, xmlText } from '../../src/report/junit.js';
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
        `<testsuites name="loccheck" tests="${checks.length}" failures="1" errors="0" skipped="0" time="1.234">`,
        '  <testsuite name="merge-conflict-marker" tests="1" failures="1" errors="0" skipped="0">',
        '    <testcase classname="zh-CN/a.md" name="zh-CN/a.md:80 Merge conflict left in the article (lines 80–87): resolve it and remove the mar…">',
        `      <failure message="Merge conflict left in the article (lines 80–87): resolve it and remove the markers." type="merge-conflict-marker">Merge conflict left in the article (lines 80–87): resolve it and remove the markers.\nactual: &quot;&lt;&lt;&lt;&lt;&lt;&lt;&lt; 标头&quot;\ndocs: ${DOCS}merge-conflict-marker.md</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="fact-mismatch" tests="1" failures="0" errors="0" skipped="0">',
        '    <testcase classname="fr-FR/a.md" name="fr-FR/a.md:12 The number 1,024 is changed in the translation.">',
        `      <system-out>warning: The number 1,024 is changed in the translation.\nactual: &quot;1 042&quot;\nexpected: &quot;1 024&quot;\nrelated: en-US/a.md:11 (en-US) the English source: &quot;le texte&quot;\ndocs: ${DOCS}fact-mismatch.md</system-out>`,
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
        '    <testcase classname="de-DE/b.md" name="de-DE/b.md:1 Front matter is never closed.">',
        `      <system-out>info: Front matter is never closed.\ndocs: ${DOCS}front-matter.md</system-out>`,
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
    expect(xml).toContain(`<testsuites name="loccheck" tests="${checks.length + 2}" failures="2" errors="0" skipped="0" time="1.234">`);
  });

  it('escapes a hostile message in attributes and text and drops characters XML 1.0 forbids', () => {
    const hostile = 'a & b < c > d " e \' f ]]> <x/>\u0000\u0007\u000b\ufffe g\uD800h\uDFFFi 😀 j\tk\r\nl';
    const f = finding({ path: 'p"<&>.md', line: 3, column: 1, ruleId: 'bilingual-markup', severity: 'error', message: hostile, docsUrl: 'https://x/?a=1&b=2' });
    const xml = formatJunit(report([f]));
    expectWellFormed(xml);
    expect(xml).toContain(
      '    <testcase classname="p&quot;&lt;&amp;&gt;.md" name="p&quot;&lt;&amp;&gt;.md:3 a &amp; b &lt; c &gt; d &quot; e &apos; f ]]&gt; &lt;x/&gt; ghi 😀 j&#9;k&#13;&#10;l">\n' +
        '      <failure message="a &amp; b &lt; c &gt; d &quot; e &apos; f ]]&gt; &lt;x/&gt; ghi 😀 j&#9;k&#13;&#10;l" type="bilingual-markup">' +
        'a &amp; b &lt; c &gt; d &quot; e &apos; f ]]&gt; &lt;x/&gt; ghi 😀 j\tk&#13;\nl\ndocs: https://x/?a=1&amp;b=2</failure>\n',
    );
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  it('xmlText and xmlAttr', () => {
    expect(xmlText(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlText('a\u0001b\uDC00c\r\n')).toBe('abc&#13;\n');
    expect(xmlAttr('a\tb\nc\rd')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('cuts long messages in the testcase name, keeping the whole message in the failure', () => {
    const long = finding({ path: 'a.md', line: 1, column: 1, ruleId: 'front-matter', severity: 'error', message: '字'.repeat(100) });
    const xml = formatJunit(report([long]));
    expect(xml).toContain(`name="a.md:1 ${'字'.repeat(79)}…"`);
    expect(xml).toContain(`message="${'字'.repeat(100)}"`);
  });

  it('a finding of a check the registry does not know gets its own suite at the end', () => {
    const odd = finding({ path: 'a.md', line: 2, column: 1, ruleId: 'custom-check', severity: 'error', message: 'odd' });
    const xml = formatJunit(report([odd]));
    expect(xml).toMatch(/<testsuite name="custom-check" tests="1" failures="1" errors="0" skipped="0">\n[^]*<\/testsuite>\n<\/testsuites>\n$/);
  });
});
