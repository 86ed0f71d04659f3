// Reading check options from the configuration: patterns and lists, with bad values rejected early.
import { boundedPattern } from '../../config/safe-regex.js';

/** The user's patterns, each seeing at most MAX_PATTERN_INPUT characters (unsafe ones were refused with the config). */
export function regexList(value: unknown): { test(text: string): boolean }[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string').map(boundedPattern);
}

export function stringSet(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}
