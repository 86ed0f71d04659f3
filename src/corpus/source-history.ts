// Paired mode with the English history: which English commit each translation was made from, and the English
// article as it was there. The front matter value is hostile input (a pull request is an attacker): only 7 to 40 hex
// digits reach the reader. The reader (git, in `cli/git.ts`) is passed in: the library runs no git unless asked.
import { closeSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { commitIdOf, recordedCommitOf } from '../parse/history-drift.js';
import { type FileEntry, entryAbsPath, entryPath } from './entry.js';
import { readArticleBytes } from './read.js';

/** One English article asked for at one commit. */
export interface HistoryRequest {
  /** 7 to 40 lower-case hex digits (validated). */
  readonly commit: string;
  /** Below the English tree, `/`-separated. */
  readonly relPath: string;
  /** The git blob id of the current English file: an article unchanged since the commit is not read at all. */
  readonly currentBlob: string;
}

export interface HistoryAnswer {
  /** Why the history could not be read (for a note); undefined when it was, or when there is no repository. */
  readonly unavailable?: string;
  /** Commits the repository does not hold (or prefixes of several). */
  readonly unknown: readonly string[];
  /** `commit\0relPath` → the English at that commit, for the articles that differ from the current English. */
  readonly texts: ReadonlyMap<string, Uint8Array>;
}

/** Reads English articles at commits (in `englishTree`'s repository); must not throw for a repository's sake. */
export type SourceHistoryReader = (englishTree: string, requests: readonly HistoryRequest[], maxBytes: number) => Promise<HistoryAnswer>;

export const historyKey = (commit: string, relPath: string): string => `${commit}\u0000${relPath}`;

/** The id git gives a file's content: SHA-1 of `blob <size>\0<bytes>`. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\u0000`).update(bytes).digest('hex');
}

const HEAD_BYTES = 64 * 1024;
/** One buffer for every head read (thousands of files in a run). */
const headBuffer = Buffer.allocUnsafe(HEAD_BYTES);

/** The first bytes of a file (its front matter), or undefined when it cannot be read. */
function headOf(absPath: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(absPath, 'r');
    const n = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
    return headBuffer.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A value for a note: quoted, escaped (no control character reaches a terminal), clipped. */
const shown = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);

const some = (paths: readonly string[]): string => `${paths.length === 1 ? '' : `${paths.length} translations, e.g. `}${paths[0] as string}`;

/**
 * The entries whose recorded English commit holds another English than the current one get that English
 * (`sourceAtCommit`). Notes: values that are not commit ids (ignored), commits the repository lacks, a history that
 * could not be read. No reader call when no translation records a commit.
 */
export async function withSourceHistory<E extends FileEntry>(
  entries: readonly E[],
  englishTree: string,
  read: SourceHistoryReader,
  maxBytes: number,
  cwd: string,
  notes: string[],
): Promise<E[]> {
  const wanted = new Map<E, { commit: string; relPath: string }>();
  const badValues = new Map<string, string[]>();
  const blobs = new Map<string, string | undefined>();
  const requests = new Map<string, HistoryRequest>();
  const byCommit = new Map<string, string[]>();
  for (const e of entries) {
    if (!e.sourceAbsPath) continue;
    const head = e.contents ? Buffer.from(e.contents.subarray(0, HEAD_BYTES)).toString('utf8') : headOf(entryAbsPath(e));
    const recorded = head === undefined ? undefined : recordedCommitOf(head);
    if (!recorded) continue;
    const commit = commitIdOf(recorded.value);
    if (!commit) {
      badValues.set(recorded.value, [...(badValues.get(recorded.value) ?? []), `${entryPath(e)}:${recorded.line}`]);
      continue;
    }
    const relPath = e.relPath;
    if (!blobs.has(relPath)) {
      const current = readArticleBytes(e.sourceAbsPath, maxBytes);
      blobs.set(relPath, current.ok ? gitBlobId(current.bytes) : undefined);
    }
    const currentBlob = blobs.get(relPath);
    if (currentBlob === undefined) continue;
    wanted.set(e, { commit, relPath });
    requests.set(historyKey(commit, relPath), { commit, relPath, currentBlob });
    byCommit.set(commit, [...(byCommit.get(commit) ?? []), entryPath(e)]);
  }
  for (const [value, where] of badValues) {
    notes.push(`${some(where)}: the recorded English commit ${shown(value)} is not a commit id (7 to 40 hex digits): ignored.`);
  }
  if (requests.size === 0) return [...entries];
  const answer = await read(englishTree, [...requests.values()], maxBytes);
  if (answer.unavailable) notes.push(`The English history was not read: ${answer.unavailable}.`);
  for (const commit of answer.unknown) {
    notes.push(
      `The English commit ${commit} (recorded by ${some(byCommit.get(commit) ?? [])}) is not in the English repository: ` +
        'what changed since it is not reported (a shallow clone? fetch the history).',
    );
  }
  return entries.map((e) => {
    const w = wanted.get(e);
    const bytes = w ? answer.texts.get(historyKey(w.commit, w.relPath)) : undefined;
    if (!w || !bytes || !e.sourceAbsPath) return e;
    const englishPath = path.relative(cwd, e.sourceAbsPath).split(path.sep).join('/');
    return { ...e, sourceAtCommit: { commit: w.commit, bytes, englishPath } };
  });
}
