// `--fix` and `--fix-dry-run`: the fixes of a run's findings applied to their files, each file re-read, checked
// against the hash it was checked with, edited only inside translated spans, and written through the one writer.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { FileError, readBounded, writeAtomic } from '../io/files.js';
import type { Finding, Fix, Report } from '../model.js';
import { withFindings } from '../engine/summary.js';
import { LineIndex } from '../parse/lines.js';

export interface ApplyFixesOptions {
  cwd: string;
  /** Print a unified diff, write nothing. */
  dryRun: boolean;
  /** Only fixes of these types (`--fix-type`), of findings of these checks (`--fix-check`). */
  types?: ReadonlySet<string>;
  checks?: ReadonlySet<string>;
  maxBytes: number;
  /** Called between the read and the write of each file (tests: a file changed in between). */
  beforeWrite?: (absPath: string) => void;
  /**
   * Dry run: the bytes of files fixed by earlier passes, by absolute path, read instead of the disk; each file this
   * pass fixes is put back in it.
   */
  contents?: Map<string, Uint8Array>;
}

/** One file's text before and after a pass. */
export interface FileChange {
  file: string;
  before: string;
  after: string;
}

export interface ApplyFixesResult {
  /** The findings whose fix was applied (or, in a dry run, would be). */
  fixed: Set<Finding>;
  /** Files changed (or that would be). */
  files: number;
  /** The absolute paths written (in a dry run: put in `contents`). */
  written: string[];
  /** One line per fix or file left alone, and why. */
  messages: string[];
  /** The files changed (or that would be), with their text before and after. */
  changes: FileChange[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The offset where the body starts: after a front matter block (`---` … `---`), else 0. */
function bodyStart(text: string): number {
  const m = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

interface Edit {
  start: number;
  end: number;
  text: string;
  findings: Finding[];
}

/** Where a fix applies in the text, or why it does not: its old text must stand there, inside the translated span. */
function place(fix: Fix, text: string, lines: LineIndex, body: number): { start: number; end: number } | string {
  const offset = (line: number, column: number): number => (lines.starts[line - 1] ?? Number.NaN) + column - 1;
  const start = offset(fix.line, fix.column);
  const end = start + fix.old.length;
  if (!(start >= 0) || fix.endColumn - fix.column !== fix.old.length || text.slice(start, end) !== fix.old) return `"${fix.old}" is no longer at ${fix.line}:${fix.column}`;
  const spanStart = offset(fix.spanLine, fix.spanColumn);
  const sourceStart = offset(fix.sourceLine, fix.sourceColumn);
  // A translation-only file: its translated text is the span, up to where the English stood beside it. Never in a
  // bilingual file (a fix so marked there, from a tampered cache or report, could reach the English half).
  if (fix.translationOnly) {
    if (text.includes('sxs-lookup')) return 'a fix for a translation-only file, but the file is bilingual';
    return spanStart >= body && spanStart <= start && end <= sourceStart ? { start, end } : `${fix.line}:${fix.column} is not inside the translated text`;
  }
  const spanEnd = text.lastIndexOf('</span>', sourceStart);
  if (!(spanStart >= body && spanStart <= start && end <= spanEnd && spanEnd < sourceStart)) return `${fix.line}:${fix.column} is not inside the translated span`;
  if (!text.startsWith('<span class="sxs-lookup">', sourceStart) && !/^<span\b/.test(text.slice(sourceStart, sourceStart + 6))) return `no English span at ${fix.sourceLine}:${fix.sourceColumn}`;
  return { start, end };
}

/** Applies (or, with `dryRun`, shows) the fixes of `findings`, file by file. */
export function applyFixes(findings: readonly Finding[], opts: ApplyFixesOptions): ApplyFixesResult {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.fix || f.origin === 'source') continue;
    if (opts.types && !opts.types.has(f.fix.type)) continue;
    if (opts.checks && !opts.checks.has(f.ruleId)) continue;
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const result: ApplyFixesResult = { fixed: new Set(), files: 0, written: [], messages: [], changes: [] };
  for (const [file, list] of byPath) {
    const abs = path.resolve(opts.cwd, file);
    let bytes: Uint8Array;
    try {
      bytes = opts.contents?.get(abs) ?? readBounded(abs, opts.maxBytes, 'article');
    } catch (error) {
      result.messages.push(`${file}: not fixed: ${(error as Error).message.replace(/^.*?: /, '')}`);
      continue;
    }
    const hash = sha256(bytes);
    if (list.some((f) => f.fix?.hash !== hash)) {
      result.messages.push(`${file}: not fixed: the file changed since it was checked (run loccheck again)`);
      continue;
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    let text: string;
    try {
      text = UTF8.decode(bom ? bytes.subarray(3) : bytes);
    } catch {
      result.messages.push(`${file}: not fixed: not valid UTF-8`);
      continue;
    }
    const lines = new LineIndex(text);
    const body = bodyStart(text);
    const edits: Edit[] = [];
    for (const f of list) {
      const fix = f.fix as Fix;
      const at = place(fix, text, lines, body);
      if (typeof at === 'string') {
        result.messages.push(`${file}:${f.line}: ${f.ruleId} not fixed: ${at}`);
        continue;
      }
      const same = edits.find((e) => e.start === at.start && e.end === at.end && e.text === fix.text);
      if (same) same.findings.push(f);
      else edits.push({ ...at, text: fix.text, findings: [f] });
    }
    edits.sort((a, b) => a.start - b.start || a.end - b.end);
    const kept: Edit[] = [];
    for (const e of edits) {
      const prev = kept[kept.length - 1];
      if (prev && e.start < prev.end) {
        result.messages.push(`${file}:${e.findings[0]?.line}: ${e.findings[0]?.ruleId} not fixed: it overlaps another fix`);
        continue;
      }
      kept.push(e);
    }
    if (kept.length === 0) continue;
    let out = '';
    let at = 0;
    for (const e of kept) {
      out += text.slice(at, e.start) + e.text;
      at = e.end;
    }
    out += text.slice(at);
    if (!opts.dryRun) {
      opts.beforeWrite?.(abs);
      try {
        // Read once more just before the write: an editor or a checkout that changed the file in between wins.
        if (sha256(readBounded(abs, opts.maxBytes, 'article')) !== hash) {
          result.messages.push(`${file}: not fixed: the file changed while it was being fixed`);
          continue;
        }
        writeAtomic(abs, bom ? [BOM, out] : [out], { what: 'article' });
      } catch (error) {
        result.messages.push(`${file}: not fixed: ${error instanceof FileError ? error.message : String(error)}`);
        continue;
      }
    } else {
      // A dry run keeps the fixed bytes for the next pass, which checks them as if they were written.
      opts.contents?.set(abs, Buffer.concat(bom ? [BOM, Buffer.from(out)] : [Buffer.from(out)]));
    }
    result.files++;
    result.written.push(abs);
    for (const e of kept) for (const f of e.findings) result.fixed.add(f);
    result.changes.push({ file, before: text, after: out });
  }
  return result;
}

/** At most this many passes of fixing and re-checking (as ESLint): a fix can reveal the next one in the same sentence. */
export const MAX_FIX_PASSES = 10;

export interface FixRunResult extends Omit<ApplyFixesResult, 'fixed' | 'written' | 'changes'> {
  /** Problems fixed over all passes. */
  fixed: number;
  /** The unified diff of each file from its text before the first pass to its text after the last. */
  diff: string;
  /** The report after the last pass: the families of the files written checked again. */
  report: Report;
  passes: number;
}

/** One unified diff per file, from its first `before` to its last `after`, files in the order first changed. */
function convergedDiff(changes: readonly FileChange[]): string {
  const first = new Map<string, FileChange>();
  const last = new Map<string, string>();
  for (const c of changes) {
    if (!first.has(c.file)) first.set(c.file, c);
    last.set(c.file, c.after);
  }
  return [...first.values()].map((c) => createTwoFilesPatch(`a/${c.file}`, `b/${c.file}`, c.before, last.get(c.file) as string, undefined, undefined, { context: 1 })).join('');
}

/** Checks the files written (or, in a dry run, held in `contents`) again: `files` are absolute paths. */
export type Relint = (files: string[], contents?: ReadonlyMap<string, Uint8Array>) => Promise<Report>;

/**
 * `--fix`: apply the report's fixes, check the families of the files written again (`relint`), apply what that run
 * offers, until nothing is left to fix (at most MAX_FIX_PASSES passes). `--fix-dry-run` runs the same passes on the
 * text in memory, writes nothing, and its diff is that of the converged text.
 */
export async function fixUntilStable(report: Report, relint: Relint, opts: ApplyFixesOptions): Promise<FixRunResult> {
  const run: ApplyFixesOptions = opts.dryRun ? { ...opts, contents: opts.contents ?? new Map() } : opts;
  let current = report;
  let pass = applyFixes(report.findings, run);
  const out: FixRunResult = { fixed: pass.fixed.size, files: pass.files, messages: [...pass.messages], diff: '', report, passes: 1 };
  const changes = [...pass.changes];
  const files = new Set(pass.written);
  let written = pass.written;
  while (written.length > 0) {
    const abs = new Set(written);
    const families = new Set(current.findings.filter((f) => abs.has(path.resolve(opts.cwd, f.path))).map((f) => f.family));
    const again = await relint(written, run.contents);
    const merged = [...current.findings.filter((f) => !families.has(f.family)), ...again.findings];
    merged.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));
    current = withFindings(current, merged);
    if (out.passes >= MAX_FIX_PASSES) break;
    pass = applyFixes(again.findings, run);
    out.passes++;
    out.fixed += pass.fixed.size;
    out.messages.push(...pass.messages);
    changes.push(...pass.changes);
    for (const w of pass.written) files.add(w);
    written = pass.written;
  }
  out.files = files.size;
  out.report = current;
  out.diff = convergedDiff(changes);
  return out;
}
