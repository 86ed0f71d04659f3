// Heading slugs as DocFX and GitHub derive them: lower case, punctuation dropped, spaces to hyphens.

export function slugify(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}
