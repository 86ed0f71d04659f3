// JUnit XML report for CI test views: one <testsuite> per check, one <testcase> per finding, errors as failures.
// Valid against the Jenkins JUnit schema (test/fixtures/junit-jenkins.xsd): `<testsuites>` carries only the
// attributes it allows. Testcase names hold no line number and no message, so a finding keeps its test across runs.
import { checks } from '../checks/registry.js';
import type { Finding, Report } from '../model.js';

// XML 1.0 `Char`: tab, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. With the `u` flag a lone
// surrogate is one code point outside these ranges, so it is dropped too (a pair is one astral code point).
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text content: illegal characters dropped, the five XML specials escaped, CR kept (a parser would fold it). */
export function xmlText(value: string): string {
  return value
    .replace(ILLEGAL, '')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string)
    .replace(/\r/g, '&#13;');
}

/** Attribute value: as text, and tab and LF as references, which attribute-value normalisation would turn into spaces. */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/**
 * A testcase's name: `<check>/<messageId> <fingerprint>`. The fingerprint holds no line number (it is built from the
 * family, locale, file, the finding's own key and its occurrence), so a sentence that moves keeps its test, where a
 * `path:line message` name would make it one fixed test and one new one.
 */
export function testcaseName(f: Finding): string {
  return `${f.ruleId}/${f.messageId} ${f.fingerprint}`;
}

/** The place, the message, then actual / expected, related places and the docs page, one per line. */
function details(f: Finding): string {
  const lines = [`${f.path}:${f.line}:${f.column}`, f.message];
  if (f.actual !== undefined) lines.push(`actual: ${JSON.stringify(f.actual)}`);
  if (f.expected !== undefined) lines.push(`expected: ${JSON.stringify(f.expected)}`);
  for (const r of f.related) {
    lines.push(`related: ${r.path}:${r.line} (${r.locale}) ${r.message}${r.target !== undefined ? `: ${JSON.stringify(r.target)}` : ''}`);
  }
  lines.push(`docs: ${f.docsUrl}`);
  return lines.join('\n');
}

/**
 * Errors are `<failure>`s. Warnings and info are passing testcases with the finding in `<system-out>`: JUnit has
 * no "warning" outcome, `<skipped>` would read as "not run", and failing them would turn CI red where the exit
 * code (default `--fail-on error`) does not. The exit code stays the build verdict; this report shows every finding.
 */
function testcase(f: Finding): string {
  const open = `    <testcase classname="${xmlAttr(f.path)}" name="${xmlAttr(testcaseName(f))}">`;
  const body =
    f.severity === 'error'
      ? `      <failure message="${xmlAttr(f.message)}" type="${xmlAttr(f.ruleId)}">${xmlText(details(f))}</failure>`
      : `      <system-out>${xmlText(`${f.severity}: ${details(f)}`)}</system-out>`;
  return `${open}\n${body}\n    </testcase>`;
}

export function formatJunit(report: Report): string {
  const byRule = new Map<string, Finding[]>(checks.map((c) => [c.meta.id, []]));
  for (const f of report.findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [id, findings] of byRule) {
    const failed = findings.filter((f) => f.severity === 'error').length;
    // A check without findings is one passing testcase, so CI lists it as checked.
    const cases = findings.length > 0 ? findings.map(testcase) : [`    <testcase classname="loccheck" name="${xmlAttr(`${id}: no findings`)}"/>`];
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${xmlAttr(id)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const time = (report.summary.durationMs / 1000).toFixed(3);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="loccheck" tests="${tests}" failures="${failures}" errors="0" time="${time}">
${suites.join('\n')}
</testsuites>
`;
}
