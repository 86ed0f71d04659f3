// Locales as witnesses (issue #16): who is wrong, the translation or its English, and source findings once per family.
import { describe, expect, it } from 'vitest';
import { brokenLink } from '../../src/checks/broken-link.js';
import { bilingualMarkup } from '../../src/checks/bilingual-markup.js';
import { factMismatch } from '../../src/checks/fact-mismatch.js';
import { linkMismatch } from '../../src/checks/link-mismatch.js';
import { staleLink } from '../../src/checks/stale-link.js';
import type { Check } from '../../src/checks/types.js';
import type { Finding } from '../../src/model.js';
import { fm, pair, runCheckOnTree } from '../helpers/check-tester.js';

const doc = (locale: string, body: string, extra: Record<string, string> = {}): string => `${fm(locale, extra)}\n${body}\n`;
/** `path:line messageId severity origin (related paths)` for exact comparison. */
const show = (fs: readonly Finding[]): string[] =>
  fs.map((f) => `${f.path}:${f.line} ${f.messageId} ${f.severity} ${f.origin}${f.related.length ? ` +${f.related.map((r) => r.locale).join(',')}` : ''}`);
const run = (check: Check, files: Record<string, string>): string[] => show(runCheckOnTree(check, files));

const SRC_DAMAGED = 'A team can have up to 5.12 members.';
const T = { de: 'Ein Team kann bis zu 512 Mitglieder haben.', fr: "Une équipe peut compter jusqu'à 512 membres.", ja: 'チームには最大 512 人のメンバーを含めることができます。' };

describe('fact-mismatch with witnesses', () => {
  it('an integer re-dotted in the English (512 → 5.12) while every translation says 512: one source finding for the family', () => {
    const files = {
      'de-DE/a.md': doc('de-DE', pair('a-1', T.de, SRC_DAMAGED)),
      'fr-FR/a.md': doc('fr-FR', pair('a-1', T.fr, SRC_DAMAGED)),
      'ja-JP/a.md': doc('ja-JP', pair('a-1', T.ja, SRC_DAMAGED)),
    };
    const [only, ...rest] = runCheckOnTree(factMismatch, files);
    expect(rest).toEqual([]);
    expect(show([only as Finding])).toEqual(['de-DE/a.md:6 changed info source +fr-FR,ja-JP']);
    expect(only?.evidence).toBe("3 of the family's 3 articles depart from their English the same way");
  });

  it('one locale departs where the others follow the English: a translation defect of that locale alone', () => {
    const src = 'A team can have up to 512 members.';
    const files = {
      'de-DE/a.md': doc('de-DE', pair('a-1', 'Ein Team kann bis zu 5,12 Mitglieder haben.', src)),
      'fr-FR/a.md': doc('fr-FR', pair('a-1', T.fr, src)),
      'ja-JP/a.md': doc('ja-JP', pair('a-1', T.ja, src)),
    };
    expect(run(factMismatch, files)).toEqual(['de-DE/a.md:6 changed error translation']);
  });

  it('MT damage stays the translation’s even when every locale has it: the seeds’ hash with blanks inserted', () => {
    const src = 'The key is AdDO8hsJqilU93hQHC3OZaPR2saEA==.';
    const files = {
      'de-DE/a.md': doc('de-DE', pair('a-1', 'Der Schlüssel ist AdDO8hsJqilU93hQHC3OZaPR2saEA = =.', src)),
      'fr-FR/a.md': doc('fr-FR', pair('a-1', 'La clé est AdDO8hsJqilU93hQHC3OZaPR2saEA = =.', src)),
      'ja-JP/a.md': doc('ja-JP', pair('a-1', 'キーは AdDO8hsJqilU93hQHC3OZaPR2saEA = = です。', src)),
    };
    expect(run(factMismatch, files)).toEqual([
      'de-DE/a.md:6 mangled error translation',
      'fr-FR/a.md:6 mangled error translation',
      'ja-JP/a.md:6 mangled error translation',
    ]);
  });

  it('with one locale there are no witnesses: reported as the translation’s', () => {
    expect(run(factMismatch, { 'de-DE/a.md': doc('de-DE', pair('a-1', T.de, SRC_DAMAGED)) })).toEqual(['de-DE/a.md:6 changed error translation']);
  });
});

describe('a term the locales translate (conventions)', () => {
  const src = 'On the **Versions** FastTab, select the version.';
  const keeps = (locale: string) => doc(locale, pair('a-1', `Auf dem FastTab **Versionen** die Version auswählen.`, src));
  const translates = (locale: string, t: string) => doc(locale, pair('a-1', t, src));

  it('three of six locales translate FastTab: each at info, still the translation\'s, with the evidence', () => {
    const files = {
      'ar-SA/a.md': translates('ar-SA', 'على علامة التبويب السريعة **إصدارات**، حدد الإصدار.'),
      'ru-RU/a.md': translates('ru-RU', 'На экспресс-вкладке **Версии** выберите версию.'),
      'fi-FI/a.md': translates('fi-FI', '**Versiot**-pikavälilehdessä valitse versio.'),
      'de-DE/a.md': keeps('de-DE'),
      'tr-TR/a.md': keeps('tr-TR'),
      'th-TH/a.md': keeps('th-TH'),
    };
    const found = runCheckOnTree(factMismatch, files);
    expect(show(found)).toEqual(['ar-SA/a.md:6 missing info translation', 'fi-FI/a.md:6 missing info translation', 'ru-RU/a.md:6 missing info translation']);
    expect(found[0]?.evidence).toBe("3 of the family's 6 articles translate it too: a term the locales translate, not data");
  });

  it('a term the locales of one family translate is a term in an article one locale has alone', () => {
    const files = {
      'ar-SA/a.md': translates('ar-SA', 'على علامة التبويب السريعة **إصدارات**، حدد الإصدار.'),
      'ru-RU/a.md': translates('ru-RU', 'На экспресс-вкладке **Версии** выберите версию.'),
      'fi-FI/a.md': translates('fi-FI', '**Versiot**-pikavälilehdessä valitse versio.'),
      'de-DE/a.md': keeps('de-DE'),
      'tr-TR/a.md': keeps('tr-TR'),
      'th-TH/a.md': keeps('th-TH'),
      'ru-RU/rus-only.md': doc('ru-RU', pair('b-1', 'На экспресс-вкладке **Общие** введите код.', 'On the **General** FastTab, enter the code.')),
    };
    const found = runCheckOnTree(factMismatch, files).filter((f) => f.path === 'ru-RU/rus-only.md');
    expect(show(found)).toEqual(['ru-RU/rus-only.md:6 missing info translation']);
    expect(found[0]?.evidence).toBe('a term the locales translate (as most locales of a.md do), not data');
  });

  it('one locale of six drops the name: a warning for that locale', () => {
    const files = {
      'ru-RU/a.md': translates('ru-RU', 'На экспресс-вкладке **Версии** выберите версию.'),
      'ar-SA/a.md': keeps('ar-SA'),
      'fi-FI/a.md': keeps('fi-FI'),
      'de-DE/a.md': keeps('de-DE'),
      'tr-TR/a.md': keeps('tr-TR'),
      'th-TH/a.md': keeps('th-TH'),
    };
    expect(run(factMismatch, files)).toEqual(['ru-RU/a.md:6 missing warning translation']);
  });

  it('a number several locales drop is no convention: each stays a warning', () => {
    const num = 'Wait 30 seconds.';
    const files = {
      'ru-RU/a.md': doc('ru-RU', pair('a-1', 'Подождите несколько секунд.', num)),
      'ar-SA/a.md': doc('ar-SA', pair('a-1', 'انتظر بضع ثوان.', num)),
      'fi-FI/a.md': doc('fi-FI', pair('a-1', 'Odota hetki.', num)),
      'de-DE/a.md': doc('de-DE', pair('a-1', 'Warten Sie 30 Sekunden.', num)),
      'tr-TR/a.md': doc('tr-TR', pair('a-1', '30 saniye bekleyin.', num)),
      'th-TH/a.md': doc('th-TH', pair('a-1', 'รอ 30 วินาที', num)),
    };
    expect(run(factMismatch, files)).toEqual(['ar-SA/a.md:6 missing warning translation', 'fi-FI/a.md:6 missing warning translation', 'ru-RU/a.md:6 missing warning translation']);
  });
});

describe('a name whose first letter half the locales capitalise the same way (a convention, not one translation\'s damage)', () => {
  // `policy-control-diagnostic-data-desktop.md` (Teams, 2021-07-08): the English has the typo `.nET`; de-DE, es-ES and
  // pt-BR write `.NET`, fr-FR, ja-JP and zh-CN copy the typo.
  const src = 'The .nET framework used.';
  const files = {
    'de-DE/a.md': doc('de-DE', pair('a-1', 'Das verwendete .NET-Framework.', src)),
    'es-ES/a.md': doc('es-ES', pair('a-1', 'Marco de .NET usado.', src)),
    'pt-BR/a.md': doc('pt-BR', pair('a-1', '.NET Framework usado.', src)),
    'fr-FR/a.md': doc('fr-FR', pair('a-1', 'Framework .nET utilisé.', src)),
    'ja-JP/a.md': doc('ja-JP', pair('a-1', '使用される .nET フレームワーク。', src)),
    'zh-CN/a.md': doc('zh-CN', pair('a-1', '使用的 .nET Framework。', src)),
  };

  it('three of six locales write `.NET` for the English\'s `.nET`: each at info, the translation\'s, with the evidence', () => {
    const found = runCheckOnTree(factMismatch, files);
    expect(show(found)).toEqual(['de-DE/a.md:6 case-changed info translation', 'es-ES/a.md:6 case-changed info translation', 'pt-BR/a.md:6 case-changed info translation']);
    expect(found[0]?.evidence).toBe("3 of the family's 6 articles write it so too: the locales' capitalisation of a name, not damage to data");
  });

  it('the capitalisation one family shows is the locales\' spelling where one locale has an article alone, said so', () => {
    const alone = { ...files, 'de-DE/b.md': doc('de-DE', pair('b-1', 'Installieren Sie .NET zuerst.', 'Install .nET first.')) };
    const found = runCheckOnTree(factMismatch, alone).filter((f) => f.path === 'de-DE/b.md');
    expect(show(found)).toEqual(['de-DE/b.md:6 case-changed info translation']);
    expect(found[0]?.evidence).toBe("the locales' capitalisation of a name (as most locales of a.md write it), not damage to data");
  });

  it('one or two locales capitalising it: each stays a warning', () => {
    const one = { ...files, 'de-DE/a.md': doc('de-DE', pair('a-1', 'Das verwendete .nET-Framework.', src)), 'pt-BR/a.md': doc('pt-BR', pair('a-1', '.nET Framework usado.', src)) };
    expect(run(factMismatch, one)).toEqual(['es-ES/a.md:6 case-changed warning translation']);
    const two = { ...files, 'de-DE/a.md': doc('de-DE', pair('a-1', 'Das verwendete .nET-Framework.', src)) };
    expect(run(factMismatch, two)).toEqual(['es-ES/a.md:6 case-changed warning translation', 'pt-BR/a.md:6 case-changed warning translation']);
  });

  it('any other re-casing, however many locales share it (MT damage: `PanelView` → `Panelview` in four of the Teams pair): each stays a warning', () => {
    const panel = 'For information on the properties of PanelView events, see below.';
    const shared = {
      'de-DE/a.md': doc('de-DE', pair('a-1', 'Informationen zu den Eigenschaften von Panelview-Ereignissen finden Sie unten.', panel)),
      'es-ES/a.md': doc('es-ES', pair('a-1', 'Para obtener información sobre las propiedades de los eventos Panelview, consulte abajo.', panel)),
      'fr-FR/a.md': doc('fr-FR', pair('a-1', 'Pour des informations sur les propriétés des événements Panelview, voir ci-dessous.', panel)),
      'ja-JP/a.md': doc('ja-JP', pair('a-1', 'Panelview イベントのプロパティの詳細については、以下を参照してください。', panel)),
      'pt-BR/a.md': doc('pt-BR', pair('a-1', 'Para obter informações sobre as propriedades de eventos PanelView, consulte abaixo.', panel)),
      'zh-CN/a.md': doc('zh-CN', pair('a-1', '有关 PanelView 事件的属性的信息，请参阅下文。', panel)),
    };
    expect(run(factMismatch, shared)).toEqual([
      'de-DE/a.md:6 case-changed warning translation',
      'es-ES/a.md:6 case-changed warning translation',
      'fr-FR/a.md:6 case-changed warning translation',
      'ja-JP/a.md:6 case-changed warning translation',
    ]);
  });
});

describe('an acronym the locales abbreviate in their language (GDPR → DSGVO, RGPD)', () => {
  const src = 'Read about the [GDPR](/compliance/regulatory/gdpr) first.';
  const local = (locale: string, acronym: string) => doc(locale, pair('a-1', `Lesen Sie zuerst über die [${acronym}](/compliance/regulatory/gdpr).`, src));

  it('three of six locales each write their own acronym: each at info, the translation\'s, with the evidence', () => {
    const files = {
      'de-DE/a.md': local('de-DE', 'DSGVO'),
      'es-ES/a.md': local('es-ES', 'RGPD'),
      'fr-FR/a.md': local('fr-FR', 'RGPD'),
      'ja-JP/a.md': local('ja-JP', 'GDPR'),
      'pt-BR/a.md': local('pt-BR', 'GDPR'),
      'zh-CN/a.md': local('zh-CN', 'GDPR'),
    };
    const found = runCheckOnTree(factMismatch, files);
    expect(show(found)).toEqual(['de-DE/a.md:6 changed info translation', 'es-ES/a.md:6 changed info translation', 'fr-FR/a.md:6 changed info translation']);
    expect(found[0]?.evidence).toBe("3 of the family's 6 articles translate it too: a term the locales translate, not data");
  });

  it('two of six locales replace a name of data (ROUND → RUNDUNG, YUVARLA): each stays an error', () => {
    const round = 'Use [ROUND](er-functions-mathematical-round.md) here.';
    const files = {
      'de-DE/a.md': doc('de-DE', pair('a-1', 'Verwenden Sie hier [RUNDUNG](er-functions-mathematical-round.md).', round)),
      'tr-TR/a.md': doc('tr-TR', pair('a-1', 'Burada [YUVARLA](er-functions-mathematical-round.md) kullanın.', round)),
      'fi-FI/a.md': doc('fi-FI', pair('a-1', 'Käytä tässä [ROUND](er-functions-mathematical-round.md).', round)),
      'ru-RU/a.md': doc('ru-RU', pair('a-1', 'Используйте здесь [ROUND](er-functions-mathematical-round.md).', round)),
      'ar-SA/a.md': doc('ar-SA', pair('a-1', 'استخدم [ROUND](er-functions-mathematical-round.md) هنا.', round)),
      'th-TH/a.md': doc('th-TH', pair('a-1', 'ใช้ [ROUND](er-functions-mathematical-round.md) ที่นี่', round)),
    };
    expect(run(factMismatch, files)).toEqual(['de-DE/a.md:6 changed error translation', 'tr-TR/a.md:6 changed error translation']);
  });
});

describe('link-mismatch with witnesses', () => {
  it('a link lost from the English half while every translation keeps it: one source finding', () => {
    const src = 'See the deployment guide.';
    const tgt = (w: string): string => `${w} [guide](https://example.com/guide).`;
    const files = {
      'de-DE/a.md': doc('de-DE', pair('a-1', tgt('Siehe'), src)),
      'es-ES/a.md': doc('es-ES', pair('a-1', tgt('Vea la'), src)),
      'fr-FR/a.md': doc('fr-FR', pair('a-1', tgt('Voir le'), src)),
    };
    expect(run(linkMismatch, files)).toEqual(['de-DE/a.md:6 added info source +es-ES,fr-FR']);
  });
});

describe('stale-link: defects already in the current English', () => {
  const body = (t: string, s: string): string => pair('a-1', t, s);
  const src = 'See [the old page](https://technet.microsoft.com/library/gg425941.aspx).';

  it('a retired host in the English half of the current English: once for the family, from the English', () => {
    const files = {
      'de-DE/a.md': doc('de-DE', body('Siehe [die alte Seite](https://technet.microsoft.com/library/gg425941.aspx).', src), { 'ms.lasthandoff': '06/10/2020' }),
      'fr-FR/a.md': doc('fr-FR', body("Voir [l'ancienne page](https://technet.microsoft.com/library/gg425941.aspx).", src), { 'ms.lasthandoff': '06/10/2020' }),
    };
    const findings = runCheckOnTree(staleLink, files);
    expect(show(findings)).toEqual(['de-DE/a.md:7 retired-host info source +fr-FR']);
    expect(findings[0]?.evidence).toBe('the current English of this sentence has it too');
  });

  it('a locale that keeps the retired link where the current English moved on: its own (stale) defect', () => {
    const newSrc = 'See [the old page](/skypeforbusiness/deploy/page).';
    const files = {
      'de-DE/a.md': doc('de-DE', body('Siehe [die alte Seite](https://technet.microsoft.com/library/gg425941.aspx).', src), { 'ms.lasthandoff': '03/07/2019' }),
      'fr-FR/a.md': doc('fr-FR', body("Voir [l'ancienne page](/skypeforbusiness/deploy/page).", newSrc), { 'ms.lasthandoff': '06/10/2020' }),
    };
    expect(run(staleLink, files)).toEqual(['de-DE/a.md:7 outdated warning translation +fr-FR']);
  });
});

describe('broken-link with witnesses', () => {
  const img = (l: string): string => doc(l, `![x](media/shot.png)\n\n${pair('a-1', `[${l}] text`, 'Text.')}`);
  it('an image missing from every locale tree (served from the English repository, or broken there): once, from the English', () => {
    expect(run(brokenLink, { 'de-DE/a.md': img('de-DE'), 'fr-FR/a.md': img('fr-FR'), 'ja-JP/a.md': img('ja-JP') })).toEqual([
      'de-DE/a.md:6 missing-file info source +fr-FR,ja-JP',
    ]);
  });
  it('the witnesses are the articles that have the link: one locale that dropped the image does not outvote the others', () => {
    const dropped = doc('ja-JP', pair('a-1', '[ja-JP] text', 'Text.'));
    expect(run(brokenLink, { 'de-DE/a.md': img('de-DE'), 'fr-FR/a.md': img('fr-FR'), 'ja-JP/a.md': dropped })).toEqual([
      'de-DE/a.md:6 missing-file info source +fr-FR',
    ]);
  });
  it('a target another locale tree has: not translated into this locale, a note rather than an error', () => {
    const link = (l: string): string => doc(l, `See [the guide](guide.md).\n\n${pair('a-1', `[${l}] text`, 'Text.')}`);
    const files = { 'de-DE/a.md': link('de-DE'), 'fr-FR/a.md': link('fr-FR'), 'fr-FR/guide.md': doc('fr-FR', 'Guide') };
    const findings = runCheckOnTree(brokenLink, files);
    expect(show(findings)).toEqual(['de-DE/a.md:6 not-in-locale info translation']);
    expect(findings[0]?.message).toBe('The link target "guide.md" is not in this locale tree but is in fr-FR (guide.md): readers get another language, or nothing if the site does not fall back.');
  });
  it('an image missing from one locale tree only: that locale’s error', () => {
    const files = { 'de-DE/a.md': img('de-DE'), 'fr-FR/a.md': img('fr-FR'), 'fr-FR/media/shot.png': '', 'ja-JP/a.md': img('ja-JP'), 'ja-JP/media/shot.png': '' };
    expect(run(brokenLink, files)).toEqual(['de-DE/a.md:6 missing-file error translation']);
  });
});

describe('bilingual-markup with witnesses', () => {
  it('a `<span/>` the English author wrote, copied into every locale: once, from the English', () => {
    const bad = (t: string): string =>
      `<span data-ttu-id="a-1">${t} <span/>cqd</span><span class="sxs-lookup"><span data-stu-id="a-1">Open <span/>cqd</span></span>\n\n${pair('a-2', `${t} two`, 'Two.')}`;
    const findings = runCheckOnTree(bilingualMarkup, { 'de-DE/a.md': doc('de-DE', bad('Öffnen')), 'fr-FR/a.md': doc('fr-FR', bad('Ouvrir')) });
    expect(show(findings)).toEqual(['de-DE/a.md:6 unclosed-span info source +fr-FR']);
  });
  it('a span broken in one locale only: that locale’s error', () => {
    const bad = `<span data-ttu-id="a-1">Ouvrir <span/>cqd</span><span class="sxs-lookup"><span data-stu-id="a-1">Open cqd</span></span>`;
    const good = pair('a-1', 'Öffnen cqd', 'Open cqd');
    expect(run(bilingualMarkup, { 'de-DE/a.md': doc('de-DE', good), 'fr-FR/a.md': doc('fr-FR', bad), 'ja-JP/a.md': doc('ja-JP', pair('a-1', '開く cqd', 'Open cqd')) })).toEqual([
      'fr-FR/a.md:6 unclosed-span error translation',
    ]);
  });
});
