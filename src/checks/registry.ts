// Every check loccheck knows, by id. Order here is the order in `--help` and the docs.
import { bilingualMarkup } from './bilingual-markup.js';
import { factMismatch } from './fact-mismatch.js';
import { frontMatter } from './front-matter.js';
import { mergeConflictMarker } from './merge-conflict-marker.js';
import type { Check } from './types.js';
import { unreadableFile } from './unreadable-file.js';

export const checks: readonly Check[] = [mergeConflictMarker, factMismatch, bilingualMarkup, frontMatter, unreadableFile];

export const checksById: ReadonlyMap<string, Check> = new Map(checks.map((c) => [c.meta.id, c]));
