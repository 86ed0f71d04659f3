import { describe, expect, it } from 'vitest';
import { encodingDamage, unmangle } from '../../src/checks/encoding-damage.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

const de = (body: string): string => `${fm('de-DE')}\n${body}\n`;

testCheck(encodingDamage, {
  valid: [
    { name: 'umlauts and typographic quotes as they should be', files: { 'de-DE/a.md': de(pair('a-1', 'Verfügbar „jetzt“ – für Sie', 'Available now')) } },
    { name: 'a U+FFFD the English has too is not the translation’s', files: { 'de-DE/a.md': de(pair('a-1', 'Zeichen \uFFFD hier', 'Character \uFFFD here')) } },
    { name: 'a letter or sign before a no-break space is no mojibake (French « é » », German ×)', files: { 'fr-FR/a.md': `${fm('fr-FR')}\n${pair('a-1', 'appelé « numéro » et 4.225 × 35 %', 'called number and 4,225 x 35%')}\n` } },
    { name: 'Latin capitals followed by ordinary letters are no mojibake (Ãrea, Ângulo)', files: { 'pt-BR/a.md': `${fm('pt-BR')}\n${pair('a-1', 'Ângulo e Ãrea', 'Angle and area')}\n` } },
  ],
  invalid: [
    {
      name: 'U+FFFD where the English has none: Verf�gbar',
      files: { 'de-DE/a.md': de(pair('a-1', 'Der Dienst ist verf\uFFFDgbar.', 'The service is available.')) },
      errors: [{ messageId: 'replacement-character', path: 'de-DE/a.md', line: 6, column: 44, actual: 'verf\uFFFDgbar.' }],
    },
    {
      name: 'mojibake (Ã¤, â€™): reported once per segment with what it should read',
      files: { 'de-DE/a.md': de(pair('a-1', 'Die GerÃ¤te sind bereit, sagtâ€™s.', 'The devices are ready.')) },
      errors: [{ messageId: 'mojibake', path: 'de-DE/a.md', line: 6, actual: 'Ã¤', expected: 'ä' }],
    },
    {
      name: 'on the second line of a multi-line segment: reported on its line',
      files: { 'de-DE/a.md': de(pair('a-1', 'Erste Zeile\nzweite zur\uFFFDck', 'First line\nsecond back')) },
      errors: [{ messageId: 'replacement-character', path: 'de-DE/a.md', line: 7, column: 11 }],
    },
  ],
});

describe('unmangle', () => {
  it('decodes what UTF-8 read as Windows-1252 meant, and nothing else', () => {
    expect(unmangle('Ã©')).toBe('é');
    expect(unmangle('â€™')).toBe('\u2019');
    expect(unmangle('Ã¤')).toBe('ä');
    expect(unmangle('Ã')).toBeUndefined();
    expect(unmangle('Ã©Ã')).toBeUndefined();
    expect(unmangle('Âª')).toBe('ª');
  });
});
