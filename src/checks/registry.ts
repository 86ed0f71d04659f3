// Every check loccheck knows, by id. Order here is the order in `--help` and the docs.
import { bidiControl } from './bidi-control.js';
import { bilingualMarkup } from './bilingual-markup.js';
import { brokenLink } from './broken-link.js';
import { encodingDamage } from './encoding-damage.js';
import { factDivergence } from './fact-divergence.js';
import { factMismatch } from './fact-mismatch.js';
import { frontMatter } from './front-matter.js';
import { linkMismatch } from './link-mismatch.js';
import { mergeConflictMarker } from './merge-conflict-marker.js';
import { missingArticle } from './missing-article.js';
import { missingSegment } from './missing-segment.js';
import { sourceDrift } from './source-drift.js';
import { staleLink } from './stale-link.js';
import type { Check } from './types.js';
import { tableDivergence } from './table-divergence.js';
import { unreadableFile } from './unreadable-file.js';
import { unusedSuppression } from './unused-suppression.js';

export const checks: readonly Check[] = [
  mergeConflictMarker,
  factMismatch,
  factDivergence,
  tableDivergence,
  linkMismatch,
  staleLink,
  brokenLink,
  sourceDrift,
  missingSegment,
  missingArticle,
  bilingualMarkup,
  encodingDamage,
  bidiControl,
  frontMatter,
  unreadableFile,
  unusedSuppression,
];

export const checksById: ReadonlyMap<string, Check> = new Map(checks.map((c) => [c.meta.id, c]));
