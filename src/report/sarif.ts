// SARIF 2.1.0 report for GitHub code scanning and other SARIF viewers, capped to what GitHub accepts.
import { checks } from '../checks/registry.js';
import { DOCS_BASE } from '../engine/rules.js';
import type { Category, Finding, RelatedLocation, Report, Severity } from '../model.js';
import { byImportance } from './order.js';
import { type PathBase, ciPath } from './paths.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/loccheck/loccheck';
/** GitHub code scanning rejects a run with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;
/** Related locations kept per result; the rest are left out (and counted in a notification). */
export const SARIF_MAX_RELATED = 10;

export interface SarifOptions {
  maxResults?: number;
  maxRelated?: number;
  /** The run's working directory and the repository root: URIs are made relative to the root (see paths.ts). */
  paths?: PathBase;
}

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };
// `%SRCROOT%` is left undefined in `originalUriBaseIds`: a report does not know the absolute checkout path,
// and GitHub's upload resolves `%SRCROOT%` to the repository root itself.
const BASE_ID = '%SRCROOT%';

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { category: Category; tags: string[] };
}

interface PhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: string };
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

interface RuleSource {
  id: string;
  category: Category;
  severity: Severity;
  description: string;
  helpUri: string;
  /** Severity by message id where it differs from the check's default. */
  messageSeverity?: Readonly<Record<string, Severity>>;
}

/** `error (missing, extra: warning)`: the default severity and the messages that differ from it. */
function severityText(severity: Severity, messageSeverity: Readonly<Record<string, Severity>> = {}): string {
  const bySeverity = new Map<Severity, string[]>();
  for (const [message, s] of Object.entries(messageSeverity)) {
    if (s !== severity) bySeverity.set(s, [...(bySeverity.get(s) ?? []), message]);
  }
  const others = [...bySeverity].map(([s, messages]) => `${messages.join(', ')}: ${s}`);
  return others.length > 0 ? `${severity} (${others.join('; ')})` : severity;
}

function rule({ id, category, severity, description, helpUri, messageSeverity }: RuleSource): Rule {
  const severities = severityText(severity, messageSeverity);
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} Category: ${category}. Default severity: ${severities}.` },
    help: {
      text: `${description}\n\nCategory: ${category}. Default severity: ${severities}.\nWhat the check reports, why, and how to fix or suppress it: ${helpUri}`,
      markdown: `**${id}** (${category}): ${description}\n\nDefault severity: ${severities}.\n\nWhat the check reports, why, and how to fix or suppress it: [${id} documentation](${helpUri}).`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { category, tags: ['localization', category] },
  };
}

/**
 * An artifact location: relative to `%SRCROOT%` (the repository root) when the path is inside it, else an absolute
 * `file://` URI (a file outside the repository, which code scanning cannot show anyway).
 */
function artifact(path: string, base: PathBase | undefined): { uri: string; uriBaseId?: string } {
  const p = ciPath(path, base);
  if (!p.inRoot && p.fileUrl !== undefined) return { uri: p.fileUrl };
  return { uri: pathToUri(p.path), uriBaseId: BASE_ID };
}

function physical(path: string, base: PathBase | undefined, line: number, column?: number, endLine?: number): PhysicalLocation {
  return {
    artifactLocation: artifact(path, base),
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
    rule({
      id: c.meta.id,
      category: c.meta.category,
      severity: c.meta.defaultSeverity,
      description: c.meta.description,
      helpUri: `${DOCS_BASE}${c.meta.id}.md`,
      ...(c.meta.messageSeverity ? { messageSeverity: c.meta.messageSeverity } : {}),
    }),
  );
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  // A finding of a check the registry does not list (a plugin, a test) still gets a rule, so ruleIndex is valid.
  for (const f of report.findings) {
    if (ruleIndex.has(f.ruleId)) continue;
    ruleIndex.set(f.ruleId, rules.length);
    rules.push(rule({ id: f.ruleId, category: f.category, severity: f.severity, description: f.ruleId, helpUri: f.docsUrl }));
  }

  // Most important first (order.ts): GitHub shows only the top 5,000 results of a run, and over the cap the
  // least important are the ones left out.
  const ordered = byImportance(report.findings);
  const kept = ordered.slice(0, maxResults);
  const dropped: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of ordered.slice(maxResults)) dropped[f.severity] += 1;

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
      locations: [{ physicalLocation: physical(f.path, options.paths, f.line, f.column, f.endLine) }],
      partialFingerprints: { 'loccheck/v1': f.fingerprint },
      ...(related.length > 0
        ? { relatedLocations: related.map((r, id) => ({ id, message: { text: relatedText(r) }, physicalLocation: physical(r.path, options.paths, r.line, r.column) })) }
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
