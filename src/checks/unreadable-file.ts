// Files loccheck could not read as text: binary content, invalid UTF-8, UTF-16, too large, unreadable; and files
// whose parsing or checking failed (crash isolation: one file's failure is a finding on it, the run goes on).
import { parseProblemCheck } from './support/parse-problems.js';

export const unreadableFile = parseProblemCheck({
  id: 'unreadable-file',
  category: 'metadata',
  defaultSeverity: 'error',
  description: 'A file that could not be read as UTF-8 text, so nothing else in it was checked.',
  messages: {
    binary: 'Binary content ({bytes} bytes) in a file with a text name: not checked.',
    'invalid-utf8': 'Invalid UTF-8 at byte {offset}: the file was checked with the bad bytes replaced (U+FFFD).',
    utf16: 'The file is {encoding} (with BOM); docs build tools expect UTF-8. It was checked after conversion.',
    'too-large': 'The file is {bytes} bytes, over the limit of {max}: not checked.',
    unreadable: 'The file could not be read: {reason}.',
    crashed: 'loccheck failed while {phase} ({error}): {scope} not checked. Please report this with the file.',
    limit: 'The file could not be analysed within loccheck\'s bounds ({error}): it was not checked. Simplify its markup or split it.',
  },
  messageSeverity: { utf16: 'warning' },
});
