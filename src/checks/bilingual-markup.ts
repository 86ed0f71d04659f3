// Bilingual span pairs that are broken: unclosed spans, a translation without its source, ids that disagree.
import { parseProblemCheck } from './support/parse-problems.js';

export const bilingualMarkup = parseProblemCheck({
  id: 'bilingual-markup',
  category: 'structure',
  defaultSeverity: 'error',
  description: 'Broken sxs-lookup markup: unclosed spans, unpaired data-ttu-id / data-stu-id spans, mismatched ids.',
  messages: {
    'unclosed-span': 'The span data-ttu-id="{id}" is not closed: it swallows the text after it.',
    'missing-source': 'The translation data-ttu-id="{id}" has no sxs-lookup source span after it.',
    'missing-target': 'The source data-stu-id="{id}" has no data-ttu-id translation span before it.',
    'id-mismatch': 'The translation data-ttu-id="{id}" is followed by the source of data-stu-id="{stuId}".',
    'too-deep': 'HTML is nested too deeply to be read as a tree: only the bilingual spans and links were read, not its tables or anchors.',
  },
}, ['unclosed-span']);
