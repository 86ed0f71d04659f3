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

/**
 * Per language and number, its words standing alone (not inside longer words): compiled once, not per call, and
 * only for a language a run meets (building every language's at load took a noticeable part of a short run's startup).
 */
const wholeWordsByLanguage = new Map<string, readonly RegExp[]>();
function wholeWords(language: string): readonly RegExp[] | undefined {
  let compiled = wholeWordsByLanguage.get(language);
  if (compiled) return compiled;
  const words = WORDS[language];
  const stems = STEMS[language];
  if (words) {
    const prefix = language === 'ar' ? '(?:[وبلفك]?(?:ال)?)' : '';
    compiled = words.map((w) => new RegExp(`(?<![\\p{L}\\p{M}])${prefix}(?:${w.join('|')})(?![\\p{L}\\p{M}])`, 'u'));
  } else if (stems) {
    compiled = stems.map((w) => new RegExp(`(?<![\\p{L}\\p{M}])(?:${w.join('|')})`, 'u'));
  } else return undefined;
  wholeWordsByLanguage.set(language, compiled);
  return compiled;
}

/**
 * German writes a number and what it counts as one word (`einer neunstelligen Nummer` for `a 9 digit number`,
 * `zweistufig`, `dreimal`): the number word may start such a compound.
 */
const GERMAN_COMPOUND = /^(?:stellig|fach|mal|stufig|teilig|seitig|tägig|stündig|minütig|jährig|monatig|wöchig|zeilig|spaltig)/u;

/** The word for a thousand after a spelled number (`nove mil`, `trois mille`), or joined to it (`neuntausend`). */
const THOUSAND: Record<string, { word: string; joined: boolean }> = {
  en: { word: 'thousand', joined: false },
  de: { word: 'tausend', joined: true },
  es: { word: 'mil', joined: false },
  pt: { word: 'mil', joined: false },
  fr: { word: 'mille', joined: false },
  it: { word: 'mila', joined: true },
};

/** True when the text spells out `n` thousands (2–12: `9,000` → `nove mil`, `3,000` → `três mil`, `neuntausend`). */
function spellsOutThousands(lower: string, n: number, language: string): boolean {
  const thousand = THOUSAND[language];
  const words = WORDS[language]?.[n / 1000];
  if (!thousand || !words || !Number.isInteger(n / 1000) || n < 2000) return false;
  const joiner = thousand.joined ? '' : '\\s+';
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.join('|')})${joiner}${thousand.word}(?![\\p{L}\\p{M}])`, 'u').test(lower);
}

/** True when the text spells out the integer `n` (0–12, or 2–12 thousands) in the locale's language. */
export function spellsOut(text: string, n: number, locale: string): boolean {
  const language = locale.split('-')[0]?.toLowerCase() ?? '';
  if (n >= 2000 && n <= 12000) return spellsOutThousands(text.toLowerCase(), n, language);
  if (!Number.isInteger(n) || n < 0 || n > 12) return false;
  const words = WORDS[language]?.[n] ?? STEMS[language]?.[n];
  if (!words) return false;
  const lower = text.toLowerCase();
  if (language === 'ja' || language === 'zh' || language === 'th') return words.some((w) => lower.includes(w));
  if ((wholeWords(language)?.[n] as RegExp).test(lower)) return true;
  return language === 'de' && germanCompound(lower, words);
}

/** Whether a German number word starts a compound that counts with it (`neunstelligen`, `dreimal`). */
function germanCompound(lower: string, words: readonly string[]): boolean {
  for (const w of words) {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      if (at > 0 && /[\p{L}\p{M}]/u.test(lower[at - 1] as string)) continue;
      if (GERMAN_COMPOUND.test(lower.slice(at + w.length))) return true;
    }
  }
  return false;
}
