// Paired mode, pure: a translation and its English (bytes) → the translation written as bilingual pairs, and the
// problems paired mode adds (blocks that do not align, a stale `ms.openlocfilehash`, drift since the translation's
// commit). The engine reads the English file; nothing here touches the file system.
import { createHash } from 'node:crypto';
import type { ParseProblem } from '../model.js';
import { decode } from './decode.js';
import { type HistoryChange, historyDrift } from './history-drift.js';
import { type PairDifference, type PairedColumns, pairWithEnglish, pairedColumns } from './pair-align.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** The English at the commit the translation was made from (`--source-history`). */
export interface SourceAtCommit {
  /** The English file's path as reports name it. */
  readonly englishPath: string;
  readonly commit: string;
  readonly bytes: Uint8Array;
}

/** A translation written as bilingual pairs with its English, and what paired mode reports beside its checks. */
export interface PairedTranslation {
  readonly bytes: Uint8Array;
  readonly columns: PairedColumns;
  /**
   * What did not align with the English (problems addressed to missing-segment), and sentences the English reworded
   * since the translation (`source-drift/reworded`); all problems at the pairs' columns.
   */
  readonly differences: readonly ParseProblem[];
  readonly stale?: ParseProblem;
  readonly history: readonly ParseProblem[];
}

/**
 * A block whose English changed since the translation's commit, as a problem addressed to source-drift (its
 * `changed`, `removed` and `added` messages, as on bilingual articles). The whole old and current English ride in
 * `oldEnglish` and `currentEnglish`, which the check takes off the data and reports as `actual` and `expected`.
 */
function historyProblem(c: HistoryChange, at: SourceAtCommit): ParseProblem {
  const data: Record<string, string> = { reference: `${at.englishPath} since ${at.commit.slice(0, 12)}`, expected: clip(c.current ?? '') };
  if (c.old !== undefined) data['oldEnglish'] = c.old;
  if (c.current !== undefined) data['currentEnglish'] = c.current;
  return { checkId: 'source-drift', messageId: c.kind, data, line: c.line, column: c.column, key: `${c.kind}:${c.old ?? c.current ?? ''}` };
}

/**
 * Paired mode: a translation-only article with its English article's blocks written beside its own as bilingual
 * pairs (same lines), so every check reads it as it reads the bilingual format. An article that is already bilingual,
 * a translation not clean UTF-8 (the parser reports that), or an English that is binary or not valid UTF-8, is read as
 * it is (undefined). A UTF-16 English (with its BOM) is converted, as the parser converts a UTF-16 article.
 */
export function pairTranslation(bytes: Uint8Array, englishBytes: Uint8Array, atCommit?: SourceAtCommit): PairedTranslation | undefined {
  try {
    const translation = strictUtf8.decode(bytes);
    if (translation.includes('sxs-lookup')) return undefined;
    // The English as the parser reads any article: a UTF-16 English (BOM) is paired too, not left out silently.
    const english = decode(englishBytes);
    if (english.binary || english.problems.some((p) => p.messageId === 'invalid-utf8')) return undefined;
    const englishText = english.text;
    // With the English of the translation's commit: each translated block pairs with what its English became, what
    // changed since is drift on the translated blocks, and the structural differences it accounts for are not
    // reported again as missing or extra content.
    const drift = atCommit ? historyDrift(translation, lenientUtf8.decode(atCommit.bytes), englishText) : undefined;
    // A translation recorded as made from another English may keep a sentence in its older wording (`reworded`).
    const stamp = staleStamp(translation, englishBytes);
    const paired = pairWithEnglish(translation, englishText, drift?.pairs, { englishChanged: stamp !== undefined });
    const columns = pairedColumns(translation, paired);
    // The problems stand where the checks read them: at the paired text's columns (the engine maps findings back).
    const inPairs = (p: ParseProblem): ParseProblem => ({ ...p, column: columns.toPaired(p.line, p.column) });
    const unexplained = drift ? paired.differences.filter((d) => !drift.explains(d)) : paired.differences;
    // A run the translated block before it says already is no missing content, but it is a change of the English.
    const differences = unexplained.filter((d) => d.said !== true).map(differenceProblem).map(inPairs);
    const history = drift && atCommit ? drift.changes.map((c) => inPairs(historyProblem(c, atCommit))) : [];
    const stale = stamp ? staleProblem(stamp, unexplained.length === 0 && history.length === 0) : undefined;
    return {
      bytes: Buffer.from(paired.text, 'utf8'),
      columns,
      differences,
      history,
      ...(stale ? { stale: inPairs(stale) } : {}),
    };
  } catch {
    return undefined;
  }
}

/** A translation's recorded hash of its English that is not the English file's: both hashes, and the line it stands on. */
interface StaleStamp {
  readonly recorded: string;
  readonly current: string;
  readonly line: number;
}

/**
 * The Microsoft localized repositories record in each translation `ms.openlocfilehash`: the SHA-1 of the English
 * file it was translated from, its line ends as CRLF (checked on the Teams docs, all 826 files of each locale). When
 * it is not the hash of the English file beside it, the English changed since (undefined: no hash recorded, or the
 * English's).
 */
function staleStamp(translation: string, english: Uint8Array): StaleStamp | undefined {
  const fm = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/d.exec(translation);
  const m = fm ? /^ms\.openlocfilehash:\s*["']?([0-9a-f]{40})["']?\s*$/im.exec(fm[1] as string) : null;
  if (!fm || !m) return undefined;
  const crlf = Buffer.from(Buffer.from(english).toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
  const current = createHash('sha1').update(crlf).digest('hex');
  const recorded = (m[1] as string).toLowerCase();
  if (current === recorded) return undefined;
  // From the front matter's own offset (its first line is `---\n` or `---\r\n`).
  const line = translation.slice(0, (fm.indices?.[1]?.[0] ?? 0) + m.index).split('\n').length;
  return { recorded, current, line };
}

/**
 * A stale translation as a `source-drift/paired-stale` problem on its hash's line (`paired-stale-aligned` when every
 * block of the translation still aligns with the English).
 */
function staleProblem({ recorded, current, line }: StaleStamp, allAligned: boolean): ParseProblem {
  // The hash alone says the English file changed, not what changed: a spacing, a link's form or a reworded sentence.
  // When every block still aligns (nothing gained or lost), that is all there is to say (judged on the real pair: all
  // 7 such findings were cosmetic changes; 17 of the 18 true ones came with blocks gained or lost).
  const messageId = allAligned ? 'paired-stale-aligned' : 'paired-stale';
  return { checkId: 'source-drift', messageId, data: { recorded, current }, line, column: 1, key: `paired-stale:${recorded}` };
}

const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 119)}…` : s);

/**
 * A difference of structure from the English, as a problem addressed to missing-segment; a reworded sentence, as one
 * addressed to source-drift (the whole English sentence in `currentEnglish` and the translated one in `translated`,
 * which the check reports as `expected` and `actual`).
 */
function differenceProblem(d: PairDifference): ParseProblem {
  if (d.kind === 'reworded') {
    const english = d.expected ?? '';
    return {
      checkId: 'source-drift',
      messageId: 'reworded',
      data: { expected: clip(english), englishLine: d.englishLine, currentEnglish: english, translated: d.text },
      line: d.line,
      column: d.column ?? 1,
      key: `reworded:${english}`,
    };
  }
  const blocks = d.count === 1 ? '1 block' : `${d.count} blocks`;
  if (d.kind === 'code') {
    return { checkId: 'missing-segment', messageId: 'paired-code', data: { actual: clip(d.text), expected: clip(d.expected ?? ''), englishLine: d.englishLine }, line: d.line, column: 1, key: `paired-code:${d.text}` };
  }
  return {
    checkId: 'missing-segment',
    messageId: d.kind === 'missing' ? 'paired-missing' : 'paired-extra',
    data: { blocks, text: clip(d.text.replace(/\s+/g, ' ')), englishLine: d.englishLine },
    line: d.line,
    column: 1,
    key: `paired-${d.kind}:${d.text}`,
  };
}

