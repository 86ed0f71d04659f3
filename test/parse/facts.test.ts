import { describe, expect, it } from 'vitest';
import { extractFacts, foldDigits, hasHashRun } from '../../src/parse/facts.js';
import { seededRandom } from '../helpers/random.js';

const en = (text: string) => extractFacts(text, { locale: 'en' });

describe('extractFacts: tokens', () => {
  it('a base64 hash', () => {
    expect(en('AdDO8hsJqilU93hQHC3OZaPR2saEA==')).toEqual([{ kind: 'hash', text: 'AdDO8hsJqilU93hQHC3OZaPR2saEA==' }]);
  });

  it('not hashes: a German compound with a number glued on, a footnote number glued to a word, a key chord', () => {
    const de = (text: string) => extractFacts(text, { locale: 'de-DE' }).filter((f) => f.kind === 'hash');
    expect(de('Dimensionsmitgliedsname5 und Problembehandlungstools1 und A/V-Konferenzserver16394')).toEqual([]);
    expect(de('Drücken Sie STRG+UMSCHALT+F3 oder Alt+UMSCHALTTASTE+F1.')).toEqual([]);
    // A real base64 run with `+` stays a hash.
    expect(de('Der Schlüssel AdDO8hs+JqilU93hQHC3OZaPR2sa ist geheim.')).toEqual([{ kind: 'hash', text: 'AdDO8hs+JqilU93hQHC3OZaPR2sa' }]);
  });

  it('a dotted quad with an octet above 255 is a German amount, not an IP address', () => {
    const facts = extractFacts('Betrag 99.999.999.999,99 % und Server 10.0.0.255', { locale: 'de-DE' });
    expect(facts.filter((f) => f.kind === 'ip')).toEqual([{ kind: 'ip', text: '10.0.0.255' }]);
  });

  it('a URL in bold ends at the closing ** (Finnish suffixes the bold word)', () => {
    const facts = extractFacts('**https://**- tai **http://**-etuliitettä', { locale: 'fi-FI' });
    expect(facts.filter((f) => f.kind === 'url').map((f) => f.text)).toEqual(['https://', 'http://']);
  });

  it('letter-dot-digits names are versions', () => {
    expect(en('Codecs such as H.264 and G.711')).toEqual([
      { kind: 'version', text: 'H.264' },
      { kind: 'version', text: 'G.711' },
    ]);
  });

  it('a domain account', () => {
    expect(en('Sign in as litwareinc\\pilar now')).toEqual([{ kind: 'account', text: 'litwareinc\\pilar' }]);
  });

  it('designer tree paths are no accounts, with or without spaces in their names', () => {
    expect(en("Select 'Journal\\Transaction\\Dimensions data\\Name' and model\\Payments\\Creditor.").filter((f) => f.kind === 'account')).toEqual([]);
    expect(en("Open 'Intrastat model\\Intrastat (DE)\\Root'.").filter((f) => f.kind === 'account')).toEqual([]);
    expect(en('Run as contoso\\kenmyer or CONTOSO\\Administrator.').filter((f) => f.kind === 'account').map((f) => f.text)).toEqual(['contoso\\kenmyer', 'CONTOSO\\Administrator']);
  });

  it('a cmdlet, its parameter and a variable', () => {
    expect(en('Set-CsWebServiceConfiguration -MeetingUxEnableTelemetry $True')).toEqual([
      { kind: 'cmdlet', text: 'Set-CsWebServiceConfiguration' },
      { kind: 'parameter', text: '-MeetingUxEnableTelemetry' },
      { kind: 'variable', text: '$True' },
    ]);
  });

  it('a GUID', () => {
    expect(en('The ID is E296D735-4F36-4E18-7C3B-52E1A02A0164 here')).toEqual([{ kind: 'guid', text: 'E296D735-4F36-4E18-7C3B-52E1A02A0164' }]);
  });

  it('IP addresses, with and without a prefix length', () => {
    expect(en('Server 192.168.1.10 and 10.0.0.0/8')).toEqual([
      { kind: 'ip', text: '192.168.1.10' },
      { kind: 'ip', text: '10.0.0.0/8' },
    ]);
  });

  it('a domain, without the sentence period', () => {
    expect(en('such as contoso.com.')).toEqual([{ kind: 'domain', text: 'contoso.com' }]);
  });

  it('an e-mail address is one fact, not a domain', () => {
    expect(en('mail admin@contoso.com')).toEqual([{ kind: 'email', text: 'admin@contoso.com' }]);
  });

  it('a Windows path with a space', () => {
    expect(en('Run C:\\Program Files\\x.exe now')).toEqual([{ kind: 'path', text: 'C:\\Program Files\\x.exe' }]);
  });

  it('a Windows path of several folders is a path, not accounts', () => {
    expect(en('Open C:\\Windows\\System32\\drivers\\etc\\hosts now')).toEqual([{ kind: 'path', text: 'C:\\Windows\\System32\\drivers\\etc\\hosts' }]);
  });

  it('a one-folder path and a file name', () => {
    expect(en('D:\\data or setup.exe')).toEqual([
      { kind: 'path', text: 'D:\\data' },
      { kind: 'path', text: 'setup.exe' },
    ]);
  });

  it('no-loc text', () => {
    expect(en(':::no-loc text="Microsoft 365":::')).toEqual([{ kind: 'no-loc', text: 'Microsoft 365' }]);
  });

  it('inline code, taken whole (the cmdlet inside is not extracted again)', () => {
    expect(en('Run `Get-CsUser` first')).toEqual([{ kind: 'code', text: 'Get-CsUser' }]);
  });

  it('CamelCase identifiers', () => {
    expect(en('AppName and OSVersion')).toEqual([
      { kind: 'identifier', text: 'AppName' },
      { kind: 'identifier', text: 'OSVersion' },
    ]);
  });

  it('plain words are not facts', () => {
    expect(en('Census data is on by default.')).toEqual([]);
  });
});

describe('extractFacts: numbers', () => {
  it('99.98 read as English', () => {
    expect(en('99.98')).toEqual([{ kind: 'number', text: '99.98', value: 99.98, exact: false }]);
  });

  it('80,000 read as English', () => {
    expect(en('80,000')).toEqual([{ kind: 'number', text: '80,000', value: 80000, exact: false }]);
  });

  it('80 000 read as fr-FR, with a space, a no-break space or a narrow no-break space (NFKC makes all three a space)', () => {
    for (const text of ['80 000', '80\u00a0000', '80\u202f000']) {
      expect(extractFacts(text, { locale: 'fr-FR' })).toEqual([{ kind: 'number', text: '80 000', value: 80000, exact: false }]);
    }
  });

  it('80.000 read as de-DE', () => {
    expect(extractFacts('80.000', { locale: 'de-DE' })).toEqual([{ kind: 'number', text: '80.000', value: 80000, exact: false }]);
  });

  it('99,98 read as de-DE', () => {
    expect(extractFacts('99,98', { locale: 'de-DE' })).toEqual([{ kind: 'number', text: '99,98', value: 99.98, exact: false }]);
  });

  it('1 234,5 read as fr-FR', () => {
    expect(extractFacts('1 234,5', { locale: 'fr-FR' })).toEqual([{ kind: 'number', text: '1 234,5', value: 1234.5, exact: false }]);
  });

  it('Windows 8.1 is an exact version', () => {
    expect(en('Windows 8.1')).toEqual([{ kind: 'version', text: '8.1', value: 8.1, exact: true }]);
  });

  it('a cue without a decimal part stays a number', () => {
    expect(en('Windows 10')).toEqual([{ kind: 'number', text: '10', value: 10, exact: false }]);
  });

  it('exactNumbers marks every number exact (table values)', () => {
    expect(extractFacts('8.3', { locale: 'en', exactNumbers: true })).toEqual([{ kind: 'number', text: '8.3', value: 8.3, exact: true }]);
    expect(extractFacts('8,3', { locale: 'pt-BR', exactNumbers: true })).toEqual([{ kind: 'number', text: '8,3', value: 8.3, exact: true }]);
  });

  it('full-width digits are read as digits', () => {
    expect(en('２０１５')).toEqual([{ kind: 'number', text: '2015', value: 2015, exact: false }]);
  });

  it('numbers inside a GUID are not extracted again', () => {
    expect(en('ID {E296D735-4F36-4E18-7C3B-52E1A02A0164} 7')).toEqual([
      { kind: 'guid', text: 'E296D735-4F36-4E18-7C3B-52E1A02A0164' },
      { kind: 'number', text: '7', value: 7, exact: false },
    ]);
  });

  it('numbers inside a URL or a link destination are not extracted again', () => {
    expect(en('See https://example.com/v2/page-10.aspx?id=42 and 5')).toEqual([
      { kind: 'url', text: 'https://example.com/v2/page-10.aspx?id=42' },
      { kind: 'number', text: '5', value: 5, exact: false },
    ]);
    expect(en('[text](https://example.com/a/1.2.3) 4')).toEqual([
      { kind: 'link', text: 'https://example.com/a/1.2.3' },
      { kind: 'number', text: '4', value: 4, exact: false },
    ]);
  });

  it('the ignore option removes matches before extraction', () => {
    expect(extractFacts('Build 1234 of AppName', { locale: 'en', ignore: [/Build \d+/g] })).toEqual([{ kind: 'identifier', text: 'AppName' }]);
  });
});

describe('hasHashRun (the pre-check of the hash pattern)', () => {
  it('agrees with /[A-Za-z0-9+]{16}/ on 20,000 random texts, runs at every offset and of every length', () => {
    const rand = seededRandom(5);
    let found = 0;
    for (let i = 0; i < 20_000; i++) {
      // Runs of 9 to 17 hash characters between other characters, starting at every offset.
      let text = 'x'.repeat(rand(20));
      while (text.length < 40) text += `${Array.from({ length: 9 + rand(9) }, () => 'aZ9+'[rand(4)]).join('')}${' -=/é'[rand(5)]}`;
      const expected = /[A-Za-z0-9+]{16}/.test(text);
      if (expected) found++;
      expect(hasHashRun(text), text).toBe(expected);
    }
    expect(found).toBeGreaterThan(2_000);
    expect(found).toBeLessThan(19_500);
  });
});

describe('extractFacts: readings that are not the token they look like', () => {
  it('an e-mail address ends at its last label of letters (kenmyer@litwareinc.com-Endpunkt)', () => {
    expect(extractFacts('Der kenmyer@litwareinc.com-Endpunkt', { locale: 'de-DE' })).toContainEqual({ kind: 'email', text: 'kenmyer@litwareinc.com' });
    expect(en('mail Rigel2@contoso.onmicrosoft.comda')).toContainEqual({ kind: 'email', text: 'Rigel2@contoso.onmicrosoft.comda' });
  });

  it('clock times and US dates are one fact each, with a key the locales’ forms share', () => {
    expect(en('At 2:45 PM on 12/31/2028')).toEqual([
      { kind: 'time', text: '2:45 PM', key: '885' },
      { kind: 'date', text: '12/31/2028', key: '12,2028,31' },
    ]);
    expect(en('02:30 PM')).toEqual([{ kind: 'time', text: '02:30 PM', key: '870' }]);
  });

  it('an English comma before other than three digits separates numbers (decimal(9,2))', () => {
    expect(en('decimal(9,2)').map((f) => f.text)).toEqual(['9', '2']);
    expect(en('80,000 users').map((f) => f.text)).toEqual(['80,000']);
  });

  it('an English word glued to the next (inSkype) is no identifier, words glued around a digit no hash, a hyphen-chained compound no cmdlet', () => {
    expect(en('Meetings inSkype for iPhoneSkype').map((f) => f.text)).toEqual(['iPhoneSkype']);
    expect(extractFacts('Richtlinie3aktualisieren', { locale: 'de-DE' }).map((f) => f.kind)).toEqual(['number']);
    expect(extractFacts('Online Besprechungs-Add-Ins', { locale: 'de-DE' })).toEqual([]);
  });
});

describe('extractFacts: names MT splits or translates (issue 18), read in English sources only', () => {
  const kinds = (text: string) => en(text).map((f) => `${f.kind}:${f.text}`);

  it('file names with any extension, and bare extensions', () => {
    expect(kinds('Open name.xsd, Header.h, ASN.1, master#.xml or a .csv file.')).toEqual(['name:name.xsd', 'name:Header.h', 'name:ASN.1', 'name:master#.xml', 'name:.csv']);
  });

  it('not names: abbreviations, two sentences glued, an upper-case extension, versions', () => {
    expect(kinds('e.g. i.e. it.The end, Ph.D, 1.5, enter .8 or .01 and v7.0').filter((k) => k.startsWith('name:'))).toEqual([]);
  });

  it('namespaced types, code syntax, double-dash options, bracketed and upper-case identifiers', () => {
    expect(kinds('Use xsd:string, not http://a.com; -1.#IND and CString::Format; run --process-start-args')).toEqual([
      'url:http://a.com',
      'syntax:-1.#IND',
      'syntax:CString::Format',
      'qualified:xsd:string',
      'option:--process-start-args',
    ]);
    expect(kinds('See [MS-XXPROPS], [ADRLIST](#adrlist), ADRLIST, MAX_PATH and _lppAdrList_; not [OK], Word or _emphasis_.')).toEqual([
      'link:#adrlist',
      'bracketed:MS-XXPROPS',
      'bracketed:ADRLIST',
      'bracketed:OK',
      'caps:ADRLIST',
      'caps:MAX_PATH',
      'caps:_lppAdrList_',
    ]);
  });

  it('the targets’ facts are unchanged: none of these kinds is read in a translation', () => {
    expect(extractFacts('Öffnen Sie name.xsd mit xsd:string, --name und [ADRLIST].', { locale: 'de-DE' }).map((f) => f.kind)).toEqual([]);
  });
});

describe('extractFacts: numbers in the locale’s own digits (issue 18)', () => {
  const numbers = (text: string, locale: string) => extractFacts(text, { locale }).map((f) => f.value);

  it('Persian, Arabic-Indic, Devanagari, Bengali and Thai digits read by value, with the Arabic decimal and group signs', () => {
    expect(numbers('(۴۰۳)', 'fa-IR')).toEqual([403]);
    expect(extractFacts('٣٠ و ١٫٥ و ١٬٠٠٠', { locale: 'ar-SA' }).map((f) => f.text)).toEqual(['30', '1.5', '1,000']);
    expect(numbers('३० मिनट', 'hi-IN')).toEqual([30]);
    expect(numbers('১.৫ GB', 'bn-BD')).toEqual([1.5]);
    expect(numbers('๓๐ นาที', 'th-TH')).toEqual([30]);
  });

  it('Chinese numerals are words, not digits; text without native digits is returned as it is', () => {
    expect(foldDigits('一二三 〇', 'zh-CN')).toBe('一二三 〇');
    const ascii = 'No digits of another script: 12.5';
    expect(foldDigits(ascii, 'ar-SA')).toBe(ascii);
    // An Arabic comma between words is no group sign.
    expect(foldDigits('أ٬ب ١٬٢', 'ar-SA')).toBe('أ٬ب 1,2');
  });
});
