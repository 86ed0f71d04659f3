// Front matter that does not parse: the article's metadata (locale, asset id, handoff date) is lost.
import { parseProblemCheck } from './support/parse-problems.js';

export const frontMatter = parseProblemCheck({
  id: 'front-matter',
  category: 'metadata',
  defaultSeverity: 'error',
  description: 'Front matter that is not valid YAML, not closed, or not YAML at all.',
  messages: {
    yaml: 'Front matter is not valid YAML: {reason}.',
    unclosed: 'Front matter opened with --- is never closed: add a --- line after the metadata.',
    language: 'Front matter in "{language}" is not read (only YAML is): its metadata is ignored.',
  },
});
