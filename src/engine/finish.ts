// Finishing a run family by family: each family's pending findings (and the project findings on its files) become
// final findings in a `FindingStore`, so a large run never holds every finding at once (issue #21).
import type { Config } from '../config/schema.js';
import type { ArticleSummary } from '../model.js';
import type { CompactCodec } from './compact.js';
import { finishFindings } from './finalize.js';
import { FindingStore } from './finding-store.js';
import type { KeptFindings } from './kept.js';
import { ProjectFindings, unitsByPath } from './project-findings.js';
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
  project: readonly PendingFinding[] | ProjectFindings,
  rules: readonly ActiveRule[],
  config: Pick<Config, 'origin'>,
  codec?: CompactCodec,
): FindingStore {
  const familySize = familySizes(articles);
  const terms = new Map<string, string>();
  for (const u of units) if (u.mayHaveTerms) conventionTerms(u.peek(), familySize, terms);
  const byUnit = project instanceof ProjectFindings ? project : ProjectFindings.of(project, pathUnits(project, starts, articles));
  const store = new FindingStore(codec);
  const run = { familySize, terms };
  units.forEach((unit, u) => {
    const pending = unit.take();
    for (const f of byUnit.take(u)) pending.push(f);
    store.add(finishFindings(pending, articles.slice(starts[u], starts[u + 1]), rules, { origin: config.origin }, run));
  });
  // A project finding on no file of the run (missing-article's) is finished on its own, after the families.
  const orphans = byUnit.take(undefined);
  if (orphans.length > 0) store.add(finishFindings(orphans, [], rules, { origin: config.origin }, run));
  return store;
}

/** The family of each file that has project findings. */
function pathUnits(project: readonly PendingFinding[], starts: readonly number[], articles: readonly ArticleSummary[]): (path: string) => number | undefined {
  const units = unitsByPath(starts, articles, new Set(project.map((f) => f.path)));
  return (path) => units.get(path);
}
