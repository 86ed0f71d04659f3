// The report formats by name: a module of its own so that the cli can list them without loading any formatter.

export const FORMATS = ['terminal', 'json', 'html', 'sarif', 'github', 'markdown', 'junit', 'gitlab', 'rdjson'] as const;
export type Format = (typeof FORMATS)[number];
