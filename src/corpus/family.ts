// Families before parsing: folder layouts name them; flat layouts are grouped by each file's `ms.assetid`.
import { decode } from '../parse/decode.js';
import { familyFromFrontMatter, parseFrontMatter } from '../parse/front-matter.js';
import { type FileEntry, entryAbsPath, entryPath } from './entry.js';
import { readArticleBytes } from './read.js';

/** `title`: the front matter's title, for families named by `ms.assetid` (a GUID says nothing to a reader). */
export type FamilyEntry = FileEntry & { family: string; title?: string };

/** The family (as `parseArticle` gives it) and the title, from one read of the front matter. */
function familyAndTitle(bytes: Uint8Array, relPath: string, maxBytes: number): { family: string; title?: string } {
  if (bytes.length > maxBytes) return { family: relPath };
  const decoded = decode(bytes);
  if (decoded.binary) return { family: relPath };
  const { data } = parseFrontMatter(decoded.text);
  const title = typeof data['title'] === 'string' ? data['title'].trim().slice(0, 300) : '';
  return {
    family: familyFromFrontMatter(data, relPath),
    ...(title !== '' ? { title } : {}),
  };
}

/** FNV-1a of a family key: a stable 32-bit hash (shards and cache buckets), the same on every machine. */
export function familyHash(family: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < family.length; i++) h = Math.imul(h ^ family.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Every entry with its family; files without one from their layout have their front matter read. */
export function withFamilies(entries: readonly FileEntry[], maxBytes: number): FamilyEntry[] {
  return entries.map((e) => {
    if (e.family !== undefined) return e as FamilyEntry;
    const read = readArticleBytes(entryAbsPath(e), maxBytes);
    return { ...e, ...(read.ok ? familyAndTitle(read.bytes, e.relPath, maxBytes) : { family: e.relPath }) };
  });
}

/** Entries grouped by family, families in key order, members in path order: the same work units on every run. */
export function groupByFamily(entries: readonly FamilyEntry[]): FamilyEntry[][] {
  const groups = new Map<string, FamilyEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.family);
    if (list) list.push(e);
    else groups.set(e.family, [e]);
  }
  return [...groups.keys()].sort(byKey).map((k) => inPathOrder(groups.get(k) as FamilyEntry[]));
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A family's members in display-path order, each path made once (entries do not store it). */
function inPathOrder(members: FamilyEntry[]): FamilyEntry[] {
  if (members.length < 2) return members;
  return members
    .map((e) => ({ e, path: entryPath(e) }))
    .sort((a, b) => byKey(a.path, b.path))
    .map((m) => m.e);
}

/**
 * A title per family whose key is an `ms.assetid` (flat layouts): the first member's front matter title, in path
 * order. Folder layouts name families by their path, which reads well as it is.
 */
export function familyTitles(entries: readonly FamilyEntry[]): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const group of groupByFamily(entries)) {
    const titled = group.find((e) => e.title !== undefined && e.family !== e.relPath);
    if (titled) titles[titled.family] = titled.title as string;
  }
  return titles;
}
