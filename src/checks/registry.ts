// Every check loccheck knows, by id. Order here is the order in `--help` and the docs.
import { bilingualMarkup } from './bilingual-markup.js';
import { factDivergence } from './fact-divergence.js';
import { factMismatch } from './fact-mismatch.js';
import { frontMatter } from './front-matter.js';
import { mergeConflictMarker } from './merge-conflict-marker.js';
import type { Check } from './types.js';
import { tableDivergence } from './table-divergence.js';
import { unreadableFile } from './unreadable-file.js';

export const checks: readonly Check[] = [mergeConflictMarker, factMismatch, factDivergence, tableDivergence, bilingualMarkup, frontMatter, unreadableFile];

export const checksById: ReadonlyMap<string, Check> = new Map(checks.map((c) => [c.meta.id, c]));
