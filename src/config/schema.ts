// The configuration file's JSON schema and its defaults; validated with ajv so errors name the offending key.

export const severityOrOff = { enum: ['error', 'warning', 'info', 'off'] } as const;

export const configSchema = {
  $id: 'https://loccheck.dev/schema/config.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    checks: {
      type: 'object',
      description: 'Per-check severity ("error", "warning", "info", "off") or [severity, options].',
      additionalProperties: {
        anyOf: [
          severityOrOff,
          { type: 'array', minItems: 1, maxItems: 2, items: [severityOrOff, { type: 'object' }] },
          { type: 'object', additionalProperties: false, properties: { severity: severityOrOff, options: { type: 'object' } } },
        ],
      },
    },
    localePattern: { type: 'string', maxLength: 1000, description: 'Layout such as "i18n/<locale>/**" or "content/<lang>/**".' },
    include: { type: 'array', maxItems: 1000, items: { type: 'string', maxLength: 1000 }, description: 'Globs of article files below each root.' },
    ignore: { type: 'array', maxItems: 1000, items: { type: 'string', maxLength: 1000 }, description: 'Globs to leave out.' },
    failOn: { enum: ['error', 'warning', 'info', 'never'] },
    origin: {
      enum: ['all', 'translation', 'source'],
      description: 'Which findings to report by origin: the translations\' defects, the English\'s (once per family), or all.',
    },
    maxFileBytes: { type: 'integer', minimum: 1 },
  },
} as const;

export interface CheckSetting {
  severity: 'error' | 'warning' | 'info' | 'off';
  options: Record<string, unknown>;
}

export interface Config {
  checks: Record<string, CheckSetting | undefined>;
  localePattern?: string;
  include: string[];
  ignore: string[];
  failOn: 'error' | 'warning' | 'info' | 'never';
  /** Which findings to report by origin (`--origin`). */
  origin: 'all' | 'translation' | 'source';
  maxFileBytes: number;
  /** Where the configuration came from, for messages. */
  file?: string;
}

export const defaultConfig: Config = {
  checks: {},
  include: ['**/*.md', '**/*.markdown'],
  ignore: ['**/node_modules/**', '**/.git/**'],
  failOn: 'error',
  origin: 'all',
  maxFileBytes: 20 * 1024 * 1024,
};
