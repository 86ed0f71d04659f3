// What the bench scripts that read bilingual articles directly share: the pair pattern, merged pairs, the file walk.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** One bilingual pair: its id, translated text and English text (the bench's reading, not the parser's). */
export const PAIR = /<span data-ttu-id="([^"]*)">([\s\S]*?)<\/span><span class="sxs-lookup"><span data-stu-id="\1">([\s\S]*?)<\/span><\/span>/g;

/** Blanks collapsed, ends trimmed. */
export const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** A pair the bilingual format holds for a paragraph of several sentences (`…-pNNN`). */
export const isMergedId = (id) => /-p\d+$/.test(id);

/** Every `.md` file below `dir`, in sorted order, so a sample of "every Nth" is stable. */
export function* markdownFiles(dir) {
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    const st = statSync(abs);
    if (st.isDirectory()) yield* markdownFiles(abs);
    else if (name.endsWith('.md')) yield abs;
  }
}
