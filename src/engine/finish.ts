// Finishing a run family by family: each family's pending findings (and the project findings on its files) become
// final findings in a `FindingStore`, so a large run never holds every finding at once (issue #21).
import type { Config } from '../config/schema.js';
import type { ArticleSummary } from '../model.js';
import type { CompactCodec } from './compact.js';
import { finishFindings } from './finalize.js';
import { FindingStore } from './finding-store.js';
import type { KeptFindings } from './kept.js';
import type { ActiveRule, PendingFinding } from './rules.js';
import { conventionTerms, familySizes } from './witnesses.js';

/**
 * Finishes every family of a run: `units[u]` holds the pending findings of the family whose summaries are
 * `articles[starts[u]]` to `articles[starts[u + 1]]`; `project` the project checks' findings, each joined to the family
 * of its file. What decides across families is gathered first (family sizes, the terms the locales translate), then
 * each family is finished alone (`finishFindings` with that context) and its findings stored, encoded with `codec`
 * when given. The same findings, in the same order, as `finishFindings` over the whole run.
 */
export function finishFamilies(
  units: readonly KeptFindings[],
  starts: readonly number[],
  articles: readonly ArticleSummary[],
  project: readonly PendingFinding[],
  rules: readonly ActiveRule[],
  config: Pick<Config, 'origin'>,
  codec?: CompactCodec,
): FindingStore {
  const familySize = familySizes(articles);
  const terms = new Map<string, string>();
  for (const u of units) if (u.mayHaveTerms) conventionTerms(u.peek(), familySize, terms);
  const { byUnit, orphans } = projectFindingsByUnit(project, starts, articles);
  const store = new FindingStore(codec);
  const run = { familySize, terms };
  units.forEach((unit, u) => {
    const pending = unit.take();
    for (const f of byUnit.get(u) ?? []) pending.push(f);
    store.add(finishFindings(pending, articles.slice(starts[u], starts[u + 1]), rules, { origin: config.origin }, run));
  });
  // A project finding on no file of the run (none is known today) is finished on its own, after the families.
  if (orphans.length > 0) store.add(finishFindings(orphans, [], rules, { origin: config.origin }, run));
  return store;
}

/** The project findings of each family (by the file they are on), in the order the checks reported them. */
function projectFindingsByUnit(
  project: readonly PendingFinding[],
  starts: readonly number[],
  articles: readonly ArticleSummary[],
): { byUnit: Map<number, PendingFinding[]>; orphans: PendingFinding[] } {
  const byUnit = new Map<number, PendingFinding[]>();
  const orphans: PendingFinding[] = [];
  if (project.length === 0) return { byUnit, orphans };
  // Only the files that have project findings are looked up.
  const wanted = new Set(project.map((f) => f.path));
  const unitOf = new Map<string, number>();
  for (let u = 0; u + 1 < starts.length; u++) {
    for (let i = starts[u] as number; i < (starts[u + 1] as number); i++) {
      const path = (articles[i] as ArticleSummary).path;
      if (wanted.has(path)) unitOf.set(path, u);
    }
  }
  for (const f of project) {
    const u = unitOf.get(f.path);
    if (u === undefined) orphans.push(f);
    else {
      const list = byUnit.get(u);
      if (list) list.push(f);
      else byUnit.set(u, [f]);
    }
  }
  return { byUnit, orphans };
}
