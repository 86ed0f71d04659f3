// Paired mode's precision on the real Teams pair (issue #22): blocks the two sides write differently still pair;
// blocks one side really lacks are still reported.
import { describe, expect, it } from 'vitest';
import { pairWithEnglish, sentencesOf } from '../../src/parse/pair-align.js';
import { parseArticle } from '../../src/parse/article.js';

const fm = (locale: string): string => `---\ntitle: T\nms.contentlocale: ${locale}\n---\n`;
const diffs = (translation: string, english: string): (string | number)[][] =>
  pairWithEnglish(translation, english).differences.map((d) => (d.said ? [d.kind, d.line, d.englishLine, 'said'] : [d.kind, d.line, d.englishLine]));

describe('HTML blocks: one block however each side wraps them', () => {
  // English lines 6-9: a table row whose cell the English wraps over two lines and whose second cell shares a line.
  const en = `${fm('en-US')}\n<table>\n<tr>\n<td>Business Voice<br>International Calling Plan\nCommunication Credits </td><td>Or</td>\n<td>Audio Conferencing</td>\n</tr>\n</table>\n`;

  it('a cell the translation writes on one line pairs with the English wrapped over two', () => {
    const pt = `${fm('pt-BR')}\n<table>\n<tr>\n<td>Business Voice<br>Plano de Chamadas Internacionais Créditos de comunicação </td><td>Ou</td>\n<td>Audioconferência</td>\n</tr>\n</table>\n`;
    expect(diffs(pt, en)).toEqual([]);
  });

  it('a cell the translation lacks is still missing (on the translated block before it, line 8)', () => {
    const pt = `${fm('pt-BR')}\n<table>\n<tr>\n<td>Business Voice<br>Plano de Chamadas Internacionais Créditos de comunicação </td>\n<td>Audioconferência</td>\n</tr>\n</table>\n`;
    expect(diffs(pt, en)).toEqual([['missing', 8, 9]]);
  });

  it('a <p> whose link the English wraps to the next line is one block', () => {
    const english = `${fm('en-US')}\n<ul>\n<li><p>Data Loss Prevention is available.</p></li>\n</ul>\n<p>For a complete list, see \n<a href="/x">How Exchange and Teams interact.</a></p>\n`;
    const german = `${fm('de-DE')}\n<ul>\n<li><p>Verhinderung von Datenverlust ist verfügbar.</p></li>\n</ul>\n<p>Eine vollständige Liste finden Sie unter <a href="/x">Exchange und Teams Interaktion.</a></p>\n`;
    expect(diffs(german, english)).toEqual([]);
    const extra = german.replace('</ul>\n', '</ul>\n<p>Ein Absatz, den das Englische nicht hat.</p>\n');
    expect(diffs(extra, english)).toEqual([['extra', 9, 7]]);
  });

  it('a paragraph that opens with an inline tag is prose, as its English is', () => {
    const english = `${fm('en-US')}\nThe Submission API, <a href="/graph/x">built on Microsoft Graph</a>, allows it.\n\nLast paragraph.\n`;
    const japanese = `${fm('ja-JP')}\n<a href="/graph/x">Microsoft Graph</a>上に構築された Submission API を使用すると、可能です。\n\n最後の段落。\n`;
    expect(diffs(japanese, english)).toEqual([]);
    const span = `${fm('fr-FR')}\n<span class="underline">Rapport sur les actions engagées par Microsoft\npour favoriser l’accès</span>\n`;
    expect(diffs(`${fm('es-ES')}\n<span class="underline">Rapport sur les actions engagées par Microsoft pour favoriser l'accès</span>\n`, span)).toEqual([]);
  });
});

describe('kinds translators swap: a list item for a paragraph', () => {
  const en = `${fm('en-US')}\nIntro.\n\n*To learn more about permissions, see [Private channels](private-channels.md).\n\n3) The content is not exposed.\n`;

  it('pairs a list item with the English paragraph it translates, and the reverse (`3)Les` for `3) Les`)', () => {
    const de = `${fm('de-DE')}\nEinleitung.\n\n* Weitere Informationen finden Sie unter [Private Kanäle](private-channels.md).\n\n3)Der Inhalt wird nicht offengelegt.\n`;
    expect(diffs(de, en)).toEqual([]);
    expect(pairWithEnglish(de, en).aligned).toBe(3);
  });

  it('a list item the English lacks is still extra, and does not take an English paragraph of its own kind\'s neighbour', () => {
    const de = `${fm('de-DE')}\nEinleitung.\n\n- Ein Punkt, den das Englische nicht hat.\n\nWeitere Informationen finden Sie unter [Private Kanäle](private-channels.md).\n\n3) Der Inhalt wird nicht offengelegt.\n`;
    expect(diffs(de, en)).toEqual([['extra', 8, 6]]);
  });
});

describe('HTML blocks end where CommonMark ends them', () => {
  it('a comment on one line is a block of its own: the note after it is read as a note', () => {
    const english = `${fm('en-US')}\n<!---Delete this section later--->\n> [!IMPORTANT]\n> The connectors move to a new URL.\n> 1. Open the page.\n> ![Screenshot.](media/a.png)\n`;
    const chinese = `${fm('zh-CN')}\n<!---Delete this section later--->\n> [!IMPORTANT]\n> 连接器转换到新的 URL。\n> 1. 打开页面。\n> ![屏幕截图。](media/a.png)\n`;
    const paired = pairWithEnglish(chinese, english);
    expect(paired.differences).toEqual([]);
    expect(paired.text.split('\n')[9]).toBe('> <span data-ttu-id="lc-3">![屏幕截图。](media/a.png)</span><span class="sxs-lookup"><span data-stu-id="lc-3">![Screenshot.](media/a.png)</span></span>');
  });
});

describe('sentences: a stop at the end of a link text ends the sentence', () => {
  const segmentsOf = (translation: string, english: string): string[][] => {
    const { article } = parseArticle({ bytes: Buffer.from(pairWithEnglish(translation, english).text), path: 'de-DE/a.md', relPath: 'a.md', root: 0, locale: 'de-DE' });
    return article.segments.map((s) => [s.target, s.source]);
  };
  const en = `${fm('en-US')}\nYou need [Microsoft 365 or Office 365](a.md). See [Teams add-on licensing](b.md) for details.\n`;

  it('`[… Office 365.](a.md) Näheres…` is two sentences, each paired with its English', () => {
    const de = `${fm('de-DE')}\nSie benötigen [Microsoft 365 oder Office 365.](a.md) Näheres finden Sie unter [Lizenzierung für Teams-Add-Ons](b.md).\n`;
    expect(segmentsOf(de, en)).toEqual([
      ['Sie benötigen [Microsoft 365 oder Office 365.](a.md)', 'You need [Microsoft 365 or Office 365](a.md).'],
      ['Näheres finden Sie unter [Lizenzierung für Teams-Add-Ons](b.md).', 'See [Teams add-on licensing](b.md) for details.'],
    ]);
  });

  it('a stop inside a link text, not at its end, still ends nothing (`[Version 1.2 Notes](a.md)`)', () => {
    expect(sentencesOf('See [Version 1.2 notes](a.md) for the list.').length).toBe(1);
  });
});

describe('sentences: pairs by length that would part a link from its English', () => {
  const segmentsOf = (translation: string, english: string): string[][] => {
    const { article } = parseArticle({ bytes: Buffer.from(pairWithEnglish(translation, english).text), path: 'ja-JP/a.md', relPath: 'a.md', root: 0, locale: 'ja-JP' });
    return article.segments.map((s) => [s.target, s.source]);
  };
  const en = `${fm('en-US')}\nReady to roll out Teams to your users? Get the [Customer Success Kit](https://aka.ms/kit), which contains these great email templates.\n`;

  it('a translation that merges the two English sentences and splits elsewhere: the block is one pair', () => {
    const ja = `${fm('ja-JP')}\nTeams をユーザーに展開するための準備として、[カスタマー サクセス キット](https://aka.ms/kit) を入手します。これには、次の便利なメール テンプレートが含まれています。\n`;
    expect(segmentsOf(ja, en)).toEqual([[ja.split('\n')[5], en.split('\n')[5]]]);
  });

  it('a link emptied of its text in the next sentence (MT damage) keeps the sentence pairs that show it', () => {
    const english = `${fm('en-US')}\nTeams sends [priority notifications](https://support.microsoft.com/x) every two minutes. A change notification follows.\n`;
    const german = `${fm('de-DE')}\nTeams sendet Prioritätsbenachrichtigungen alle zwei Minuten. [](https://support.microsoft.com/x) Eine Änderungsbenachrichtigung folgt.\n`;
    const { article } = parseArticle({ bytes: Buffer.from(pairWithEnglish(german, english).text), path: 'de-DE/a.md', relPath: 'a.md', root: 0, locale: 'de-DE' });
    expect(article.segments.map((s) => s.target)).toEqual(['Teams sendet Prioritätsbenachrichtigungen alle zwei Minuten.', '[](https://support.microsoft.com/x) Eine Änderungsbenachrichtigung folgt.']);
  });

  it('sentences that keep their links are still paired one by one', () => {
    const ja = `${fm('ja-JP')}\nTeams をユーザーに展開する準備はできましたか? [カスタマー サクセス キット](https://aka.ms/kit) を入手してください。これには便利なメール テンプレートが含まれています。\n`;
    expect(segmentsOf(ja, en).map(([, s]) => s)).toEqual(['Ready to roll out Teams to your users?', 'Get the [Customer Success Kit](https://aka.ms/kit), which contains these great email templates.']);
  });
});

describe('table cells', () => {
  const en = `${fm('en-US')}\n| Feature | Web | Mobile |\n|---|---|---|\n| Presenter join | Yes | N/A |\n`;

  it('a dash for the English\'s N/A is the cell: nothing missing', () => {
    const de = `${fm('de-DE')}\n| Feature | Web | Mobil |\n|---|---|---|\n| Beitritt als Referent | Ja | – |\n`;
    expect(diffs(de, en)).toEqual([]);
  });

  it('a row that lacks the cell still differs: the English row missing, the translated row extra', () => {
    const de = `${fm('de-DE')}\n| Feature | Web | Mobil |\n|---|---|---|\n| Beitritt als Referent | Ja |\n`;
    expect(diffs(de, en)).toEqual([['missing', 6, 8], ['extra', 8, 6]]);
  });
});

describe('a hard line break on one side where the other wraps softly', () => {
  // English line 6-7: a bold title and its image, one paragraph (one blank after the title: a soft break).
  const en = `${fm('en-US')}\nThe diagrams show the deployment.\n\n**Original legacy deployment** \n![Diagram showing before and after states](media/a.png)\n\nLast paragraph.\n`;

  it('a translated title that ends in two blanks, a backslash or `<br/>` joins the pair of its image: nothing extra', () => {
    for (const brk of ['  ', '\\', '<br/>']) {
      const de = `${fm('de-DE')}\nDie Diagramme zeigen die Bereitstellung.\n\n**Ursprüngliche Legacybereitstellung**${brk}\n ![Diagramm, das die Zustände zeigt](media/a.png)\n\nLetzter Absatz.\n`;
      const paired = pairWithEnglish(de, en);
      expect(paired.differences).toEqual([]);
      expect(paired.aligned).toBe(4);
      // One pair over both lines, the English's paragraph its English.
      expect(paired.text.split('\n')[7]).toBe(`<span data-ttu-id="lc-2">**Ursprüngliche Legacybereitstellung**${brk}`);
    }
  });

  it('the English with the hard break and the translation without it: the English pieces join, nothing missing', () => {
    const english = en.replace('deployment** \n', 'deployment**  \n');
    const de = `${fm('de-DE')}\nDie Diagramme zeigen die Bereitstellung.\n\n**Ursprüngliche Legacybereitstellung** ![Diagramm, das die Zustände zeigt](media/a.png)\n\nLetzter Absatz.\n`;
    expect(diffs(de, english)).toEqual([]);
  });

  it('a block the English lacks is still extra, after a hard break too (its length fits no better joined)', () => {
    // Lines 6, 8 and 10 before the title: an article's length, so that the extra sentence does not skew the ratio of
    // the two sides' lengths (a toy article of three blocks would read it as the translation's wordiness).
    const intro = 'This section describes the deployment of the voice system at the remote sites of the company.\n\n';
    const einf = 'Dieser Abschnitt beschreibt die Bereitstellung des Sprachsystems an den Remotestandorten des Unternehmens.\n\n';
    const english = en.replace('\n\nThe diagrams', `\n\n${intro.repeat(3)}The diagrams`);
    const de = `${fm('de-DE')}\n${einf.repeat(3)}Die Diagramme zeigen die Bereitstellung.\n\n**Ursprüngliche Legacybereitstellung** ![Diagramm, das die Zustände zeigt](media/a.png)  \nEin langer Satz, den das Englische nirgends hat, mit vielen Wörtern, die es nicht gibt, und noch mehr Wörtern dazu.\n\nLetzter Absatz.\n`;
    expect(diffs(de, english)).toEqual([['extra', 15, 14]]);
  });

  it('a cell that keeps the English\'s `<br>` inside a sentence with only the stop after it: its words went before the break', () => {
    // English line 8: `…in the Comments <br>column.` (`upgrade-plan-journey-discovery-questionnaire.md`, fr-FR);
    // the French keeps the break and writes `Commentaires` before it, with only the stop after it.
    const english = `${fm('en-US')}\n|Question|Answer|\n|---|---|\n|Is Exchange deployed?|For on-premises and hybrid deployments, make sure <br>you note the version and CU details in the Comments <br>column.|\n`;
    const french = `${fm('fr-FR')}\n|Question|Réponse|\n|---|---|\n|Exchange est-il déployé ?|Pour les déploiements locaux et hybrides, assurez-vous que <br>vous notez la version et les détails de la cu dans les Commentaires <br>.|\n`;
    expect(diffs(french, english)).toEqual([]);
    // A French cell without any `<br>` against the English cut once: the English's two pieces are its one piece.
    const once = english.replace('make sure <br>you', 'make sure you');
    expect(diffs(french.replace('que <br>vous', 'que vous').replace('Commentaires <br>.', 'Commentaires de la colonne.'), once)).toEqual([]);
    // The words after the break are text, not a stop: they pair with the English's piece, nothing is missing either.
    expect(diffs(french.replace('Commentaires <br>.', 'Commentaires <br>colonne.'), english)).toEqual([]);
    // The same cell of another row (line 117 of that file): the French piece is as long as the English's first piece
    // alone, which lengths cannot tell from the two joined; one word after the break joins all the same.
    const en117 = `${fm('en-US')}\n|Question|Answer|\n|---|---|\n|Which features do you <br>currently depend on? <br/>Note any additional dependencies in the Comments <br>column.|Busy options|\n`;
    const fr117 = `${fm('fr-FR')}\n|Question|Réponse|\n|---|---|\n|Quelles fonctionnalités ? <br>vous en dépendez ? <br/>Notez les dépendances supplémentaires dans les Commentaires <br>.|Options occupé(s)|\n`;
    expect(diffs(fr117, en117)).toEqual([]);
  });

  it('a cell that keeps the break and its stop but lost the words after it: the English piece is still missing', () => {
    // `Environmental-discovery-for-Microsoft-Teams-rollout.md`, zh-CN: `…note the details <br/>in the Comments column.`
    // against `…请记下详细信息 <br/>。`: the piece before the break is as long as its English alone, not with the
    // words after the break.
    const english = `${fm('en-US')}\n|Question|Answer|\n|---|---|\n|What is the current forest <br/>functional level? <br/>If there's more than one forest, note the details <br/>in the Comments column.|Windows Server 2016|\n`;
    const chinese = `${fm('zh-CN')}\n|问题|答案|\n|---|---|\n|当前林是什么 <br/>功能级别？ <br/>如果多个林，请记下详细信息 <br/>。|Windows Server 2016|\n`;
    expect(diffs(chinese, english)).toEqual([['missing', 8, 8]]);
    // One word after the English's break where the translation has no break there: a piece of its own, missing.
    const oneWord = english.replace('<br/>in the Comments column.', '<br/>column.');
    expect(diffs(chinese.replace(' <br/>。', '。'), oneWord)).toEqual([['missing', 8, 8]]);
  });

  it('a title without a hard break after it is a paragraph of its own: still extra when the English lacks it', () => {
    const de = `${fm('de-DE')}\nDie Diagramme zeigen die Bereitstellung.\n\n**Ursprüngliche Legacybereitstellung**\n\n![Diagramm, das die Zustände zeigt](media/a.png)\n\nLetzter Absatz.\n`;
    const english = en.replace('**Original legacy deployment** \n', '');
    expect(diffs(de, english)).toEqual([['extra', 8, 6]]);
  });
});

describe('a sentence the English moved out of a heading that the translated heading still says', () => {
  // `direct-routing-enable-users.md` (Teams, 2021-07-08): the English split its heading into a heading (line 6) and a
  // sentence (line 8); the translations still have the old heading, and its anchor spells it out.
  const en = `${fm('en-US')}\n## Ensure that the user is homed online \n\nThis step is applicable to Skype for Business Server Enterprise Voice enabled users being migrated to Teams Direct Routing.\n\nDirect Routing requires the user to be homed online.\n`;
  const anchor = '<a name="ensure-that-the-user-is-homed-online-applicable-for-skype-for-business-server-enterprise-voice-enabled-users-being-migrated-to-teams-direct-routing"></a>';
  const fr = `${fm('fr-FR')}\n## ${anchor}Vérifier que l’utilisateur est homed online (applicable Skype Entreprise Server Voix Entreprise utilisateurs en cours de migration vers Teams routage direct)\n\nLe routage direct nécessite que l’utilisateur soit domicile en ligne.\n`;

  it('the anchor of the translated heading holds the words of the missing sentence: said already, not missing', () => {
    expect(diffs(fr, en)).toEqual([['missing', 6, 8, 'said']]);
  });

  it('without that anchor, or with the anchor of the heading as it is today, the sentence is missing (line 6)', () => {
    expect(diffs(fr.replace(anchor, ''), en)).toEqual([['missing', 6, 8]]);
    expect(diffs(fr.replace(anchor, '<a name="ensure-that-the-user-is-homed-online"></a>'), en)).toEqual([['missing', 6, 8]]);
  });

  it('an anchor that holds other words than the missing block\'s does not explain it', () => {
    const other = en.replace('This step is applicable to Skype for Business Server Enterprise Voice enabled users being migrated to Teams Direct Routing.', 'Run the cmdlet below once for each user you move, then wait an hour.');
    expect(diffs(fr, other)).toEqual([['missing', 6, 8]]);
  });
});

describe('table rows the English reordered since the translation', () => {
  // The English rows of `meeting-expiration.md` (Teams, 2021-07-08), lines 6-11 here: a header, the delimiter, four rows.
  const rowsEn = [
    '|Expire private Meet now meetings started by a user&nbsp;&nbsp;|Turn off **Allow Meet now in private meetings**.&nbsp;&nbsp;|No one can join private **Meet now** meetings started by the user.|',
    '|Expire private meetings scheduled by a user&nbsp;&nbsp;|Turn off **Allow scheduling private meetings** _and_ turn off **Allow the Outlook add-in**. &nbsp;&nbsp;|No one can join private meetings scheduled by the user. This prevents people from joining the following meetings:<ul><li>Private meetings that occurred in the past.</li><li>Private meetings that are scheduled for the future and have not yet occurred.</li><li>Future instances of recurring private meetings.</li></ul><br>Both **Allow scheduling private meetings** and **Allow the Outlook add-in** must be off to expire private meetings scheduled by a user. If one setting is off and the other is on, meeting join links and conference IDs of existing meetings remain active and won\'t be expired.|',
    '|Expire channel **Meet now** meetings started by a user&nbsp;&nbsp;|Turn off **Allow Meet now in channels** _and_ turn off **Allow channel meeting scheduling**.&nbsp;&nbsp;|No one can join channel **Meet now** meetings started by the user.|',
    '|Expire channel meetings scheduled by a user&nbsp;&nbsp;|Turn off **Allow channel meeting scheduling**.&nbsp;&nbsp;|No one can join channel meetings scheduled by the user. This prevents people from joining the following meetings:<ul><li>Channel meetings that occurred in the past.</li><li>Channel meetings that are scheduled for the future and haven\'t yet occurred.</li><li>Future instances of recurring channel meetings.</li></ul>|',
  ];
  // Its German, in the translation's order (the rows the English had then): the channel rows first, then the private
  // ones reversed.
  const rowsDe = [
    '|Kanal läuft ab Besprechungen jetzt beginnen von einem Benutzer  |Deaktivieren Sie **Meet Now in Channels zulassen.**|Niemand kann an Kanalbesprechungen teilnehmen, die vom Benutzer gestartet wurden.         |',
    '|Ablaufen von Kanalbesprechungen, die von einem Benutzer geplant wurden   |Deaktivieren Sie **Kanal-Besprechungsplanung zulassen.**         |Niemand kann an Kanalbesprechungen teilnehmen, die vom Benutzer geplant wurden. Dadurch wird verhindert, dass Benutzer den folgenden Personen beitreten:<ul><li>Kanalbesprechungen, die in der Vergangenheit stattgefunden haben.</li> <li>Kanalbesprechungen, die für die Zukunft geplant sind und noch nicht stattgefunden haben.</li><li>Zukünftige Instanzen von Besprechungsserien in Kanälen.</li></ul>       |',
    '|Ablauf von privaten Besprechungen, die von einem Benutzer geplant wurden    |Deaktivieren Sie **Die Planung privater Besprechungen zulassen,**  und deaktivieren Sie **Outlook-Add-In zulassen.**          |Niemand kann an privaten, vom Benutzer geplanten Besprechungen teilnehmen. Dadurch wird verhindert, dass Benutzer den folgenden Personen beitreten: <ul><li>Private Besprechungen, die in der Vergangenheit stattgefunden haben.</li> <li>Private Besprechungen, die für die Zukunft geplant sind und noch nicht stattgefunden haben.</li><li>Zukünftige Instanzen von besprechungsserien privaten Besprechungen.</li></ul> Sowohl **Das Planen privater Besprechungen** zulassen als auch das **Add-Outlook-Add-Ins** muss deaktiviert sein, damit private, von einem Benutzer geplante Besprechungen ablaufen. Wenn eine Einstellung deaktiviert und die andere aktiviert ist, bleiben Besprechungslinks und Konferenz-IDs vorhandener Besprechungen aktiv und laufen nicht ab.      |',
    '|Ablaufen von privaten "Jetzt treffen"-Besprechungen, die von einem Benutzer gestartet wurden  |Deaktivieren Sie **"Sofortbesprechung in privaten Besprechungen zulassen"**.          |Niemand kann an privaten Besprechungen teilnehmen, die vom Benutzer gestartet wurden.         |',
  ];
  const table = (head: string, rows: readonly string[]): string => `${head}\n|---|---|---|\n${rows.join('\n')}\n`;
  const en = `${fm('en-US')}\n${table('|If you want to...|Do this|Meeting join behavior|', rowsEn)}\nLast paragraph.\n`;
  const deOf = (rows: readonly string[]): string => `${fm('de-DE')}\n${table('|Sie möchten ...|So geht\'s|Besprechungs-Joinverhalten|', rows)}\nLetzter Absatz.\n`;
  const firstPairs = (paired: string): string[] =>
    paired.split('\n').slice(7, 11).map((l) => /data-stu-id="[^"]*">([^<]{0,30})/.exec(l)?.[1] ?? '');

  it('pairs each translated row with the English row of its shape: nothing missing or extra', () => {
    const paired = pairWithEnglish(deOf(rowsDe), en);
    expect(paired.differences).toEqual([]);
    const english = firstPairs(paired.text);
    // The rows with a list pair with theirs; the two short rows (one shape, lengths that MT changed: `Meet Now in
    // Channels zulassen` lost half its English) pair with the two short English rows.
    expect(english.slice(1, 3)).toEqual(['Expire channel meetings schedu', 'Expire private meetings schedu']);
    expect([english[0], english[3]].sort()).toEqual(['Expire channel **Meet now** me', 'Expire private Meet now meetin']);
  });

  it('a row the translation lacks is still missing (on the row before, naming the English row), a row it adds extra', () => {
    // Rows of three shapes (one, three and four pieces), the English's lines 10-12; the German reorders them and
    // lacks the calls row (English line 11): reported on the German row before it in the English's order (line 11).
    const english = `${fm('en-US')}\nThe policies and what they do.\n\n|Policy|Effect|\n|---|---|\n|Allow chat|Users can chat with each other.|\n|Allow calls|Users can call:<ul><li>One to one.</li><li>In groups.</li></ul>|\n|Allow meetings|Users can meet:<ul><li>In channels.</li><li>In private meetings.</li><li>Right now.</li></ul>|\n\nLast paragraph.\n`;
    const rows = {
      chat: '|Chat zulassen|Benutzer können miteinander chatten.|',
      calls: '|Anrufe zulassen|Benutzer können anrufen:<ul><li>Einzeln.</li><li>In Gruppen.</li></ul>|',
      meet: '|Besprechungen zulassen|Benutzer können sich treffen:<ul><li>In Kanälen.</li><li>In privaten Besprechungen.</li><li>Sofort.</li></ul>|',
    };
    const german = (keys: (keyof typeof rows)[]): string =>
      `${fm('de-DE')}\nDie Richtlinien und was sie bewirken.\n\n|Richtlinie|Wirkung|\n|---|---|\n${keys.map((k) => rows[k]).join('\n')}\n\nLetzter Absatz.\n`;
    expect(diffs(german(['meet', 'chat', 'calls']), english)).toEqual([]);
    expect(diffs(german(['meet', 'chat']), english)).toEqual([['missing', 11, 11]]);
    const added = deOf([...rowsDe, '|Eine Zeile, die das Englische nicht hat|Tun Sie nichts.|Nichts geschieht.|']);
    // Extra on its line (12), after the English row its German row before translates (line 8, the English's first).
    expect(diffs(added, en)).toEqual([['extra', 12, 8]]);
  });

  it('rows whose key cells agree stay in order, however the lengths of their other cells differ', () => {
    const english = `${fm('en-US')}\n|Name|Value|\n|---|---|\n|Alpha|One long value here|\n|Beta|Two|\n|Gamma|Three values|\n`;
    const german = `${fm('de-DE')}\n|Name|Wert|\n|---|---|\n|Alpha|Zwei|\n|Beta|Ein langer Wert hier drin|\n|Gamma|Drei Werte|\n`;
    expect(pairWithEnglish(german, english).text.split('\n').slice(7, 9).map((l) => /data-stu-id="[^"]*">([^<]*)/.exec(l)?.[1])).toEqual(['Alpha', 'Beta']);
  });
});

describe('an article of 2,900 blocks on each side (8.4 million pairs) is aligned by fit, not by the diff', () => {
  // Line 6 + 2k: paragraph k; paragraph 1,000 of the translation has its name re-cased by MT (`WiFI`), and a paragraph
  // the English lacks follows it. The diff would leave both unpaired (a run of one removed, two added).
  const n = 2900;
  const en = `${fm('en-US')}\n${Array.from({ length: n }, (_, k) => `Step ${k} uses the WiFi network.`).join('\n\n')}\n`;
  const paras = Array.from({ length: n }, (_, k) => (k === 1000 ? `Schritt ${k} nutzt das WiFI-Netz.\n\nEin Absatz, den das Englische nicht hat.` : `Schritt ${k} nutzt das WiFi-Netz.`));
  const de = `${fm('de-DE')}\n${paras.join('\n\n')}\n`;

  it('the re-cased paragraph pairs with its English; only the paragraph the English lacks is extra (line 2,008)', () => {
    expect(diffs(de, en)).toEqual([['extra', 6 + 2 * 1001, 6 + 2 * 1000]]);
  }, 60_000);
});

describe('blocks MT rewrites in markup: still the same block', () => {
  it('a note paragraph `> *If…` that the translation writes as a list item `> * SBC…` pairs; a note the English lacks stays extra', () => {
    const en = `${fm('en-US')}\nThe certificates are listed below.\n\n> [!NOTE]\n> *If Mutual TLS (MTLS) support is enabled, you must install the Baltimore root certificate.\n\nLast paragraph.\n`;
    const ja = `${fm('ja-JP')}\n証明書を以下に示します。\n\n> [!NOTE]\n> * 相互 TLS (MTLS) のサポートが有効になっている場合は、Baltimore ルート証明書をインストールする必要があります。\n\n最後の段落。\n`;
    expect(diffs(ja, en)).toEqual([]);
    const extra = ja.replace('最後の段落。', '> [!TIP]\n> * 英語にはない注記で、長い説明がここに続きます。\n\n最後の段落。');
    expect(diffs(extra, en)).toEqual([['extra', 12, 9]]);
  });

  it('a label MT bracketed before its sentence (`- [並べて選択]: 電話会議…`) is prose, not a link reference definition; a definition is not', () => {
    const en = `${fm('en-US')}\n- **Choose Teams Go Big**: In new organizations, adopt Teams at once.\n- **Choose Side by Side**: For organizations that use Skype for Business.\n`;
    const ja = `${fm('ja-JP')}\n- **Teams Go Big を選択する**: 新しい組織では、Teams を一度に導入します。\n- [並べて選択]: Skype for Business を使用している組織の場合。\n`;
    expect(diffs(ja, en)).toEqual([]);
    const es = `${fm('es-ES')}\n- **Elegir Teams Go Big**: en organizaciones nuevas, adopte Teams de una vez.\n[side]: https://example.com/side "Side by Side"\n`;
    // The definition is no block: one translated block, the English's other one missing.
    expect(pairWithEnglish(es, en).units).toBe(1);
    expect(diffs(es, en)).toHaveLength(1);
  });

  it('a link whose text holds brackets (`[[電話会議] Microsoft Teams ダイヤル プラン](…)`) pairs inside its text as its English does', () => {
    const en = `${fm('en-US')}\n|Task|Link|\n|---|---|\n|Dial plans|[Dial Plans in Microsoft Teams Audio Conferencing](./dial-plans.md)|\n`;
    const ja = `${fm('ja-JP')}\n|タスク|リンク|\n|---|---|\n|ダイヤル プラン|[[電話会議] Microsoft Teamsダイヤル プラン](./dial-plans.md)|\n`;
    const paired = pairWithEnglish(ja, en);
    expect(paired.differences).toEqual([]);
    expect(paired.text).toContain('[<span data-ttu-id="lc-4">[電話会議] Microsoft Teamsダイヤル プラン</span><span class="sxs-lookup"><span data-stu-id="lc-4">Dial Plans in Microsoft Teams Audio Conferencing</span></span>](./dial-plans.md)');
    // A link that lost its destination's brackets is text, not a link: it does not pair inside (a cell all the same).
    expect(diffs(ja.replace('](./dial-plans.md)', ']'), en)).toEqual([]);
    // An image as a link's text is paired whole, link and all, as the bilingual format pairs it.
    const image = (alt: string): string => `${fm('de-DE')}\n[![${alt}](./media/a.png)](./media/a.png)\n`;
    expect(pairWithEnglish(image('Ergebnisse bestätigen'), image('Confirming outcomes')).text).toContain('<span data-ttu-id="lc-1">[![Ergebnisse bestätigen](./media/a.png)](./media/a.png)</span>');
    // So is a link as a link's text (MT damage: `[[Zuweisen…](a.md).](a.md)`), against the English link whole.
    const en2 = `${fm('en-US')}\n[Assign a phone number](./a.md)\n`;
    const de2 = `${fm('de-DE')}\n[[Telefonnummer zuweisen](./a.md).](./a.md)\n`;
    expect(pairWithEnglish(de2, en2).text).toContain('<span data-ttu-id="lc-1">[[Telefonnummer zuweisen](./a.md).](./a.md)</span><span class="sxs-lookup"><span data-stu-id="lc-1">[Assign a phone number](./a.md)</span></span>');
  });
});
