// Small numbers written out in words: a translation may spell out "2" as "deux" or "两". 0–12 per language.

const WORDS: Record<string, readonly (readonly string[])[]> = {
  en: [['zero'], ['one', 'a', 'an', 'once'], ['two', 'twice', 'both'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight'], ['nine'], ['ten'], ['eleven'], ['twelve']],
  de: [['null'], ['ein', 'eins', 'eine', 'einen', 'einem', 'einer', 'einmal'], ['zwei', 'zweimal', 'beide', 'beiden'], ['drei'], ['vier'], ['fünf'], ['sechs'], ['sieben'], ['acht'], ['neun'], ['zehn'], ['elf'], ['zwölf']],
  es: [['cero'], ['un', 'uno', 'una', 'vez'], ['dos', 'ambos', 'ambas'], ['tres'], ['cuatro'], ['cinco'], ['seis'], ['siete'], ['ocho'], ['nueve'], ['diez'], ['once'], ['doce']],
  fr: [['zéro'], ['un', 'une', 'fois'], ['deux', 'les deux'], ['trois'], ['quatre'], ['cinq'], ['six'], ['sept'], ['huit'], ['neuf'], ['dix'], ['onze'], ['douze']],
  pt: [['zero'], ['um', 'uma', 'vez'], ['dois', 'duas', 'ambos', 'ambas'], ['três'], ['quatro'], ['cinco'], ['seis'], ['sete'], ['oito'], ['nove'], ['dez'], ['onze'], ['doze']],
  it: [['zero'], ['uno', 'una', 'un'], ['due', 'entrambi'], ['tre'], ['quattro'], ['cinque'], ['sei'], ['sette'], ['otto'], ['nove'], ['dieci'], ['undici'], ['dodici']],
  ja: [['ゼロ', '零'], ['一', '１'], ['二', '両'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九'], ['十'], ['十一'], ['十二']],
  zh: [['零'], ['一', '单'], ['二', '两', '双'], ['三'], ['四'], ['五'], ['六'], ['七'], ['八'], ['九'], ['十'], ['十一'], ['十二']],
};

/** Per language and number, its words standing alone (not inside longer words): compiled once, not per call. */
const WHOLE_WORDS: Record<string, readonly RegExp[]> = Object.fromEntries(
  Object.entries(WORDS).map(([language, byNumber]) => [language, byNumber.map((words) => new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'u'))]),
);

/** True when the text spells out the integer `n` (0–12) in the locale's language. */
export function spellsOut(text: string, n: number, locale: string): boolean {
  if (!Number.isInteger(n) || n < 0 || n > 12) return false;
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  const words = WORDS[language]?.[n];
  if (!words) return false;
  const lower = text.toLowerCase();
  if (language === 'ja' || language === 'zh') return words.some((w) => lower.includes(w));
  return (WHOLE_WORDS[language]?.[n] as RegExp).test(lower);
}
