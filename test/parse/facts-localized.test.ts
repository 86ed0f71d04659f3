// Facts a translation rightly writes its own way (issue #22, judged false on the real Teams pair).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/parse/facts.js';

const kinds = (text: string, locale = 'en'): string[] => extractFacts(text, { locale }).map((f) => `${f.kind}:${f.text}`);

describe('extractFacts: what a locale writes its own way', () => {
  it('a key chord ending in a digit is no hash; a constant before a footnote is the constant and a number', () => {
    expect(kinds('Windows: STRG+ALT+UMSCHALT+1', 'de-DE')).toEqual(['number:1']);
    expect(kinds('SEND_FILES, RECEIVE_FILES.2 Controls it')).toEqual(['caps:SEND_FILES', 'caps:RECEIVE_FILES', 'number:2']);
    expect(kinds('Open setup.2 first')).toEqual(['name:setup.2']);
  });
});
