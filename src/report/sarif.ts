// SARIF 2.1.0 report for GitHub code scanning and other SARIF viewers, capped to what GitHub accepts.
import { checks } from '../checks/registry.js';
import { DOCS_BASE } from '../engine/rules.js';
import type { Category, Finding, RelatedLocation, Report, Severity } from '../model.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/loccheck/loccheck';
/** GitHub code scanning rejects a run with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;
/** Related locations kept per result; the rest are left out (and counted in a notification). */
export const SARIF_MAX_RELATED = 10;

export interface SarifOptions {
  maxResults?: number;
  maxRelated?: number;
}

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
// `%SRCROOT%` is left undefined in `originalUriBaseIds`: a report does not know the absolute checkout path,
// and GitHub's upload resolves `%SRCROOT%` to the repository root itself.
const BASE_ID = '%SRCROOT%';

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { category: Category; tags: string[] };
}

interface PhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string };
  region: { startLine: number; startColumn?: number; endLine?: number };
}

/** `merge-conflict-marker` → `MergeConflictMarker`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');
}

/**
 * A relative `/`-separated path as a URI reference. Each segment goes through encodeURIComponent, not the whole
 * path through encodeURI: encodeURI would leave `#`, `?` and `:` as they are, and `a#b.md` would lose its tail
 * to a fragment (or `c:x.md` read as a scheme).
 */
export function pathToUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function rule(id: string, category: Category, severity: Severity, description: string, helpUri: string): Rule {
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    helpUri,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { category, tags: ['localization', category] },
  };
}

function physical(path: string, line: number, column?: number, endLine?: number): PhysicalLocation {
  return {
    artifactLocation: { uri: pathToUri(path), uriBaseId: BASE_ID },
    region: {
      startLine: line,
      ...(column !== undefined ? { startColumn: column } : {}),
      ...(endLine !== undefined && endLine >= line ? { endLine } : {}),
    },
  };
}

/** The message, then what was expected and what was found (quoted, so spaces and empty strings show). */
function messageText(f: Finding): string {
  const expected = f.expected !== undefined ? JSON.stringify(f.expected) : undefined;
  const found = f.actual !== undefined ? JSON.stringify(f.actual) : undefined;
  if (expected !== undefined && found !== undefined) return `${f.message} Expected: ${expected}; found: ${found}.`;
  if (expected !== undefined) return `${f.message} Expected: ${expected}.`;
  if (found !== undefined) return `${f.message} Found: ${found}.`;
  return f.message;
}

function relatedText(r: RelatedLocation): string {
  return r.target !== undefined ? `${r.message} (${r.locale}): ${JSON.stringify(r.target)}` : `${r.message} (${r.locale})`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const maxResults = options.maxResults ?? SARIF_MAX_RESULTS;
  const maxRelated = options.maxRelated ?? SARIF_MAX_RELATED;

  const rules: Rule[] = checks.map((c) =>
    rule(c.meta.id, c.meta.category, c.meta.defaultSeverity, c.meta.description, `${DOCS_BASE}${c.meta.id}.md`),
  );
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  // A finding of a check the registry does not list (a plugin, a test) still gets a rule, so ruleIndex is valid.
  for (const f of report.findings) {
    if (ruleIndex.has(f.ruleId)) continue;
    ruleIndex.set(f.ruleId, rules.length);
    rules.push(rule(f.ruleId, f.category, f.severity, f.ruleId, f.docsUrl));
  }

  // Over the cap, errors are kept first, then warnings, then info; the kept results stay in report order.
  let kept: readonly Finding[] = report.findings;
  const dropped: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  if (report.findings.length > maxResults) {
    const order = report.findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i);
    const keep = new Set(order.slice(0, maxResults).map((x) => x.i));
    for (const x of order.slice(maxResults)) dropped[x.f.severity] += 1;
    kept = report.findings.filter((_, i) => keep.has(i));
  }

  let trimmedResults = 0;
  let trimmedRelated = 0;
  const results = kept.map((f) => {
    if (f.related.length > maxRelated) {
      trimmedResults += 1;
      trimmedRelated += f.related.length - maxRelated;
    }
    const related = f.related.slice(0, maxRelated);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) as number,
      level: LEVEL[f.severity],
      message: { text: messageText(f) },
      locations: [{ physicalLocation: physical(f.path, f.line, f.column, f.endLine) }],
      partialFingerprints: { 'loccheck/v1': f.fingerprint },
      ...(related.length > 0
        ? { relatedLocations: related.map((r, id) => ({ id, message: { text: relatedText(r) }, physicalLocation: physical(r.path, r.line, r.column) })) }
        : {}),
      properties: {
        locale: f.locale,
        family: f.family,
        category: f.category,
        origin: f.origin,
        ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
        ...(f.actual !== undefined ? { actual: f.actual } : {}),
        ...(f.expected !== undefined ? { expected: f.expected } : {}),
      },
      ...sarifFixes(f),
    };
  });

  const notifications: { level: 'note' | 'warning'; message: { text: string } }[] = report.notes.map((text) => ({ level: 'note', message: { text } }));
  const droppedTotal = dropped.error + dropped.warning + dropped.info;
  if (droppedTotal > 0) {
    const parts = (['error', 'warning', 'info'] as const).filter((s) => dropped[s] > 0).map((s) => plural(dropped[s], s));
    notifications.push({
      level: 'warning',
      message: {
        text: `SARIF capped at ${maxResults} of ${report.findings.length} results (GitHub code scanning limit); left out ${parts.join(', ')}. The JSON report has all findings.`,
      },
    });
  }
  if (trimmedRelated > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text: `SARIF keeps at most ${maxRelated} related locations per result; left out ${plural(trimmedRelated, 'related location')} of ${plural(trimmedResults, 'result')}. The JSON report has them all.`,
      },
    });
  }

  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'loccheck',
            version: report.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        // loccheck columns count UTF-16 code units (JavaScript string offsets), see src/parse/lines.ts.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** A finding's fix as SARIF `fixes` (one replacement in its file), so viewers can offer it. */
export function sarifFixes(f: Finding): { fixes?: unknown[] } {
  const fix = f.fix;
  if (!fix) return {};
  return {
    fixes: [
      {
        description: { text: `Replace ${JSON.stringify(fix.old)} with ${JSON.stringify(fix.text)} (as in the English source).` },
        artifactChanges: [
          {
            artifactLocation: { uri: pathToUri(f.path), uriBaseId: BASE_ID },
            replacements: [
              {
                deletedRegion: { startLine: fix.line, startColumn: fix.column, endLine: fix.line, endColumn: fix.endColumn },
                insertedContent: { text: fix.text },
              },
            ],
          },
        ],
      },
    ],
  };
}
