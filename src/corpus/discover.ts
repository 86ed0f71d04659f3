// Inputs → article files with their locale, family and root. The only module (with read.ts) that touches the disk.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { defaultConfig } from '../config/schema.js';
import { type EntryBase, type FileEntry, entryAbsPath, joinBelow } from './entry.js';
import { canonicalLocale, isLocaleName, localeInName } from './locale.js';

export type { EntryBase, FileEntry } from './entry.js';

/** A path as the file system knows it (symbolic links resolved), so git's paths and discovery's compare. */
export function canonical(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * `canonical` for many files that are not symbolic links themselves (discovery never returns a link as an entry):
 * each folder is resolved once, and the file's name joined to it. On the corpus, resolving every entry's path
 * component by component took about a second of a pull-request run.
 */
export function canonicalFiles(): (file: string) => string {
  const dirs = new Map<string, string>();
  return (file) => {
    const dir = path.dirname(file);
    let real = dirs.get(dir);
    if (real === undefined) {
      real = canonical(dir);
      dirs.set(dir, real);
    }
    return path.join(real, path.basename(file));
  };
}

/**
 * Whether a discovered file (never a link itself) is one of `changedFiles` (as git names them), both read as real
 * paths. Only a file with the name of a changed one can be it (`canonicalFiles` resolves the folder and keeps the
 * name), so the folders of the others, tens of thousands in a pull-request run, are never resolved.
 */
export function changedFileTest(changedFiles: readonly string[]): (absPath: string) => boolean {
  const changed = new Set(changedFiles.map(canonical));
  const names = new Set([...changed].map((c) => path.basename(c)));
  const canonicalEntry = canonicalFiles();
  return (absPath) => names.has(path.basename(absPath)) && changed.has(canonicalEntry(absPath));
}

export interface Discovery {
  entries: FileEntry[];
  /** Absolute, real paths of the roots (locale folders, or the folder of explicit files). */
  roots: string[];
  /** Every file below each root (any extension), for link resolution. */
  files: Set<string>[];
  /** Non-fatal notes: skipped symlinks, ignored inputs. */
  notes: string[];
  /** Paired mode: every file below the English tree (`--source`), for link resolution as the docs build does it. */
  sourceFiles?: Set<string>;
  /** Paired mode: the real path of the English tree, which no output may be written into. */
  sourceRoot?: string;
}

export interface DiscoverOptions {
  cwd: string;
  include: readonly string[];
  ignore: readonly string[];
  localePattern?: string;
  /** Paired mode: the English tree (`--source`); its files are the sources of the translations, not articles. */
  source?: string;
}

/** An input path that does not exist or cannot be listed: a user mistake (exit code 2). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A folder's path ending in one separator, as `EntryBase.abs` holds it. */
const withSeparator = (folder: string): string => (folder.endsWith(path.sep) ? folder : folder + path.sep);

const toPosix = (p: string): string => p.split(path.sep).join('/');

function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return toPosix(rel === '' ? path.basename(abs) : rel);
}

/**
 * The display path of `root` as the prefix of its files' display paths (`/` separated, ending in `/`, or empty for
 * the working directory itself): worked out once, not for each of tens of thousands of files. Undefined when the
 * working directory lies inside the root: paths are relative to it then, and each file's is worked out alone.
 */
function shownPrefixOf(cwd: string, root: string): string | undefined {
  const base = path.resolve(cwd);
  if (base !== root && (base + path.sep).startsWith(root.endsWith(path.sep) ? root : root + path.sep)) return undefined;
  const prefix = toPosix(path.relative(base, root));
  return prefix === '' ? '' : `${prefix}/`;
}

/** Turns `i18n/<locale>/**` into a matcher that yields the locale and the family path. */
export function compileLocalePattern(pattern: string): (rel: string) => { locale: string; family: string } | undefined {
  const trimmed = pattern.replace(/\/+$/, '').replace(/\/\*\*$/, '');
  // `**/**` is `**`; each `**` left becomes a repetition in the regular expression, so their number is bounded (with
  // many of them a failed match backtracked exponentially).
  const parts = trimmed
    .split('/')
    .filter((part, i, all) => !(part === '**' && all[i - 1] === '**'))
    .map((part) => (part === '**' ? part : part.replace(/\*+/g, '*')));
  const stars = parts.reduce((n, p) => n + (p === '**' ? 1 : (p.match(/\*/g)?.length ?? 0)), 0);
  if (stars > 8 || parts.length > 32) {
    throw new InputError(`--locale-pattern "${pattern}": at most 8 wildcards ("*" or "**") and 32 parts in all`);
  }
  let source = '';
  let hasLocale = false;
  for (const part of parts) {
    if (part === '**') {
      source += '(?:[^/]+/)*'; // any number of folders, including none
      continue;
    }
    if (part === '<locale>' || part === '<lang>') {
      source += '([^/]+)/';
      hasLocale = true;
    } else source += `${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}/`;
  }
  if (!hasLocale) throw new InputError(`--locale-pattern "${pattern}" has no <locale> or <lang> part (e.g. "i18n/<locale>/**")`);
  const re = new RegExp(`^${source}(.+)$`);
  return (rel) => {
    const m = re.exec(rel);
    if (!m || !isLocaleName(m[1] as string)) return undefined;
    return { locale: canonicalLocale(m[1] as string), family: m[2] as string };
  };
}

function listFiles(root: string, ignore: readonly string[], notes: string[]): string[] {
  if (isDefaultIgnore(ignore)) return walkDefault(root).files;
  return globFiles(root, ignore, notes);
}

function globFiles(root: string, ignore: readonly string[], notes: string[]): string[] {
  try {
    // Symlinks are not followed: a link loop cannot hang the walk, and nothing outside the root is read.
    return globSync(['**/*'], { cwd: root, ignore: [...ignore], dot: false, onlyFiles: true, followSymbolicLinks: false });
  } catch (error) {
    notes.push(`${root}: could not list (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return [];
  }
}

/** The files below a root and the symbolic links discovery skips there (`symbolicLinks`), in one listing. */
export function listTree(root: string, ignore: readonly string[], notes: string[]): { files: string[]; links: string[] } {
  if (isDefaultIgnore(ignore)) return walkDefault(root);
  return { files: globFiles(root, ignore, notes), links: symbolicLinks(root, ignore) };
}

/** `listTree` by the glob and the link walk, whatever the ignore list: the reference of the one-walk path (tests). */
export function listTreeByGlob(root: string, ignore: readonly string[]): { files: string[]; links: string[] } {
  return { files: globFiles(root, ignore, []), links: symbolicLinks(root, ignore) };
}

const isDefaultIgnore = (ignore: readonly string[]): boolean =>
  ignore.length === defaultConfig.ignore.length && ignore.every((g, i) => g === defaultConfig.ignore[i]);

/** Below this depth, and past this many, symbolic links are no longer looked for (the note names five). */
const LINK_DEPTH = 64;
const MAX_LINKS = 1000;

/**
 * `globFiles` and `symbolicLinks` with the default ignore list, in one walk of the folders (the glob's own walk and
 * pattern tests took about a second of a pull-request run on both corpora). The same files in the same order as
 * the glob gives them (its crawler reads each folder in the order the system lists it and enters a subfolder where
 * it meets it): with `dot: false` a name starting with `.` is neither listed nor entered, `**` + `/node_modules/**`
 * leaves out every folder and file named `node_modules` (case matters), links are not followed, and only regular
 * files are listed. `test/discover-walk.test.ts` holds it to the glob.
 */
function walkDefault(root: string): { files: string[]; links: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  const walk = (abs: string, rel: string, depth: number, lookForLinks: boolean): void => {
    let dirents;
    try {
      dirents = readdirSync(abs, { withFileTypes: true });
    } catch {
      return;
    }
    // As `symbolicLinks` does: a folder entered past the depth, or once the list is full, adds no link (nor do its subfolders).
    const linksHere = lookForLinks && depth <= LINK_DEPTH && links.length < MAX_LINKS;
    for (const d of dirents) {
      const name = d.name;
      if (name.charCodeAt(0) === 46 || name === 'node_modules') continue;
      if (d.isFile()) files.push(rel + name);
      else if (d.isDirectory()) walk(path.join(abs, name), `${rel}${name}/`, depth + 1, linksHere);
      else if (linksHere && d.isSymbolicLink()) links.push(rel + name);
    }
  };
  walk(root, '', 0, true);
  return { files, links };
}

/**
 * The symbolic links below a root that discovery skipped (it never follows one): walked without following links,
 * leaving out dot-folders and ignored paths as discovery does, so a skipped link can be named in a note.
 */
function symbolicLinks(root: string, ignore: readonly string[]): string[] {
  const ignored = picomatch([...ignore], { dot: false });
  const out: string[] = [];
  const walk = (rel: string, depth: number): void => {
    if (depth > LINK_DEPTH || out.length >= MAX_LINKS) return;
    let dirents;
    try {
      dirents = readdirSync(path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of dirents) {
      // Only links and folders matter here: files (most entries) are passed over before any pattern is tried.
      if (d.name.startsWith('.') || !(d.isSymbolicLink() || d.isDirectory())) continue;
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (ignored(r) || ignored(`${r}/`)) continue;
      if (d.isSymbolicLink()) out.push(r);
      else walk(r, depth + 1);
    }
  };
  walk('', 0);
  return out;
}

const linkNote = (root: string, cwd: string, links: readonly string[]): string =>
  `${links.length} symbolic link${links.length === 1 ? '' : 's'} below ${displayPath(cwd, root)} skipped (loccheck does not follow links): ` +
  `${links.slice(0, 5).join(', ')}${links.length > 5 ? ', …' : ''}`;

const DEFAULT_INCLUDED = /\.(?:md|markdown)$/i;

/**
 * `matchesInclude` for the paths a listing gives (no part of them starts with `.`: `dot: false`). With the default
 * globs (any `.md` or `.markdown` file at any depth, in any case, no dot-files) that is a file name ending so that
 * does not start with `.`: one regular expression instead of picomatch's matcher for each file.
 */
function listedIncluded(include: readonly string[]): (rel: string) => boolean {
  const isDefault = include.length === defaultConfig.include.length && include.every((g, i) => g === defaultConfig.include[i]);
  if (!isDefault) return (rel) => matchesInclude(rel, include);
  return (rel) => DEFAULT_INCLUDED.test(rel) && rel.charCodeAt(rel.lastIndexOf('/') + 1) !== 46;
}

const matchers = new Map<string, (rel: string) => boolean>();
function matchesInclude(rel: string, include: readonly string[]): boolean {
  const key = include.join('\0');
  let m = matchers.get(key);
  if (!m) {
    m = picomatch([...include], { nocase: true, dot: false });
    matchers.set(key, m);
  }
  return m(rel);
}

/**
 * Would a file at `absPath` be read as an article by a run over these roots (inside a root, matched by `include`,
 * not by `ignore`)? Used to keep loccheck from writing a report where the next run would read it.
 */
export function wouldDiscover(absPath: string, roots: readonly string[], include: readonly string[], ignore: readonly string[]): string | undefined {
  const target = path.join(canonical(path.dirname(absPath)), path.basename(absPath));
  const ignored = picomatch([...ignore], { dot: false });
  for (const root of roots) {
    const rel = path.relative(root, target);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const posix = toPosix(rel);
    if (matchesInclude(posix, include) && !ignored(posix)) return root;
  }
  return undefined;
}

export function discover(inputs: readonly string[], options: DiscoverOptions): Discovery {
  const out: Discovery = { entries: [], roots: [], files: [], notes: [] };
  const rootIndex = new Map<string, number>();
  const addRoot = (abs: string, files: string[]): number => {
    const existing = rootIndex.get(abs);
    if (existing !== undefined) return existing;
    const index = out.roots.length;
    out.roots.push(abs);
    out.files.push(new Set(files));
    rootIndex.set(abs, index);
    return index;
  };
  const seen = new Set<string>();
  const push = (entry: FileEntry): void => {
    const abs = entryAbsPath(entry);
    if (seen.has(abs)) return;
    seen.add(abs);
    out.entries.push(entry);
  };
  // Every locale folder lists the same paths: one string for each path (in the folders' file sets, and as the entries'
  // `relPath` and `family`) instead of one per locale, for as long as the run holds them.
  const shared = new Map<string, string>();
  const intern = (s: string): string => {
    const known = shared.get(s);
    if (known !== undefined) return known;
    shared.set(s, s);
    return s;
  };
  const pattern = options.localePattern ? compileLocalePattern(options.localePattern) : undefined;

  const addTree = (root: string, locale: string | undefined): void => {
    const listing = listTree(root, options.ignore, out.notes);
    if (listing.links.length > 0) out.notes.push(linkNote(root, options.cwd, listing.links));
    const files = listing.files.map(intern);
    const index = addRoot(root, files);
    const prefix = shownPrefixOf(options.cwd, root);
    const base: EntryBase = { abs: withSeparator(root), shown: prefix ?? '' };
    const included = listedIncluded(options.include);
    for (const rel of files) {
      if (!included(rel)) continue;
      push({
        base,
        ...(prefix === undefined ? { shownPath: displayPath(options.cwd, joinBelow(base.abs, rel)) } : {}),
        root: index,
        relPath: rel,
        ...(locale ? { locale } : {}),
        family: intern(rel.toLowerCase()),
      });
    }
  };

  for (const input of inputs) {
    const abs = path.resolve(options.cwd, input);
    // A file named on the command line that is a symbolic link is not followed either (a link to /etc/shadow or to
    // /.dockerenv in a pull request would otherwise be read, and its target's folder become the root).
    let isLink = false;
    try {
      isLink = lstatSync(abs).isSymbolicLink();
    } catch {
      // reported below
    }
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new InputError(`${input}: symbolic link loop; pass a real file or folder`);
      throw new InputError(`${input}: no such file or folder; check the path (relative to ${options.cwd})`);
    }
    if (stat.isFile() && isLink) {
      out.notes.push(`${input}: a symbolic link, skipped (loccheck does not follow links; name the real file)`);
      continue;
    }
    if (stat.isFile()) {
      const real = realpathSync(abs);
      const dir = path.dirname(real);
      const index = addRoot(dir, listFiles(dir, options.ignore, out.notes));
      const locale = localeInName(path.basename(dir));
      const base = { abs: withSeparator(path.dirname(abs)), shown: '' };
      push({ base, shownPath: displayPath(options.cwd, abs), root: index, relPath: path.basename(abs), ...(locale ? { locale } : {}) });
      continue;
    }
    if (!stat.isDirectory()) throw new InputError(`${input}: not a file or folder`);
    const real = realpathSync(abs);

    if (pattern) {
      // One root per locale found by the pattern; the family is the path after the pattern.
      const files = listFiles(real, options.ignore, out.notes);
      const byLocale = new Map<string, { prefix: string; files: { rel: string; family: string }[] }>();
      for (const rel of files) {
        const m = pattern(rel);
        if (!m || !matchesInclude(rel, options.include)) continue;
        const prefix = rel.slice(0, rel.length - m.family.length);
        const group = byLocale.get(prefix) ?? { prefix, files: [] };
        group.files.push({ rel, family: m.family });
        byLocale.set(prefix, group);
      }
      for (const group of byLocale.values()) {
        const rootAbs = path.join(real, group.prefix);
        const below = files.filter((f) => f.startsWith(group.prefix)).map((f) => f.slice(group.prefix.length));
        const index = addRoot(rootAbs, below);
        const locale = pattern(group.files[0]?.rel ?? '')?.locale;
        const base = { abs: withSeparator(rootAbs), shown: '' };
        for (const f of group.files) {
          push({
            base,
            shownPath: displayPath(options.cwd, path.join(abs, f.rel)),
            root: index,
            relPath: f.family,
            ...(locale ? { locale } : {}),
            family: f.family.toLowerCase(),
          });
        }
      }
      continue;
    }

    let children: string[] = [];
    try {
      children = readdirSync(real).filter((name) => {
        try {
          return lstatSync(path.join(real, name)).isDirectory() && isLocaleName(name);
        } catch {
          return false;
        }
      });
    } catch (error) {
      throw new InputError(`${input}: cannot list the folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (children.length > 0) {
      for (const name of children.sort()) addTree(path.join(real, name), canonicalLocale(name));
    } else {
      addTree(real, localeInName(path.basename(real)));
    }
  }
  if (options.source !== undefined) pairWithSource(out, path.resolve(options.cwd, options.source), options);
  if (out.entries.length === 0) {
    const userIgnore = options.ignore.filter((g) => !defaultConfig.ignore.includes(g));
    const skipped = out.notes.filter((n) => n.includes('symbolic link'));
    throw new InputError(
      `no article found in ${inputs.join(', ')} (looked for ${options.include.join(', ')}` +
        `${userIgnore.length > 0 ? `, leaving out the config's ignore: ${userIgnore.join(', ')}` : ''}` +
        `${skipped.length > 0 ? `; ${skipped.join('; ')}` : ''}); pass files by name to check other extensions`,
    );
  }
  return out;
}

/**
 * Paired mode: every article whose path below its root has an English file at the same path below the source tree
 * gets that file as its source; the source tree's own files are left out of the articles (they are the English).
 */
function pairWithSource(out: Discovery, source: string, options: DiscoverOptions): void {
  let real: string;
  try {
    real = realpathSync(source);
    if (!statSync(real).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new InputError(`--source ${source}: no such folder; name the English tree (e.g. the English repository's docs folder)`);
  }
  const english = new Set(listFiles(real, options.ignore, out.notes));
  out.sourceFiles = english;
  out.sourceRoot = real;
  const inside = (abs: string): boolean => abs === real || abs.startsWith(real + path.sep);
  const realOf = (abs: string): string => {
    try {
      return realpathSync(abs);
    } catch {
      return abs;
    }
  };
  out.entries = out.entries.filter((e) => !inside(realOf(entryAbsPath(e))));
  for (const e of out.entries) if (english.has(e.relPath)) e.sourceAbsPath = path.join(real, e.relPath);
}
