// The README's generated table of checks, from the registry: `npm run docs` writes it, test/readme.test.ts fails
// when the README differs, as markdownlint does for its rules.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checks } from '../src/checks/registry.js';

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

/** The README with each generated block replaced: `<!-- generated:NAME -->` … `<!-- /generated:NAME -->`. */
export function withTables(readme: string): string {
  const blocks: Record<string, string> = { checks: checksTable() };
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
