// Finds the config file upward from the scanned folder (never above the repository), parses and validates it; errors
// name file and key.
import { existsSync, statSync } from 'node:fs';
import { type FileError, readBounded } from '../io/files.js';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { checksById } from '../checks/registry.js';
import { unsafePattern } from './safe-regex.js';
import { type CheckSetting, type Config, configSchema, defaultConfig } from './schema.js';

/** A config file is a few kilobytes; anything above this is refused before it is read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export const CONFIG_NAMES = ['loccheck.config.json', '.loccheckrc.json'] as const;

/** A user mistake in the configuration: reported as one line, exit code 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * The schema's validator, built on first use: a run without a config file never loads ajv (about a tenth of a
 * second of startup). ajv is CommonJS, so `require` gives it synchronously.
 */
let validator: ValidateFunction | undefined;
function schemaErrors(raw: unknown): ErrorObject[] | undefined {
  if (!validator) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    validator = new Ajv({ allErrors: true, strict: false }).compile(configSchema);
  }
  return validator(raw) ? undefined : (validator.errors ?? []);
}

/**
 * The config file of a run over `inputs`: searched from the first input's folder upward, up to and including the
 * repository root (the nearest folder holding `.git`). Outside a repository the search stops at the working
 * directory when the input lies below it, else at the input's own folder. A config in a parent folder of the
 * repository (a runner's workspace) is never picked up, and `loccheck repo` run from elsewhere finds
 * `repo/loccheck.config.json`.
 */
export function findConfigFile(cwd: string, inputs: readonly string[] = ['.']): string | undefined {
  const first = path.resolve(cwd, inputs[0] ?? '.');
  let start = first;
  try {
    if (!statSync(first).isDirectory()) start = path.dirname(first);
  } catch {
    start = path.dirname(first);
  }
  const base = path.resolve(cwd);
  const belowCwd = start === base || start.startsWith(base + path.sep);
  const stop = repoRoot(start) ?? (belowCwd ? base : start);
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (dir === stop || path.dirname(dir) === dir) return undefined;
  }
}

/** The nearest folder at or above `dir` that holds `.git`. */
function repoRoot(dir: string): string | undefined {
  for (let d = dir; ; ) {
    if (existsSync(path.join(d, '.git'))) return d;
    const parent = path.dirname(d);
    if (parent === d) return undefined;
    d = parent;
  }
}

function setting(raw: unknown, fallback: CheckSetting['severity']): CheckSetting {
  if (typeof raw === 'string') return { severity: raw as CheckSetting['severity'], options: {} };
  if (Array.isArray(raw)) return { severity: raw[0] as CheckSetting['severity'], options: (raw[1] as Record<string, unknown>) ?? {} };
  const o = raw as { severity?: CheckSetting['severity']; options?: Record<string, unknown> };
  return { severity: o.severity ?? fallback, options: o.options ?? {} };
}

/** Options that hold regular expressions are compiled here, so a bad pattern is a config error, not a crash. */
function checkPatterns(where: string, id: string, options: Record<string, unknown>): void {
  for (const key of ['ignore', 'ignoreUrls', 'allowedUrls']) {
    const list = options[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) {
      throw new ConfigError(`${where}: /checks/${id}/options/${key}: must be an array of regular expressions (strings)`);
    }
    for (const [i, pattern] of (list as string[]).entries()) {
      try {
        new RegExp(pattern, 'u');
      } catch (error) {
        throw new ConfigError(`${where}: /checks/${id}/options/${key}/${i}: ${(error as Error).message}`);
      }
      const unsafe = unsafePattern(pattern);
      if (unsafe) throw new ConfigError(`${where}: /checks/${id}/options/${key}/${i}: unsafe regular expression: ${unsafe}; rewrite it without nested repetition`);
    }
  }
}

/** Validates a parsed configuration object; `where` names its file in messages. */
export function resolveConfig(raw: unknown, where: string): Config {
  const errors = schemaErrors(raw);
  if (errors) {
    const e = errors[0];
    const key = e?.instancePath || '/';
    const extra = e?.params && 'additionalProperty' in e.params ? ` "${String(e.params['additionalProperty'])}"` : '';
    throw new ConfigError(`${where}: ${key}: ${e?.message ?? 'invalid'}${extra} (see docs/configuration.md)`);
  }
  const obj = raw as Record<string, unknown>;
  const checks: Record<string, CheckSetting> = {};
  for (const [id, value] of Object.entries((obj['checks'] as Record<string, unknown>) ?? {})) {
    if (!checksById.has(id)) {
      throw new ConfigError(`${where}: /checks/${id}: unknown check "${id}" (known: ${[...checksById.keys()].join(', ')})`);
    }
    const check = checksById.get(id);
    checks[id] = setting(value, check?.meta.defaultSeverity ?? 'error');
    checkPatterns(where, id, (checks[id] as CheckSetting).options);
  }
  return {
    ...defaultConfig,
    ...(obj as Partial<Config>),
    checks,
    ignore: [...defaultConfig.ignore, ...((obj['ignore'] as string[]) ?? [])],
    file: where,
  };
}

export function loadConfig(cwd: string, explicit?: string, inputs?: readonly string[]): Config {
  const file = explicit ? path.resolve(cwd, explicit) : findConfigFile(cwd, inputs);
  if (!file) return { ...defaultConfig };
  let text: string;
  try {
    text = readBounded(file, MAX_CONFIG_BYTES, 'config file', { followLinks: true }).toString('utf8');
  } catch (error) {
    const code = (error as FileError).code;
    if (code === 'ETOOBIG' || code === 'ENOTREG') throw new ConfigError((error as Error).message);
    throw new ConfigError(`${file}: cannot read the config file (${code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  return resolveConfig(raw, path.relative(cwd, file) || file);
}
