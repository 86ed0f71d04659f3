// Is a value read from the cache a family result, field by field? Anything else is analysed again, never trusted.
import { checksById } from '../checks/registry.js';
import type { FamilyResult } from '../engine/analyze-entry.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): boolean => typeof v === 'string';
const num = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const int = (v: unknown): boolean => Number.isSafeInteger(v);
const optional = (v: unknown, test: (x: unknown) => boolean): boolean => v === undefined || test(v);
const arrayOf = (v: unknown, test: (x: unknown) => boolean): boolean => Array.isArray(v) && v.every(test);
const SEVERITIES = new Set(['error', 'warning', 'info']);

const segmentText = (v: unknown): boolean => isObj(v) && str(v['source']) && str(v['target']);

const suppression = (v: unknown): boolean =>
  isObj(v) && (v['kind'] === 'next-line' || v['kind'] === 'range') && int(v['line']) && int(v['column']) && num(v['from']) && num(v['to']) && arrayOf(v['ruleIds'], str);

const summaryLink = (v: unknown): boolean =>
  isObj(v) && str(v['url']) && str(v['kind']) && int(v['line']) && int(v['column']) && optional(v['segment'], segmentText) && (v['outside'] === undefined || v['outside'] === true) && optional(v['inSource'], (x) => x === true);

const summary = (v: unknown): boolean =>
  isObj(v) &&
  str(v['path']) &&
  str(v['locale']) &&
  str(v['family']) &&
  str(v['relPath']) &&
  int(v['root']) &&
  int(v['segmentCount']) &&
  int(v['tableCount']) &&
  arrayOf(v['anchors'], str) &&
  arrayOf(v['localLinks'], summaryLink) &&
  arrayOf(v['suppressions'], suppression);

const related = (v: unknown): boolean =>
  isObj(v) && str(v['path']) && str(v['locale']) && int(v['line']) && optional(v['column'], int) && str(v['message']) && optional(v['target'], str) && optional(v['segment'], segmentText);

const fix = (v: unknown): boolean =>
  isObj(v) &&
  str(v['type']) &&
  int(v['line']) &&
  int(v['column']) &&
  int(v['endColumn']) &&
  str(v['old']) &&
  str(v['text']) &&
  int(v['spanLine']) &&
  int(v['spanColumn']) &&
  int(v['sourceLine']) &&
  int(v['sourceColumn']) &&
  optional(v['byteColumn'], int) &&
  optional(v['endByteColumn'], int) &&
  optional(v['hash'], str) &&
  (v['translationOnly'] === undefined || v['translationOnly'] === true);

const finding = (v: unknown): boolean =>
  isObj(v) &&
  str(v['ruleId']) &&
  checksById.has(v['ruleId'] as string) &&
  str(v['messageId']) &&
  str(v['category']) &&
  SEVERITIES.has(v['severity'] as string) &&
  str(v['path']) &&
  str(v['locale']) &&
  str(v['family']) &&
  int(v['line']) &&
  int(v['column']) &&
  optional(v['endLine'], int) &&
  str(v['message']) &&
  optional(v['actual'], str) &&
  optional(v['expected'], str) &&
  arrayOf(v['related'], related) &&
  optional(v['segment'], segmentText) &&
  str(v['docsUrl']) &&
  optional(v['fix'], fix) &&
  str(v['key']);

export function isFamilyResult(v: unknown): v is FamilyResult {
  return isObj(v) && arrayOf(v['summaries'], summary) && arrayOf(v['findings'], finding);
}
