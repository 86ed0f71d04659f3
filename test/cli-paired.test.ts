// Paired mode on the command line (issue #22): translation-only trees checked against the English tree (--source).
import { describe, expect, it } from 'vitest';
import { EXIT_FINDINGS, EXIT_USAGE } from '../src/cli/main.js';
import { type JsonFinding, run } from './helpers/cli-run.js';
import { tempTrees } from './helpers/temp-tree.js';

const tree = tempTrees('loccheck-paired-');
const fm = (locale: string): string => `---\ntitle: T\nms.contentlocale: ${locale}\n---\n`;
// Front matter (4 lines), a blank line: the heading on line 6, the paragraphs on lines 8 and 10.
const EN = `${fm('en-US')}\n# Set up\n\nCopy the key AdDO8hsJqilU93hQHC3OZaPR2saEA== to the server.\n\nUse version 8.3 of Set-CsUser.\n`;
const doc = (locale: string, heading: string, key: string, version: string): string =>
  `${fm(locale)}\n# ${heading}\n\nKopieren Sie den Schlüssel ${key} auf den Server.\n\nVerwenden Sie Version ${version} von Set-CsUser.\n`;


describe('--source (paired mode)', () => {
  it('finds the mangled hash and the localized version on the translation\'s own lines; the English tree is not checked', async () => {
    const dir = tree({
      'en-US/a.md': EN,
      'de-DE/a.md': doc('de-DE', 'Einrichten', 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =', '8,3'),
      'fr-FR/a.md': doc('fr-FR', 'Configurer', 'AdDO8hsJqilU93hQHC3OZaPR2saEA==', '8.3'),
    });
    const r = await run(['de-DE', 'fr-FR', '--source', 'en-US', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(EXIT_FINDINGS);
    const found = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.path}:${f.line} ${f.ruleId}/${f.messageId} ${f.actual ?? ''}`);
    expect(found).toEqual(['de-DE/a.md:8 fact-mismatch/mangled AdDO8hsJqilU93hQHC3OZaPR2saEA = =', 'de-DE/a.md:10 fact-mismatch/changed 8,3']);
  });

  it('without --source the same trees have no English to compare with: no fact finding', async () => {
    const dir = tree({ 'de-DE/a.md': doc('de-DE', 'Einrichten', 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =', '8,3') });
    const r = await run(['de-DE', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === 'fact-mismatch')).toEqual([]);
  });

  it('a --source that does not exist is a one-line usage error', async () => {
    const dir = tree({ 'de-DE/a.md': doc('de-DE', 'Einrichten', 'x', '8.3') });
    const r = await run(['de-DE', '--source', 'nowhere'], { cwd: dir });
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--source');
  });
});

describe('--source: what does not align with the English is reported (missing-segment)', () => {
  it('a block the translation lacks, a block it adds, a code block that differs: on the translation\'s lines', async () => {
    const en = `${fm('en-US')}\n# Set up\n\nCopy the file.\n\nRestart the server with Restart-CsServer.\n\n\`\`\`powershell\nGet-CsUser -Identity x\n\`\`\`\n`;
    const de = `${fm('de-DE')}\n# Einrichten\n\nKopieren Sie die Datei.\n\n\`\`\`powershell\nGet-CsUser -Identity y\n\`\`\`\n\nEin Absatz, den das Englische nicht hat.\n`;
    const dir = tree({ 'en-US/a.md': en, 'de-DE/a.md': de });
    const r = await run(['de-DE', '--source', 'en-US', '--format', 'json'], { cwd: dir });
    const found = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings
      .filter((f) => f.ruleId === 'missing-segment')
      .map((f) => `${f.path}:${f.line} ${f.messageId}`);
    expect(found).toEqual(['de-DE/a.md:8 paired-missing', 'de-DE/a.md:11 paired-code', 'de-DE/a.md:14 paired-extra']);
  });
});

describe('--source: link targets the locale tree lacks but the English tree has', () => {
  it('are served from the English: broken-link/from-english (info), not missing-file; a target neither tree has stays broken (the English half links it too: its writers\' defect, at info)', async () => {
    const en = `${fm('en-US')}\n# Set up\n\n![Diagram](media/diagram.png)\n\nSee [the guide](guide.md) and [gone](gone.md).\n`;
    const de = `${fm('de-DE')}\n# Einrichten\n\n![Diagramm](media/diagram.png)\n\nSiehe [den Leitfaden](guide.md) und [weg](gone.md).\n`;
    const dir = tree({ 'en-US/a.md': en, 'en-US/guide.md': `${fm('en-US')}\n# Guide\n`, 'en-US/media/diagram.png': '', 'de-DE/a.md': de });
    const r = await run(['de-DE', '--source', 'en-US', '--format', 'json'], { cwd: dir });
    const found = (JSON.parse(r.stdout) as { findings: (JsonFinding & { severity: string })[] }).findings
      .filter((f) => f.ruleId === 'broken-link')
      .map((f) => `${f.line} ${f.messageId} ${f.severity} ${f.actual ?? ''}`);
    expect(found.sort()).toEqual(['10 from-english info guide.md', '10 missing-file info gone.md', '8 from-english info media/diagram.png']);
  });
});

describe('--source: a translation made from another revision of the English', () => {
  it('ms.openlocfilehash (SHA-1 of the English, CRLF) that is not the English file\'s: source-drift on that line, a warning when blocks were gained or lost, else info', async () => {
    const { createHash } = await import('node:crypto');
    // (The block the translation has more is short: a long one weighs in the length ratio the alignment reads the
    // lengths in, and in an article this short may take a paragraph's pair; noted in docs/paired.md.)
    const en = `${fm('en-US')}\n# Set up\n\nCopy the file to the server before you start the setup program.\n\nThe setup program asks for the name of the pool.\n`;
    const hash = (s: string): string => createHash('sha1').update(s.replace(/\n/g, '\r\n')).digest('hex');
    const de = (h: string, more = ''): string =>
      `---\ntitle: T\nms.contentlocale: de-DE\nms.openlocfilehash: ${h}\n---\n\n# Einrichten\n\nKopieren Sie die Datei auf den Server, bevor Sie das Setupprogramm starten.\n\nDas Setupprogramm fragt nach dem Namen des Pools.\n${more}`;
    const older = `${en}\nSee [the guide](guide.md).\n`;
    const dir = tree({
      'en-US/a.md': en,
      'en-US/b.md': en,
      'en-US/c.md': en,
      'de-DE/a.md': de(hash(en)),
      // Translated from the older English: its paragraph since removed is still here.
      'de-DE/b.md': de(hash(older), '\nSiehe [Leitfaden](guide.md).\n'),
      // Translated from the older English, that paragraph left out: every block aligns (the English changed inside).
      'de-DE/c.md': de(hash(older)),
    });
    const r = await run(['de-DE', '--source', 'en-US', '--format', 'json'], { cwd: dir });
    const found = (JSON.parse(r.stdout) as { findings: (JsonFinding & { severity: string })[] }).findings
      .filter((f) => f.ruleId === 'source-drift' || f.ruleId === 'missing-segment')
      .map((f) => `${f.path}:${f.line} ${f.ruleId}/${f.messageId} ${f.severity}`);
    expect(found).toEqual([
      'de-DE/b.md:4 source-drift/paired-stale warning',
      'de-DE/b.md:13 missing-segment/paired-extra warning',
      'de-DE/c.md:4 source-drift/paired-stale-aligned info',
    ]);
  });

  it('an English that moved a heading\'s words into a sentence its stale translation\'s heading still says: paired-stale stays a warning, nothing is missing', async () => {
    const { createHash } = await import('node:crypto');
    const hash = (s: string): string => createHash('sha1').update(s.replace(/\n/g, '\r\n')).digest('hex');
    // `direct-routing-enable-users.md` (Teams, 2021-07-08): the heading on line 7, the sentence the English split off.
    const en = `${fm('en-US')}\n## Ensure that the user is homed online\n\nThis step is applicable to Skype for Business Server Enterprise Voice enabled users being migrated to Teams Direct Routing.\n\nDirect Routing requires the user to be homed online.\n`;
    const old = `${fm('en-US')}\n## Ensure that the user is homed online (applicable for Skype for Business Server Enterprise Voice enabled users being migrated to Teams Direct Routing)\n\nDirect Routing requires the user to be homed online.\n`;
    const anchor = '<a name="ensure-that-the-user-is-homed-online-applicable-for-skype-for-business-server-enterprise-voice-enabled-users-being-migrated-to-teams-direct-routing"></a>';
    const fr = (a: string): string =>
      `---\ntitle: T\nms.contentlocale: fr-FR\nms.openlocfilehash: ${hash(old)}\n---\n\n## ${a}Vérifier que l’utilisateur est homed online (applicable Skype Entreprise Server Voix Entreprise utilisateurs en cours de migration vers Teams routage direct)\n\nLe routage direct nécessite que l’utilisateur soit domicile en ligne.\n`;
    const dir = tree({ 'en-US/a.md': en, 'en-US/b.md': en, 'fr-FR/a.md': fr(anchor), 'fr-FR/b.md': fr('') });
    const r = await run(['fr-FR', '--source', 'en-US', '--format', 'json'], { cwd: dir });
    const found = (JSON.parse(r.stdout) as { findings: (JsonFinding & { severity: string })[] }).findings
      .filter((f) => f.ruleId === 'source-drift' || f.ruleId === 'missing-segment')
      .map((f) => `${f.path}:${f.line} ${f.ruleId}/${f.messageId} ${f.severity}`);
    // Without the anchor nothing says the heading holds the sentence: it is missing (line 7).
    expect(found).toEqual([
      'fr-FR/a.md:4 source-drift/paired-stale warning',
      'fr-FR/b.md:4 source-drift/paired-stale warning',
      'fr-FR/b.md:7 missing-segment/paired-missing warning',
    ]);
  });

  it('a CRLF translation: paired-stale on the hash\'s own line (4), not the line after', async () => {
    const en = `${fm('en-US')}\n# Set up\n\nCopy the file.\n`;
    const de = `---\r\ntitle: T\r\nms.contentlocale: de-DE\r\nms.openlocfilehash: ${'0'.repeat(40)}\r\n---\r\n\r\n# Einrichten\r\n\r\nKopieren Sie die Datei.\r\n`;
    const r = await run(['de-DE', '--source', 'en-US', '--format', 'json'], { cwd: tree({ 'en-US/a.md': en, 'de-DE/a.md': de }) });
    const found = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId === 'source-drift').map((f) => `${f.path}:${f.line} ${f.messageId}`);
    expect(found).toEqual(['de-DE/a.md:4 paired-stale-aligned']);
  });
});

describe('--source: facts a translation writes its own way are no findings (issue #22, judged false on the real pair)', () => {
  const findingsOf = async (files: Record<string, string>): Promise<string[]> => {
    const r = await run(['de-DE', '--source', 'en-US', '--format', 'json'], { cwd: tree(files) });
    return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings
      .filter((f) => f.ruleId === 'fact-mismatch')
      .map((f) => `${f.path}:${f.line} ${f.ruleId}/${f.messageId} ${f.actual ?? ''}`);
  };
  // Lines 6, 8 and 10 hold a key chord, a constant with a footnote, and a key chord whose digit changed.
  const en = `${fm('en-US')}\nWindows: Ctrl + Alt + Shift + 1\n\n- SEND_FILES, RECEIVE_FILES.<sup>2</sup> Controls whether a bot sends files.\n\nMac: Option + Command + Shift + 1\n`;

  it('German key names (STRG+ALT+UMSCHALT+1) and a footnote after a constant (RECEIVE_FILES. <sup>2</sup>): nothing; a chord whose key changed still is', async () => {
    const de = `${fm('de-DE')}\nWindows: STRG+ALT+UMSCHALT+1\n\n- SEND_FILES, RECEIVE_FILES. <sup>2</sup> Steuert, ob ein Bot Dateien sendet.\n\nMac: WAHL+BEFEHL+UMSCHALT+3\n`;
    expect(await findingsOf({ 'en-US/a.md': en, 'de-DE/a.md': de })).toEqual(['de-DE/a.md:10 fact-mismatch/missing ']);
  });

  it('a constant the translation really mangles is still reported', async () => {
    const de = `${fm('de-DE')}\nWindows: STRG+ALT+UMSCHALT+1\n\n- SEND_FILES, RECEIVE_ FILES. <sup>2</sup> Steuert, ob ein Bot Dateien sendet.\n\nMac: WAHL+BEFEHL+UMSCHALT+1\n`;
    expect(await findingsOf({ 'en-US/a.md': en, 'de-DE/a.md': de })).toEqual(['de-DE/a.md:8 fact-mismatch/mangled RECEIVE_ FILES']);
  });
});

describe('--source: findings stand at the translation file\'s columns; --fix repairs the translation-only file', () => {
  it('the mangled hash and the localized version fixed at their columns in the translation (28, 23: not the paired text\'s); the English untouched', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const de = doc('de-DE', 'Einrichten', 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =', '8,3');
    const dir = tree({ 'en-US/a.md': EN, 'de-DE/a.md': de });
    const r = await run(['de-DE', '--source', 'en-US', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as {
      findings: (JsonFinding & { column: number; fix?: { line: number; column: number; endColumn: number; old: string; text: string; translationOnly?: boolean } })[];
      summary: { fixable?: number };
    };
    const found = report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}/${f.messageId} fix=${f.fix ? `${f.fix.line}:${f.fix.column}-${f.fix.endColumn} ${f.fix.old}→${f.fix.text} ${f.fix.translationOnly}` : 'none'}`);
    expect(found).toEqual([
      'de-DE/a.md:8:1 fact-mismatch/mangled fix=8:28-61 AdDO8hsJqilU93hQHC3OZaPR2saEA = =→AdDO8hsJqilU93hQHC3OZaPR2saEA== true',
      'de-DE/a.md:10:1 fact-mismatch/changed fix=10:23-26 8,3→8.3 true',
    ]);
    expect(report.summary.fixable).toBe(2);
    const dry = await run(['de-DE', '--source', 'en-US', '--fix-dry-run'], { cwd: dir });
    expect(dry.stdout).toContain('-Kopieren Sie den Schlüssel AdDO8hsJqilU93hQHC3OZaPR2saEA = = auf den Server.\n+Kopieren Sie den Schlüssel AdDO8hsJqilU93hQHC3OZaPR2saEA== auf den Server.');
    expect(readFileSync(path.join(dir, 'de-DE/a.md'), 'utf8')).toBe(de);
    const fixed = await run(['de-DE', '--source', 'en-US', '--fix'], { cwd: dir });
    expect(fixed.code).toBe(0);
    expect(readFileSync(path.join(dir, 'de-DE/a.md'), 'utf8')).toBe(doc('de-DE', 'Einrichten', 'AdDO8hsJqilU93hQHC3OZaPR2saEA==', '8.3'));
    expect(readFileSync(path.join(dir, 'en-US/a.md'), 'utf8')).toBe(EN);
  });

  it('a fix whose old text is no longer there is refused, the file left as it is', async () => {
    const { readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { applyFixes } = await import('../src/cli/fix.js');
    const de = doc('de-DE', 'Einrichten', 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =', '8.3');
    const dir = tree({ 'en-US/a.md': EN, 'de-DE/a.md': de });
    const r = await run(['de-DE', '--source', 'en-US', '--format', 'json'], { cwd: dir });
    const findings = (JSON.parse(r.stdout) as { findings: Parameters<typeof applyFixes>[0] }).findings;
    // The span ends before the hash: the fix would reach past the translated text.
    const moved = findings.map((f) => (f.fix ? { ...f, fix: { ...f.fix, sourceColumn: f.fix.column + 3 } } : f));
    const result = applyFixes(moved, { cwd: dir, maxBytes: 1 << 20, dryRun: true, contents: new Map() });
    expect(result.messages).toEqual(['de-DE/a.md:8: fact-mismatch not fixed: 8:28 is not inside the translated text']);
    // Marked for a translation-only file, applied to a bilingual one (a tampered report or cache): refused.
    const bilingual = `${de}\n<span data-ttu-id="x-1">Text</span><span class="sxs-lookup"><span data-stu-id="x-1">Text</span></span>\n`;
    const contents = new Map([[path.join(dir, 'de-DE/a.md'), Buffer.from(bilingual)]]);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(Buffer.from(bilingual)).digest('hex');
    const forged = findings.filter((f) => f.fix).map((f) => ({ ...f, fix: { ...(f.fix as NonNullable<typeof f.fix>), hash } }));
    expect(applyFixes(forged, { cwd: dir, maxBytes: 1 << 20, dryRun: true, contents }).messages).toEqual([
      'de-DE/a.md:8: fact-mismatch not fixed: a fix for a translation-only file, but the file is bilingual',
    ]);
    expect(readFileSync(path.join(dir, 'de-DE/a.md'), 'utf8')).toBe(de);
  });
});

describe('--source with changed files (pull-request mode)', () => {
  it('an edit of the English alone checks its translations (their family); an unrelated change checks nothing', async () => {
    const path = await import('node:path');
    const { lint } = await import('../src/run.js');
    const dir = tree({
      'en-US/a.md': EN,
      'en-US/b.md': EN,
      'de-DE/a.md': doc('de-DE', 'Einrichten', 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =', '8.3'),
      'de-DE/b.md': doc('de-DE', 'Einrichten', 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =', '8.3'),
    });
    const found = async (changed: string): Promise<string[]> => {
      const r = await lint({ inputs: ['de-DE'], source: 'en-US', cwd: dir, jobs: 0, changedFiles: [path.join(dir, changed)] });
      return r.report.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}/${f.messageId}`);
    };
    expect(await found('en-US/a.md')).toEqual(['de-DE/a.md:8 fact-mismatch/mangled']);
    expect(await found('en-US/c.md')).toEqual([]);
  });
});

describe('--source: cross-file link findings at the translation\'s columns', () => {
  it('a broken link stands at its sentence\'s column in the translation (33), not at the paired text\'s', async () => {
    const en = `${fm('en-US')}\nRead the guide first. Then see [the setup page](setup.md) for more.\n`;
    const de = `${fm('de-DE')}\nLesen Sie zuerst den Leitfaden. Weitere Informationen finden Sie auf [der Einrichtungsseite](setup.md).\n`;
    const dir = tree({ 'en-US/a.md': en, 'de-DE/a.md': de });
    const r = await run(['de-DE', '--source', 'en-US', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as { findings: (JsonFinding & { column: number })[] };
    const line = de.split('\n')[5] as string;
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}/${f.messageId}`)).toEqual([`de-DE/a.md:6:${line.indexOf('Weitere') + 1} broken-link/missing-file`]);
  });
});

describe('--source with --cache', () => {
  it('serves unchanged families from the cache; an edit of the English alone is checked again', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { lint } = await import('../src/run.js');
    const dir = tree({ 'en-US/a.md': EN, 'de-DE/a.md': doc('de-DE', 'Einrichten', 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =', '8,3') });
    const cacheDir = path.join(dir, '.cache-test');
    const once = async (): Promise<{ found: string[]; hits: number }> => {
      const r = await lint({ inputs: ['de-DE'], source: 'en-US', cwd: dir, jobs: 0, cacheDir, cacheKey: Buffer.alloc(32, 7) });
      return { found: r.report.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}/${f.messageId}`), hits: r.timings.cacheHits };
    };
    const both = ['de-DE/a.md:8 fact-mismatch/mangled', 'de-DE/a.md:10 fact-mismatch/changed'];
    expect(await once()).toEqual({ found: both, hits: 0 });
    expect(await once()).toEqual({ found: both, hits: 1 });
    // The English now writes the hash as the translation does: only the version is left (a stale cache kept both).
    writeFileSync(path.join(dir, 'en-US/a.md'), EN.replace('AdDO8hsJqilU93hQHC3OZaPR2saEA==', 'AdDO8hsJqilU93hQHC3OZaPR2saEA = ='));
    expect(await once()).toEqual({ found: ['de-DE/a.md:10 fact-mismatch/changed'], hits: 0 });
    expect(await once()).toEqual({ found: ['de-DE/a.md:10 fact-mismatch/changed'], hits: 1 });
  });
});

describe('--source: an English file in UTF-16', () => {
  it('is converted and paired (it was left unpaired with no word): the mangled hash is found on line 8', async () => {
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const dir = tree({ 'de-DE/a.md': doc('de-DE', 'Einrichten', 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =', '8.3') });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'en-US'), { recursive: true });
    writeFileSync(path.join(dir, 'en-US/a.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EN, 'utf16le')]));
    const r = await run(['de-DE', '--source', 'en-US', '--format', 'json'], { cwd: dir });
    const found = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.path}:${f.line} ${f.ruleId}/${f.messageId}`);
    expect(found).toEqual(['de-DE/a.md:8 fact-mismatch/mangled']);
  });
});

// Issue #22: `de-DE/Teams/business-voice/port-phone-numbers.md` of the real pair, translated from an older English: the
// English split its paragraph, reworded the first sentence and added a bold one. es-ES, handed off later, is current.
describe('--source: a sentence the English reworded since a stale translation (source-drift/reworded)', () => {
  const EN_PORT = `${fm('en-US')}
# Port phone numbers to Business Voice

Before you start, check which countries and regions support Business Voice with Calling Plan, and which phone numbers you can move.

Earlier in this setup guide, you acquired phone numbers for the main company line and for any users that you've assigned a Business Voice license to. **If you're a new business and don't have any existing phone numbers that you want to bring to Business Voice, you can skip this step.**

If you already have phone numbers that you want to keep when you move to Business Voice, you can bring them with you by using a process called phone number porting. After you port your phone numbers to Business Voice, you assign them to users and services. The old numbers replace the temporary numbers that you acquired earlier in this setup guide.

When you're ready to move your phone numbers, follow the steps in [Transfer phone numbers](transfer.md) to create a port order. The order includes the information that's needed to move your numbers from your current carrier.
`;
  const head = (locale: string, hash: string, handoff: string): string =>
    `---\ntitle: T\nms.contentlocale: ${locale}\nms.openlocfilehash: ${hash}\nms.lasthandoff: ${handoff}\n---\n`;
  const DE_BODY = `
# Portieren von Telefonnummern in Business Voice

Bevor Sie beginnen, prüfen Sie, welche Länder und Regionen Business Voice mit Anrufplan unterstützen und welche Telefonnummern Sie übertragen können.

Wenn Sie Business Voice erstmalig einrichten, erwerben Sie Telefonnummern für die Haupttelefonleitung des Unternehmens sowie für alle Benutzer, denen Sie eine Business Voice-Lizenz zugewiesen haben. Wenn Sie bereits über Telefonnummern verfügen, die Sie beim Umstellen auf Business Voice beibehalten möchten, können Sie diese mithilfe eines Verfahrens, das Portieren von Telefonnummern genannt wird, übertragen. Nachdem Sie Ihre Telefonnummern in Business Voice portiert haben, weisen Sie sie Benutzern und Diensten zu. Die alten Nummern ersetzen die temporären Nummern, die Sie beim Einrichten von Business Voice erworben haben.

Wenn Sie bereit sind, Ihre Telefonnummern zu verschieben, führen Sie die Schritte unter [Übertragen von Telefonnummern](transfer.md) aus, um einen Portierungsauftrag zu erstellen. Ein Portierungsauftrag umfasst alle Informationen, die nötig sind, um Ihre Nummern von Ihrem aktuellen Anbieter zu verschieben.
`;
  const ES_BODY = `
# Transferir números de teléfono a Business Voice

Antes de empezar, compruebe qué países y regiones admiten Business Voice con Plan de llamadas y qué números de teléfono puede transferir.

Anteriormente en esta guía de configuración adquirió números de teléfono para la línea de empresa principal y para los usuarios a los que asignó una licencia de Business Voice. **Si es una empresa nueva y no tiene números de teléfono existentes que quiere traer a Business Voice, puede omitir este paso.**

Si ya tiene números de teléfono que desea conservar al pasar a Business Voice, puede traerlos mediante un proceso denominado portabilidad de números de teléfono. Después de transferir sus números de teléfono a Business Voice, se los asigna a usuarios y servicios. Los números antiguos reemplazan a los números temporales que adquirió anteriormente en esta guía de configuración.

Cuando esté listo para transferir sus números de teléfono, siga los pasos de [Transferir números de teléfono](transfer.md) para crear un pedido de portabilidad. El pedido incluye la información necesaria para mover sus números desde su operador actual.
`;
  const driftFindings = async (deHash: (en: string) => string): Promise<(JsonFinding & { severity: string; message: string; segment?: { source: string; target: string } })[]> => {
    const { createHash } = await import('node:crypto');
    const hash = (s: string): string => createHash('sha1').update(s.replace(/\n/g, '\r\n')).digest('hex');
    const dir = tree({
      'en-US/a.md': EN_PORT,
      'en-US/transfer.md': `${fm('en-US')}\n# Transfer\n`,
      'de-DE/a.md': `${head('de-DE', deHash(hash(EN_PORT)), '05/03/2021')}${DE_BODY}`,
      'es-ES/a.md': `${head('es-ES', hash(EN_PORT), '05/08/2021')}${ES_BODY}`,
    });
    const r = await run(['de-DE', 'es-ES', '--source', 'en-US', '--format', 'json'], { cwd: dir });
    return (JSON.parse(r.stdout) as { findings: (JsonFinding & { severity: string; message: string })[] }).findings.filter((f) => f.ruleId === 'source-drift' || f.ruleId === 'missing-segment');
  };
  const drift = async (deHash: (en: string) => string): Promise<string[]> =>
    (await driftFindings(deHash)).map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}/${f.messageId} ${f.severity} ${(f.expected ?? '').slice(0, 40)}`);

  it("a reworded sentence's pair is the current English beside the translation's older sentence, not a neighbour", async () => {
    const reworded = (await driftFindings(() => '0'.repeat(40))).find((f) => f.messageId === 'reworded');
    expect(reworded?.segment?.source).toMatch(/^Earlier in this setup guide, you acquired phone numbers/);
    expect(reworded?.segment?.target).toBe(reworded?.actual);
    expect(reworded?.actual).toMatch(/^Wenn Sie Business Voice erstmalig einrichten/);
  });

  it('an added sentence names the current English as translated in the reference locale (es-ES is no English)', async () => {
    const added = (await driftFindings(() => '0'.repeat(40))).find((f) => f.messageId === 'added');
    expect(added?.message).toBe(`The current English (translated in es-ES/a.md, 2021-05-08) has a segment missing here: "${added?.expected}".`);
  });

  it('stale (its hash not the English\'s): the older sentence is reworded (line 12), not added; the bold one the translation lacks stays added and missing', async () => {
    expect(await drift(() => '0'.repeat(40))).toEqual([
      'de-DE/a.md:1:1 source-drift/behind info ',
      'de-DE/a.md:4:1 source-drift/paired-stale warning ',
      'de-DE/a.md:10:1 missing-segment/paired-missing warning ',
      "de-DE/a.md:10:1 source-drift/added warning **If you're a new business and don't hav",
      'de-DE/a.md:12:1 source-drift/reworded warning Earlier in this setup guide, you acquire',
    ]);
  });

  it('not known to be stale (its hash the English\'s): no rewording; both English sentences are added across locales', async () => {
    expect(await drift((current) => current)).toEqual([
      'de-DE/a.md:1:1 source-drift/behind info ',
      'de-DE/a.md:10:1 missing-segment/paired-missing warning ',
      "de-DE/a.md:10:1 source-drift/added warning **If you're a new business and don't hav",
      'de-DE/a.md:10:1 source-drift/added warning Earlier in this setup guide, you acquire',
    ]);
  });
});
