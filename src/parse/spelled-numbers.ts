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
  th: [['ศูนย์'], ['หนึ่ง'], ['สอง'], ['สาม'], ['สี่'], ['ห้า'], ['หก'], ['เจ็ด'], ['แปด'], ['เก้า'], ['สิบ'], ['สิบเอ็ด'], ['สิบสอง']],
  // Cardinals and ordinals (السنة الثانية, "the second year", for Year 2); a prefix (و, ب, ل, ال) may come before.
  ar: [
    ['صفر'],
    ['واحد', 'واحدة', 'أول', 'أولى', 'الأول', 'الأولى'],
    ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'ثاني', 'ثانية'],
    ['ثلاثة', 'ثلاث', 'ثالث', 'ثالثة'],
    ['أربعة', 'أربع', 'رابع', 'رابعة'],
    ['خمسة', 'خمس', 'خامس', 'خامسة'],
    ['ستة', 'ست', 'سادس', 'سادسة'],
    ['سبعة', 'سبع', 'سابع', 'سابعة'],
    ['ثمانية', 'ثماني', 'ثامن', 'ثامنة'],
    ['تسعة', 'تسع', 'تاسع', 'تاسعة'],
    ['عشرة', 'عشر', 'عاشر', 'عاشرة'],
    ['أحد عشر', 'حادي عشر'],
    ['اثنا عشر', 'اثني عشر', 'ثاني عشر'],
  ],
};

/** Stems that take case endings (Russian двух, Finnish kahden, Turkish ikinci): matched at a word's start. */
const STEMS: Record<string, readonly (readonly string[])[]> = {
  ru: [['ноль', 'нул'], ['один', 'одн', 'перв'], ['два', 'две', 'двух', 'двум', 'втор', 'оба', 'обе', 'обо'], ['три', 'трех', 'трём', 'трем', 'трёх', 'трет'], ['четыр', 'четвёрт', 'четверт'], ['пят'], ['шест'], ['семь', 'семи', 'седьм'], ['восем', 'восьм'], ['девят'], ['десят'], ['одиннадцат'], ['двенадцат']],
  fi: [['nolla'], ['yksi', 'yhde', 'yhtä', 'yhte', 'ensimmäi'], ['kaksi', 'kahde', 'kahta', 'toinen', 'toise', 'molem'], ['kolm'], ['neljä'], ['viisi', 'viide', 'viitt'], ['kuusi', 'kuude', 'kuutt'], ['seitsem'], ['kahdeksa'], ['yhdeksä'], ['kymmene'], ['yksitoista'], ['kaksitoista']],
  tr: [['sıfır'], ['bir(?!\\p{L})', 'birinci'], ['iki'], ['üç'], ['dört', 'dörd'], ['beş'], ['altı'], ['yedi'], ['sekiz'], ['dokuz'], ['on(?!\\p{L})', 'onunc'], ['on bir'], ['on iki']],
};

/** Per language and number, its words standing alone (not inside longer words): compiled once, not per call. */
const WHOLE_WORDS: Record<string, readonly RegExp[]> = Object.fromEntries([
  ...Object.entries(WORDS).map(([language, byNumber]) => {
    const prefix = language === 'ar' ? '(?:[وبلفك]?(?:ال)?)' : '';
    return [language, byNumber.map((words) => new RegExp(`(?<![\\p{L}\\p{M}])${prefix}(?:${words.join('|')})(?![\\p{L}\\p{M}])`, 'u'))];
  }),
  ...Object.entries(STEMS).map(([language, byNumber]) => [language, byNumber.map((stems) => new RegExp(`(?<![\\p{L}\\p{M}])(?:${stems.join('|')})`, 'u'))]),
]);

/** True when the text spells out the integer `n` (0–12) in the locale's language. */
export function spellsOut(text: string, n: number, locale: string): boolean {
  if (!Number.isInteger(n) || n < 0 || n > 12) return false;
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  const words = WORDS[language]?.[n] ?? STEMS[language]?.[n];
  if (!words) return false;
  const lower = text.toLowerCase();
  if (language === 'ja' || language === 'zh' || language === 'th') return words.some((w) => lower.includes(w));
  return (WHOLE_WORDS[language]?.[n] as RegExp).test(lower);
}
