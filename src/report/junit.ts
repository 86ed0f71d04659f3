// JUnit XML report for CI test views: one <testsuite> per check, one <testcase> per finding, errors as failures.
import { checks } from '../checks/registry.js';
import type { Finding, Report } from '../model.js';

/** Characters of a message kept in a testcase name; the full message is in the failure or system-out. */
export const JUNIT_NAME_CHARS = 80;

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

function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/** The message, then actual / expected, related places and the docs page, one per line. */
function details(f: Finding): string {
  const lines = [f.message];
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
  const open = `    <testcase classname="${xmlAttr(f.path)}" name="${xmlAttr(`${f.path}:${f.line} ${cut(f.message, JUNIT_NAME_CHARS)}`)}">`;
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
<testsuites name="loccheck" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="${time}">
${suites.join('\n')}
</testsuites>
`;
}
