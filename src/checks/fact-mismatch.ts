// Tokens of the English source that the translation lost, mangled or changed (and strong tokens it added).
import type { Segment } from '../model.js';
import { normalizeSource } from './support/align.js';
import { type FactIssue, compareFacts, containsToken, textWithoutUrls } from './support/fact-compare.js';
import { factFix } from './support/fix.js';
import { regexList, stringSet } from './support/options.js';
import type { ArticleCheck } from './types.js';

/**
 * How every locale would report the same departure from a damaged English: the token, what stands in its place when
 * that is not the locale's own wording, and the sentence. None for MT damage (a token with blanks inserted, its case
 * changed, a parameter's dash lost): that stays the translation's even when every locale has it. A name whose first
 * letter alone was capitalised has one (`firstLetterCapitalised`).
 */
function witnessOf(issue: FactIssue, source: string): string | undefined {
  if (issue.kind === 'case-changed' && !firstLetterCapitalised(issue)) return undefined;
  if (issue.kind === 'mangled' || issue.kind === 'unit-dropped' || issue.kind === 'debris' || issue.factKind === 'parameter') return undefined;
  // Locales that each write their own acronym (GDPR → DSGVO, RGPD) say the same thing: the acronym is not kept.
  const actual = issue.kind === 'missing' || acronymReplaced(issue) ? '' : (issue.actual ?? '');
  return `${issue.kind}:${issue.expected}:${actual}:${normalizeSource(source)}`;
}

/**
 * A name whose only change is a capital first letter (`macOS` → `MacOS`, `.nET` → `.NET`, `iOS` → `IOS`): the way a
 * language capitalises a word. Written so by half the locales of a family in the same sentence, it is how the locales
 * spell the name, not one translation's damage: `MacOS` in 4 or 5 of the 6 locales of `sign-in-teams.md`, `.NET` in
 * de-DE, es-ES and pt-BR where the English has the typo `.nET framework used` (fr-FR, ja-JP and zh-CN copy it); both
 * judged noise on the real pair. Such a case change carries its witness with a convention share (`info` from half
 * the family; from nearly all of it, the English's, as for any departure), and a capitalisation one or two locales
 * make (`triggerType` → `TriggerType`, data) stays a warning. Other re-casings are MT damage, which locales do share
 * (`LOA` → `Loa` in four locales of an sfb article, `PanelView` → `Panelview` in four of the Teams pair, `REVOKE-Cs…`):
 * they carry no witness and stay each translation's.
 */
function firstLetterCapitalised(issue: FactIssue): boolean {
  const { expected, actual } = issue;
  return issue.kind === 'case-changed' && actual !== undefined && /^\p{Ll}/u.test(expected) && actual === expected.charAt(0).toUpperCase() + expected.slice(1);
}

/**
 * Whether a token can be words a UI translates: a CamelCase name (`FastTab`), or a designer path of two capitalized
 * words (`XML\Element`, `Common\File`) outside a drive path; never a DOMAIN\user account (`litwareinc\pilar`).
 */
function mayBeTerm(issue: FactIssue, source: string): boolean {
  if (issue.factKind === 'identifier') return true;
  return issue.factKind === 'account' && /^[A-Z][A-Za-z]*\\{1,2}[A-Z][a-z]+$/.test(issue.expected) && !/[A-Za-z]:\\/.test(source);
}

/**
 * A bracketed acronym (`[GDPR](…)`) replaced by another acronym in capitals (`[DSGVO](…)`, `[RGPD](…)`): either an
 * organisation's name the locales abbreviate in their language, or a name of data translated (`[ROUND]` →
 * `[RUNDUNG]`). The family tells: when half its locales replace it, it is their convention (`conventionShare`).
 */
function acronymReplaced(issue: FactIssue): boolean {
  return issue.kind === 'changed' && issue.factKind === 'bracketed' && /^[A-Z]{2,8}$/.test(issue.expected) && /^\[\p{Lu}{2,8}\]$/u.test(issue.actual ?? '') && issue.actual !== `[${issue.expected}]`;
}

/**
 * Domains of example data: the fictitious companies of Microsoft's documentation and the domains reserved for examples
 * (RFC 2606). Nobody reads mail there: the people at them are characters of an example.
 */
const EXAMPLE_DOMAIN =
  /(?:^|\.)(?:contoso|fabrikam|northwindtraders|litwareinc|adatum|tailspintoys|wingtiptoys|woodgrovebank|proseware|treyresearch|cohowinery|alpineskihouse|wideworldimporters|relecloud|example)\.(?:com|net|org)$/i;

/** The person (local part) and domain of an example address whose person has a name: letters only (`Rob`, `ann.beebe`). */
function examplePerson(address: string): { person: string; domain: string } | undefined {
  const at = address.lastIndexOf('@');
  const person = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  return at > 0 && EXAMPLE_DOMAIN.test(domain) && /^\p{L}+(?:[.'-]\p{L}+)*$/u.test(person) ? { person, domain } : undefined;
}

/**
 * Whether a person's name is another name, not the same one damaged (`RainierConf` → `RanierConf`, a letter lost): at
 * least half the letters of the longer one differ (edit distance, case aside).
 */
function anotherName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, k) => k);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1)));
    prev = row;
  }
  return 2 * (prev[y.length] as number) >= Math.max(x.length, y.length);
}

/**
 * Example people a locale renames (`Rob@contoso.com` → `pedro@contoso.com`, `Ann@northwindtraders.com` →
 * `eduarda@…`): in one segment, an English address changed into, or missing beside an extra, address at the same
 * example domain, paired one to one, each English person renamed the same way wherever the article renames them. A localized example,
 * as translating a character's name is: neither finding is reported. An address at a real domain, a domain changed,
 * or a person renamed two ways stays reported.
 */
function renamedExamplePeople(perSegment: readonly (readonly FactIssue[])[]): Set<FactIssue> {
  const pairs: [FactIssue, FactIssue, string, string][] = [];
  const renamed = (from: string, to: string): boolean => {
    const a = examplePerson(from);
    const b = examplePerson(to);
    return a !== undefined && b !== undefined && b.domain === a.domain && anotherName(a.person, b.person);
  };
  const key = (address: string): string => address.toLowerCase();
  for (const issues of perSegment) {
    // One address for another (`changed`), or several missing and extra.
    for (const c of issues) if (c.kind === 'changed' && c.factKind === 'email' && renamed(c.expected, c.actual ?? '')) pairs.push([c, c, key(c.expected), key(c.actual ?? '')]);
    const extras = issues.filter((i) => i.kind === 'extra' && i.factKind === 'email');
    for (const m of issues) {
      if (m.kind !== 'missing' || m.factKind !== 'email') continue;
      const from = examplePerson(m.expected);
      const k = from === undefined ? -1 : extras.findIndex((x) => renamed(m.expected, x.actual ?? ''));
      if (from === undefined || k < 0) continue;
      const [x] = extras.splice(k, 1) as [FactIssue];
      pairs.push([m, x, key(m.expected), key(x.actual ?? '')]);
    }
  }
  const renamedTo = new Map<string, Set<string>>();
  for (const [, , from, to] of pairs) renamedTo.set(from, (renamedTo.get(from) ?? new Set()).add(to));
  return new Set(pairs.filter(([, , from]) => renamedTo.get(from)?.size === 1).flatMap(([m, x]) => [m, x]));
}

// A quantity the English gives in imperial units beside its metric equivalent, either way round: `6–9 ft. (1.8–2.7
// m)`, `6 in. (152 mm)`, `1.8 m (6 ft)`. Groups 1-2 the first quantity (a range's two ends), 3-4 the one in parentheses.
const QUANTITY = String.raw`(\d+(?:\.\d+)?)(?:\s*[–-]\s*(\d+(?:\.\d+)?))?\s*`;
const IMPERIAL = String.raw`(?:ft|feet|foot|in|inch(?:es)?|mi|miles?|lbs?|pounds?|oz|°\s?F)\.?`;
const METRIC = String.raw`(?:mm|cm|m|km|kg|g|°\s?C)`;
const IMPERIAL_METRIC = new RegExp(String.raw`${QUANTITY}${IMPERIAL}\s*\(\s*${QUANTITY}${METRIC}\s*\)`, 'g');
const METRIC_IMPERIAL = new RegExp(String.raw`${QUANTITY}${METRIC}\s*\(\s*${QUANTITY}${IMPERIAL}\s*\)`, 'g');

/** Whether a translation writes a number, with either decimal separator (`1.82` as `1,82`). */
const writesNumber = (target: string, n: string): boolean => new RegExp(String.raw`(?<![\d.,])${n.replace('.', '[.,]')}(?![\d]|[.,]\d)`).test(target);

/**
 * The imperial numbers of a segment that a metric locale leaves out (`3 ft. (0.91 m)` → `0,91 m`): those whose metric
 * equivalent beside them the translation writes. The quantity is there, in the locale's units.
 */
function imperialLeftOut(source: string, target: string): Set<string> {
  const out = new Set<string>();
  const take = (imperial: (string | undefined)[], metric: (string | undefined)[]): void => {
    const kept = metric.filter((n): n is string => n !== undefined);
    if (kept.length > 0 && kept.every((n) => writesNumber(target, n))) for (const n of imperial) if (n !== undefined) out.add(n);
  };
  for (const m of source.matchAll(IMPERIAL_METRIC)) take([m[1], m[2]], [m[3], m[4]]);
  for (const m of source.matchAll(METRIC_IMPERIAL)) take([m[3], m[4]], [m[1], m[2]]);
  return out;
}

/**
 * How many `1`s of the idiom `1:1` before a word (`1:1 call`, `1:1 chats`: one-on-one) the translation says in words
 * (`Appel individuel`, `Chamada privada`): two per idiom, when the translation writes no ratio at all (`1:2` is a change).
 */
function oneOnOneInWords(source: string, target: string): number {
  if (/\d\s*:\s*\d/.test(target)) return 0;
  return 2 * [...source.matchAll(/(?<![\d:.,])1:1(?![\d:])\s+\p{L}/gu)].length;
}

/**
 * Missing numbers that are the locale's way to say the quantity: imperial units left out beside their metric
 * equivalent, and `1:1` said in words. Neither is reported: the translation says the same thing.
 */
function localizedQuantities(source: string, target: string, issues: readonly FactIssue[]): Set<FactIssue> {
  const out = new Set<FactIssue>();
  // Only a missing number can be one; most segments have none, and the unit patterns below scan the whole source.
  if (!issues.some((i) => i.kind === 'missing' && i.factKind === 'number')) return out;
  const imperial = imperialLeftOut(source, target);
  let ones = oneOnOneInWords(source, target);
  for (const i of issues) {
    if (i.kind !== 'missing' || i.factKind !== 'number') continue;
    if (imperial.has(i.expected)) out.add(i);
    else if (i.expected === '1' && ones > 0) {
      out.add(i);
      ones--;
    }
  }
  return out;
}

/**
 * English compound nouns that read as a cmdlet (`Add-Ons`, `Add-Ins`: the verb `Add`, a capitalized noun): a UI
 * label or a word that translations translate (`Complementos`, `アドオン`). No PowerShell noun is `In` or `On`.
 */
const ADD_IN_WORD = /^Add-(?:In|On)s?$/i;
const isWordNotCmdlet = (issue: FactIssue): boolean => issue.factKind === 'cmdlet' && ADD_IN_WORD.test(issue.expected);

const fixOf = <T>(fix: T | undefined): { fix: T } | Record<string, never> => (fix ? { fix } : {});

export const factMismatch: ArticleCheck = {
  scope: 'article',
  meta: {
    id: 'fact-mismatch',
    category: 'fact',
    defaultSeverity: 'error',
    description: 'A token of the source (number, identifier, GUID, cmdlet, code…) missing, mangled or changed in the translation.',
    messages: {
      mangled: 'The {factKind} "{expected}" is mangled in the translation: "{actual}".',
      changed: 'The {factKind} "{expected}" became "{actual}" in the translation.',
      'case-changed': 'The {factKind} "{expected}" changed case in the translation: "{actual}".',
      missing: 'The {factKind} "{expected}" of the source is missing in the translation.',
      extra: 'The translation adds the {factKind} "{actual}", which the source does not have.',
      markup: 'The source has {expected}, the translation {actual}.',
      'unit-dropped': 'The {factKind} "{expected}" lost its unit in the translation: "{actual}".',
      debris: 'The translation adds markup debris the source does not have: "{actual}".',
    },
    messageSeverity: { 'case-changed': 'warning', missing: 'warning', extra: 'warning', markup: 'warning', 'unit-dropped': 'warning', debris: 'warning' },
    fixable: { mangled: 'the blanks inserted into the token removed', 'case-changed': 'a cmdlet, parameter or identifier given the case of the English', changed: 'a version written with the locale\'s separator (8,3) written as in the English (8.3)' },
  },
  run({ parsed, article, options, report }) {
    const ignore = regexList(options['ignore']);
    const allowIdentifiers = stringSet(options['identifierAllowlist']);
    const numberRules = (options['numberRules'] ?? {}) as Record<string, { decimal?: string; group?: string }>;
    let english: string | undefined;
    // A case the English article itself writes elsewhere (`ContactPersonID` beside `ContactPersonId`, `FastTab` beside
    // a typo `fastTab`) is the English being inconsistent, not the translation changing a name. A form all in lower
    // case is no such spelling: it is the English word (`filter` in prose), and `[FILTER]` → `[filter]` is MT re-casing.
    const englishWrites = (token: string): boolean => /\p{Lu}/u.test(token) && containsToken((english ??= textWithoutUrls(article.segments.map((x) => x.source).join('\n'))), token);
    const compared: [Segment, FactIssue[]][] = [];
    for (const s of article.segments as Segment[]) {
      // An empty translation of a source with tokens loses them all: compared like any other.
      if (s.source.trim() === '') continue;
      const issues = compareFacts(s.source, s.target, s.sourceFacts, s.targetFacts, {
        locale: article.locale,
        ignore,
        allowIdentifiers,
        numberRules,
        skipIdentifiers: s.role === 'table-key',
        ...(parsed.segmentLinks ? { links: { target: parsed.segmentLinks[2 * s.index] ?? [], source: parsed.segmentLinks[2 * s.index + 1] ?? [] } } : {}),
      });
      compared.push([s, issues]);
    }
    const localizedExamples = renamedExamplePeople(compared.map(([, issues]) => issues));
    for (const [s, issues] of compared) {
      const localized = localizedQuantities(s.source, s.target, issues);
      for (const issue of issues) {
        if (localizedExamples.has(issue) || localized.has(issue) || isWordNotCmdlet(issue)) continue;
        if (issue.kind === 'case-changed' && issue.actual !== undefined && englishWrites(issue.actual)) continue;
        report({
          messageId: issue.kind,
          data: { factKind: issue.factKind, expected: issue.expected, actual: issue.actual ?? '' },
          line: s.targetTextLine,
          column: s.targetTextColumn,
          ...(issue.kind !== 'markup' && issue.kind !== 'extra' && issue.kind !== 'debris' ? { expected: issue.expected } : {}),
          ...(issue.actual !== undefined ? { actual: issue.actual } : {}),
          key: `${issue.kind}:${issue.expected}:${issue.actual ?? ''}:${s.source}`,
          ...(witnessOf(issue, s.source) !== undefined ? { witness: witnessOf(issue, s.source) } : {}),
          ...(issue.englishDamaged !== undefined ? { sourceDamage: issue.englishDamaged } : {}),
          // A name in words (FastTab, XML\Element) that half the locales translate is a term, not data.
          ...((issue.kind === 'missing' && mayBeTerm(issue, s.source)) || acronymReplaced(issue) || firstLetterCapitalised(issue) ? { conventionShare: 0.5 } : {}),
          ...fixOf(factFix(issue, s, parsed)),
        });
      }
    }
  },
};
