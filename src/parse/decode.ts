// Bytes → text: BOMs, UTF-16, invalid UTF-8 and binary content become problems, never exceptions.
import type { ParseProblem } from '../model.js';

export interface Decoded {
  text: string;
  /** Set when the bytes are not text at all: the article is not parsed further. */
  binary: boolean;
  problems: ParseProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');

function problem(messageId: string, data: Record<string, string | number>, line = 1, column = 1): ParseProblem {
  return { checkId: 'unreadable-file', messageId, data, line, column, key: messageId };
}

/** Line and column of the first byte that is not valid UTF-8, found by decoding growing prefixes. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; offset: number } {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let len = 0;
    if (b < 0x80) len = 1;
    else if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) len = 3;
    else if (b >= 0xf0 && b <= 0xf4) len = 4;
    if (len === 0 || i + len > bytes.length) break;
    if (len > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + len));
      } catch {
        break;
      }
    }
    if (b === 10 || (b === 13 && bytes[i + 1] !== 10)) {
      line++;
      lineStart = i + 1;
    }
    i += len;
  }
  const column = utf8Lossy.decode(bytes.subarray(lineStart, i)).length + 1;
  return { line, column, offset: i };
}

export function decode(bytes: Uint8Array): Decoded {
  const problems: ParseProblem[] = [];
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    problems.push(problem('utf16', { encoding: encoding.toUpperCase() }));
    return { text: new TextDecoder(encoding).decode(bytes.subarray(2)), binary: false, problems };
  }
  // A NUL byte in the first 8 KiB means binary content with a text name (an image saved as .md).
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    problems.push(problem('binary', { bytes: bytes.length }));
    return { text: '', binary: true, problems };
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    return { text: utf8.decode(body), binary: false, problems };
  } catch {
    const at = firstInvalidUtf8(body);
    problems.push(problem('invalid-utf8', { offset: at.offset }, at.line, at.column));
    return { text: utf8Lossy.decode(body), binary: false, problems };
  }
}
