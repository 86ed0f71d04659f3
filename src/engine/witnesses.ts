// Who is wrong, decided from the family's witnesses: every locale's English half and translation of one segment.
//
// A finding is `source`-origin (the English writers', reported once per family) on either of two kinds of evidence:
// - the English has it: the check saw the defect in the segment's English half (or in the article outside any pair,
//   which is copied from the English), and that English is current: the newest revision of the family still has it;
// - the English is the altered form: the check saw which way the difference goes (the English half holds a link's
//   URL with its markup broken, where the translation has the link), and that English is current;
// - the witnesses agree: (nearly) every article of the family departs from its English in the same way. Only checks
//   whose departures could come from a damaged English give a `witness` key; MT damage (blanks inserted into a token,
//   case changed, a token split) gets none and stays a translation defect even when every locale has it (a name
//   whose only change is a capital first letter has one, as a convention: see fact-mismatch).
// A departure several locales make the same way, short of that share, can be their convention (a UI term they
// translate): checks mark such findings with a `conventionShare`, and they stay `translation` at `info`.
// Everything else is `translation`-origin. ARCHITECTURE.md, "Locales as witnesses", states the rule.
import { normalizeSource } from '../checks/support/align.js';
import type { Article, ArticleSummary, Origin, RelatedLocation, Severity } from '../model.js';
import type { PendingFinding } from './rules.js';

/** The share of a family's articles that must depart the same way before the English is taken to be the odd one. */
export const WITNESS_SHARE = 0.8;

/** The articles whose English is current: the newest `ms.lasthandoff` (every article when none has a date). */
function currentArticles(articles: readonly Article[]): Article[] {
  const newest = articles.reduce((m, a) => (a.handoff && a.handoff > m ? a.handoff : m), '');
  return newest === '' ? [...articles] : articles.filter((a) => a.handoff === newest);
}

/**
 * Family pass: a finding whose check saw the defect in the English (`inSource`) is `source` when the current English
 * still has it: its segment's English stands in a current revision, or (outside any pair) another locale's current
 * revision has the same link. A locale whose English is older keeps it as its own defect: it lags.
 */
export function originFromEnglish(articles: readonly Article[], findings: PendingFinding[]): void {
  if (!findings.some((f) => f.inSource || f.sourceDamage !== undefined)) return;
  const current = currentArticles(articles);
  const currentSources = new Set(current.flatMap((a) => a.segments.map((s) => normalizeSource(s.source))));
  const currentEnglish = (f: PendingFinding): boolean => currentSources.has(normalizeSource(f.segment?.source ?? ''));
  for (const f of findings) {
    if (f.origin) continue;
    if (f.sourceDamage !== undefined) {
      if (currentEnglish(f)) setOrigin(f, 'source', f.sourceDamage);
      // Decided here: an English that is not current leaves the defect to the lagging locale.
      delete f.sourceDamage;
      continue;
    }
    if (!f.inSource) continue;
    const inPair = f.segment !== undefined && f.segment.source.includes(f.actual ?? '\u0000');
    if (inPair) {
      if (currentEnglish(f)) setOrigin(f, 'source', 'the current English of this sentence has it too');
      continue;
    }
    const others = current.filter((a) => a.locale !== f.locale && a.links.some((l) => l.url === f.actual));
    if (others.length > 0) setOrigin(f, 'source', `the current English has it too (as in ${others.map((a) => a.locale).join(', ')})`);
  }
}

function setOrigin(f: PendingFinding, origin: Origin, evidence: string): void {
  f.origin = origin;
  (f as { evidence?: string }).evidence = evidence;
}

/** A token that the locales of a family translate, as a term (the check and message, and the source token). */
const termKey = (f: PendingFinding): string => `${f.ruleId}\u0000${f.messageId}\u0000${f.expected ?? ''}`;

function asConvention(f: PendingFinding, evidence: string): void {
  (f as { severity: Severity }).severity = 'info';
  (f as { evidence?: string }).evidence = evidence;
}

/** How many articles each family has (the `n` a witness share is taken of). */
export function familySizes(articles: readonly ArticleSummary[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const a of articles) sizes.set(a.family, (sizes.get(a.family) ?? 0) + 1);
  return sizes;
}

/** The findings of a family that depart from their English the same way, and what their number decides. */
interface WitnessGroup {
  findings: PendingFinding[];
  verdict?: { kind: 'convention' | 'source'; evidence: string };
}

/**
 * Why a departure is the locales' convention, in the words of its kind: a capitalisation (`macOS` → `MacOS`) is how
 * the locales write a name; anything else is a term they translate. `share` names the witnesses in this family;
 * `family` the family that showed the term, where this one has too few.
 */
function conventionEvidence(f: PendingFinding, share: string | undefined, family?: string): string {
  const capitalised = f.messageId === 'case-changed';
  const [what, not] = capitalised ? ["the locales' capitalisation of a name", 'not damage to data'] : ['a term the locales translate', 'not data'];
  if (share !== undefined) return `${share} ${capitalised ? 'write it so' : 'translate it'} too: ${what}, ${not}`;
  return `${what} (as most locales of ${family} ${capitalised ? 'write it' : 'do'}), ${not}`;
}

/** Groups the findings that have a witness key (and no origin yet) by family, check, message and witness. */
function witnessGroups(pending: readonly PendingFinding[], familySize: ReadonlyMap<string, number>): WitnessGroup[] {
  const groups = new Map<string, { paths: Set<string>; findings: PendingFinding[] }>();
  for (const f of pending) {
    if (f.witness === undefined || f.origin) continue;
    const k = `${f.family}\u0000${f.ruleId}\u0000${f.messageId}\u0000${f.witness}`;
    const g = groups.get(k) ?? { paths: new Set(), findings: [] };
    g.paths.add(f.path);
    g.findings.push(f);
    groups.set(k, g);
  }
  return [...groups.values()].map((g) => {
    const first = g.findings[0] as PendingFinding;
    const n = Math.min(familySize.get(first.family) ?? 0, first.witnessOf ?? Number.POSITIVE_INFINITY);
    const k = g.paths.size;
    const convention = first.conventionShare;
    if (n >= 3 && convention !== undefined && k < Math.ceil(WITNESS_SHARE * n) && k >= Math.max(2, Math.ceil(convention * n))) {
      return { findings: g.findings, verdict: { kind: 'convention', evidence: conventionEvidence(first, `${k} of the family's ${n} articles`) } };
    }
    if (n < 2 || k < Math.max(2, Math.ceil(WITNESS_SHARE * n))) return { findings: g.findings };
    const evidence = first.witnessOf === undefined ? `${k} of the family's ${n} articles depart from their English the same way` : `${k} of the ${n} articles of the family that have it report it the same way`;
    return { findings: g.findings, verdict: { kind: 'source', evidence } };
  });
}

/**
 * The terms the locales translate (check, message and source token → the family that showed it), added to `terms`:
 * a term one family's locales translate is a term in every family, so a run that finishes family by family gathers
 * them from every family first. Changes no finding. Where several families show one term, the last one met names it.
 */
export function conventionTerms(pending: readonly PendingFinding[], familySize: ReadonlyMap<string, number>, terms = new Map<string, string>()): Map<string, string> {
  for (const g of witnessGroups(pending, familySize)) {
    const first = g.findings[0] as PendingFinding;
    if (g.verdict?.kind === 'convention') terms.set(termKey(first), first.family);
  }
  return terms;
}

/**
 * Run pass: findings with a `witness` key that (nearly) every article of their family has, the same way, are
 * `source`: six locales saying the same thing against their English are witnesses that the English is the odd one.
 * Run over whole families (`pending` holds every finding of each family it has a finding of): findings whose
 * witness (nearly) every article of their family shares are `source`; conventions are marked, here and (through
 * `terms`, from `conventionTerms` over every family of the run) in the families where one locale alone has the term.
 */
export function originFromWitnesses(
  pending: readonly PendingFinding[],
  articles: readonly ArticleSummary[],
  familySize: ReadonlyMap<string, number> = familySizes(articles),
  terms: ReadonlyMap<string, string> = conventionTerms(pending, familySize),
): void {
  for (const g of witnessGroups(pending, familySize)) {
    if (g.verdict?.kind === 'convention') for (const f of g.findings) asConvention(f, g.verdict.evidence);
    else if (g.verdict?.kind === 'source') for (const f of g.findings) setOrigin(f, 'source', g.verdict.evidence);
  }
  // A term the locales of one family translate is a term in every family, also where one locale alone has the
  // article (no witnesses there).
  for (const f of pending) {
    const family = f.conventionShare !== undefined && f.severity !== 'info' && !f.origin ? terms.get(termKey(f)) : undefined;
    if (family !== undefined) asConvention(f, conventionEvidence(f, undefined, family));
  }
  // A project-scope check's direction evidence (the family pass decided the others), where witnesses did not.
  for (const f of pending) if (f.sourceDamage !== undefined && !f.origin) setOrigin(f, 'source', f.sourceDamage);
}

/** What identifies one source defect across the locales of a family. */
const sourceDefectKey = (f: PendingFinding): string =>
  [f.family, f.ruleId, f.messageId, f.witness ?? `${f.actual ?? ''}\u0000${f.expected ?? ''}\u0000${normalizeSource(f.segment?.source ?? '')}`].join('\u0000');

/**
 * Source findings once per family: the first (in path order) stands for the defect, at `severity`, with the other
 * locales' places as related locations. Translation findings pass unchanged, marked `translation`.
 */
export function oncePerFamily(pending: readonly PendingFinding[], severity: Severity): PendingFinding[] {
  const out: PendingFinding[] = [];
  const kept = new Map<string, PendingFinding & { related: RelatedLocation[] }>();
  const sorted = [...pending].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  for (const f of sorted) {
    if (f.origin !== 'source') {
      out.push(f.origin ? f : { ...f, origin: 'translation' });
      continue;
    }
    const k = sourceDefectKey(f);
    const first = kept.get(k);
    if (first) {
      first.related.push({ path: f.path, locale: f.locale, line: f.line, column: f.column, message: `also in ${f.locale}` });
      continue;
    }
    const one = { ...f, severity, related: [...f.related] };
    kept.set(k, one);
    out.push(one);
  }
  return out;
}
