// Baselines: today's findings recorded by fingerprint, so a later run reports only what is new (and what was fixed).
import type { Finding, Report } from '../model.js';
import { withFindings } from './summary.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly path: string;
  readonly line: number;
  readonly message: string;
}

export interface Baseline {
  readonly loccheckBaseline: number;
  readonly createdBy: string;
  readonly findings: readonly BaselineEntry[];
}

export class BaselineError extends Error {}

/** The baseline of a report: every finding, by fingerprint, with enough context for a person to read it. */
export function makeBaseline(report: Report): Baseline {
  return {
    loccheckBaseline: BASELINE_VERSION,
    createdBy: `${report.tool.name} ${report.tool.version}`,
    findings: report.findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path, line: f.line, message: f.message })),
  };
}

export function formatBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses and validates a baseline file's text; `name` is for the error message. */
export function parseBaseline(text: string, name: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${name}: not a loccheck baseline (invalid JSON: ${(error as Error).message})`);
  }
  const b = data as Partial<Baseline> | null;
  if (!b || typeof b !== 'object' || b.loccheckBaseline !== BASELINE_VERSION || !Array.isArray(b.findings)) {
    throw new BaselineError(`${name}: not a loccheck baseline (expected {"loccheckBaseline": ${BASELINE_VERSION}, "findings": [...]}); write one with --write-baseline`);
  }
  for (const e of b.findings) {
    if (!e || typeof e.fingerprint !== 'string') throw new BaselineError(`${name}: a baseline entry has no fingerprint`);
    if (typeof e.path !== 'string' || typeof e.ruleId !== 'string' || typeof e.message !== 'string' || !Number.isSafeInteger(e.line)) {
      throw new BaselineError(`${name}: a baseline entry needs string path, ruleId and message and an integer line; write one with --write-baseline`);
    }
  }
  return b as Baseline;
}

/**
 * Keeps the findings that are not in the baseline. Baseline entries that no longer occur are listed in
 * `report.baseline.fixed`. Counts in the summary describe the findings kept.
 */
export function applyBaseline(report: Report, baseline: Baseline, file: string): Report {
  const known = new Set(baseline.findings.map((e) => e.fingerprint));
  const present = new Set(report.findings.map((f) => f.fingerprint));
  const findings: Finding[] = report.findings.filter((f) => !known.has(f.fingerprint));
  const fixed = baseline.findings.filter((e) => !present.has(e.fingerprint));
  const matched = report.findings.length - findings.length;
  return {
    ...withFindings(report, findings),
    baseline: { file, known: baseline.findings.length, matched, fixed },
    notes: [
      ...report.notes,
      `Baseline ${file}: ${matched} known finding${matched === 1 ? '' : 's'} hidden, ${findings.length} new, ${fixed.length} baseline entr${fixed.length === 1 ? 'y' : 'ies'} no longer found.`,
    ],
  };
}
