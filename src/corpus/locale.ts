// Which folder names are locales (BCP 47 tags such as zh-CN, fr-fr, pt-BR, de), checked against CLDR via Intl.

const SHAPE = /^[a-z]{2,3}(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}|\d{3}))?$/i;
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** `fr-fr` → `fr-FR`, `zh_cn` → `zh-CN`. */
export function canonicalLocale(name: string): string {
  try {
    return Intl.getCanonicalLocales(name.replace(/_/g, '-'))[0] ?? name;
  } catch {
    return name;
  }
}

/**
 * True for a folder name that is a locale. A bare language (`de`, `ja`) must be one CLDR knows, so that folders
 * such as `api`, `img` or `src` are not taken for locales.
 */
export function isLocaleName(name: string): boolean {
  if (!SHAPE.test(name)) return false;
  // Three-letter words (`src`, `bin`, `new`) are ISO 639-3 codes too: a three-letter language needs a region.
  if (/^[a-z]{3}$/i.test(name)) return false;
  const tag = canonicalLocale(name);
  try {
    const language = new Intl.Locale(tag).language;
    return languageNames.of(language) !== undefined;
  } catch {
    return false;
  }
}

/** The locale at the end of a repository folder name (`OfficeDocs-SkypeForBusiness.de-DE`, `docs-pr.fr-fr`). */
export function localeInName(name: string): string | undefined {
  if (isLocaleName(name)) return canonicalLocale(name);
  const m = /[._-]([a-z]{2,3}[-_][a-z]{2})$/i.exec(name);
  return m && isLocaleName(m[1] as string) ? canonicalLocale(m[1] as string) : undefined;
}
