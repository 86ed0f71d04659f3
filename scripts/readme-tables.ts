// The README's generated tables, of checks (from the registry) and of options (from commander, with the meanings of
// option-docs.ts): `npm run docs` writes them, test/readme.test.ts fails when the README differs, as markdownlint does.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checks } from '../src/checks/registry.js';
import { program } from '../src/cli/main.js';
import { OPTION_DOCS } from './option-docs.js';

const README = fileURLToPath(new URL('../README.md', import.meta.url));

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One row per registered check: id with docs link, category, default severity (and messages that differ), description. */
export function checksTable(): string {
  const rows = checks.map((c) => {
    const m = c.meta;
    const bySeverity = new Map<string, string[]>();
    for (const [id, sev] of Object.entries(m.messageSeverity ?? {})) if (sev !== m.defaultSeverity) bySeverity.set(sev, [...(bySeverity.get(sev) ?? []), id]);
    const others = [...bySeverity].map(([sev, ids]) => `${ids.map((id) => `\`${id}\``).join(', ')}: ${sev}`).join('; ');
    return `| [\`${m.id}\`](docs/checks/${m.id}.md) | \`${m.category}\` | ${m.defaultSeverity}${others ? ` (${others})` : ''} | ${cell(m.description)} |`;
  });
  return ['| Id | Category | Default severity | Finds |', '|---|---|---|---|', ...rows].join('\n');
}

/** An argument as `--help` writes it: `[paths...]`, `<report>`. */
const argumentFlags = (a: { name: () => string; variadic: boolean; required: boolean }): string => {
  const name = `${a.name()}${a.variadic ? '...' : ''}`;
  return a.required ? `<${name}>` : `[${name}]`;
};

/**
 * One row per argument and option of the CLI, in commander's order (`--help`'s, help last); flags that share a row in
 * OPTION_DOCS appear where the first of them does. Throws on an option without a row, and on a row without its option.
 */
export function optionsTable(): string {
  const cli = program();
  const flags = [...cli.registeredArguments.map(argumentFlags), ...cli.createHelp().visibleOptions(cli).map((o) => o.flags)];
  const rowOf = new Map(OPTION_DOCS.flatMap((doc) => doc.flags.map((f) => [f, doc] as const)));
  const missing = flags.filter((f) => !rowOf.has(f));
  if (missing.length > 0) throw new Error(`scripts/option-docs.ts: no row for ${missing.join(', ')}`);
  const extra = [...rowOf.keys()].filter((f) => !flags.includes(f));
  if (extra.length > 0) throw new Error(`scripts/option-docs.ts: the CLI has no ${extra.join(', ')}`);
  const rows = [...new Set(flags.map((f) => rowOf.get(f)))].map((doc) => `| ${doc?.flags.map((f) => `\`${f}\``).join(', ')} | ${cell(doc?.meaning ?? '')} |`);
  return ['| Option | Meaning |', '|---|---|', ...rows].join('\n');
}

/** The README with each generated block replaced: `<!-- generated:NAME -->` … `<!-- /generated:NAME -->`. */
export function withTables(readme: string): string {
  const blocks: Record<string, string> = { checks: checksTable(), options: optionsTable() };
  return readme.replace(/(<!-- generated:(\w+) -->\n)[\s\S]*?(\n<!-- \/generated:\2 -->)/g, (whole, open: string, name: string, close: string) =>
    blocks[name] === undefined ? whole : `${open}${blocks[name]}${close}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const before = readFileSync(README, 'utf8');
  const after = withTables(before);
  if (after !== before) writeFileSync(README, after);
  console.log(after === before ? 'README tables are up to date' : 'README tables written');
}
