// URL helpers shared by the link checks: what is external, and the form a URL takes once its locale is ignored.

export const isExternal = (url: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

// Locale path segments (`/en-us/`, `/fr-FR/`, `/EN-US/`) that docs sites localize on purpose.
const LOCALE_SEGMENT = /\/[a-z]{2}(?:-[a-z]{2,4})?(?=\/|$)/gi;

/**
 * A URL with the parts a locale may change on purpose removed: the locale path segment, `?ui=…&rs=…&ad=…`
 * locale queries, the scheme's case and the host's case. Two links equal under this form point to the same page.
 */
export function localeNeutral(url: string): string {
  let u = withLowerHost(url.trim());
  u = u.replace(/[?&](ui|rs|ad|lang|locale|setlang|clcid)=[^&#]*/gi, '').replace(/\?(#|$)/, '$1');
  return u.replace(LOCALE_SEGMENT, (seg) => (/^\/[a-z]{2}(-[a-z]{2,4})?$/i.test(seg) && isLocaleLike(seg.slice(1)) ? '' : seg));
}

/** A URL with its scheme and host lower-cased, which DNS and browsers ignore the case of. */
export const withLowerHost = (url: string): string => url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, (h) => h.toLowerCase());

function isLocaleLike(s: string): boolean {
  try {
    return Intl.getCanonicalLocales(s).length === 1 && /-/.test(s);
  } catch {
    return false;
  }
}

/** The locale written in a URL's path (`en-us` in `/privacystatement/en-us/…`), if any. */
export function localeInUrl(url: string): string | undefined {
  const path = url.replace(/^https?:\/\/[^/]+/i, '').split(/[?#]/)[0] ?? '';
  for (const seg of path.split('/')) {
    if (/^[a-z]{2}-[a-z]{2}$/i.test(seg) && isLocaleLike(seg)) return seg;
  }
  return undefined;
}

export function hostOf(url: string): string | undefined {
  return /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1]?.toLowerCase();
}

/**
 * True when `source` holds `(url)` outside a link: the English half lost the link's `]`, so the link a translation
 * has there is the one the English meant (`[Skype to Teams journey[(https://aka.ms/…)`, `[Adjust cost wizard(#adjust)`).
 */
export function brokenLinkTo(source: string, url: string): boolean {
  const needle = `(${url})`;
  for (let i = source.indexOf(needle); i >= 0; i = source.indexOf(needle, i + 1)) {
    if (source[i - 1] !== ']') return true;
  }
  return false;
}

/** The evidence a finding gives when the English half's link markup is the broken form. */
export const BROKEN_LINK_IN_ENGLISH = 'the English half has the link\'s URL with its link markup broken; the translation has the link';
