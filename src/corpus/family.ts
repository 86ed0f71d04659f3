// Families before parsing: folder layouts name them; flat layouts are grouped by each file's `ms.assetid`.
import { familyFromBytes } from '../parse/article.js';
import type { FileEntry } from './discover.js';
import { readArticleBytes } from './read.js';

export type FamilyEntry = FileEntry & { family: string };

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
    const read = readArticleBytes(e.absPath, maxBytes);
    return { ...e, family: read.ok ? familyFromBytes(read.bytes, e.relPath, maxBytes) : e.relPath };
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
  const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.keys()].sort(byKey).map((k) => (groups.get(k) as FamilyEntry[]).sort((a, b) => byKey(a.path, b.path)));
}
