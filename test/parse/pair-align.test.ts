// Paired mode (issue #22): a translation-only article aligned block by block with its English article.
import { describe, expect, it } from 'vitest';
import { align, pairWithEnglish, pairedColumns, sentencesOf, unitsOf } from '../../src/parse/pair-align.js';
import { parseArticle } from '../../src/parse/article.js';
import { linkMismatch } from '../../src/checks/link-mismatch.js';
import { runCheckOnTree } from '../helpers/check-tester.js';

const fm = (locale: string): string => `---\ntitle: T\nms.contentlocale: ${locale}\n---\n`;
const EN = `${fm('en-US')}
# <a name="setup"></a>Set up the server

Run Set-CsUser with the version 8.3 and [the guide](guide.md).

- Open **Settings**.
- Select port 443.

| Name | Value |
|---|---|
| AppName | Teams |

\`\`\`powershell
Get-CsUser -Identity x
\`\`\`
`;
const DE = `${fm('de-DE')}
# <a name="setup"></a>Den Server einrichten

Führen Sie Set-CsUser mit der Version 8,3 und [dem Leitfaden](guide.md) aus.

- Öffnen Sie **Einstellungen**.
- Wählen Sie Port 443.

| Name | Wert |
|---|---|
| AppName | Teams |

\`\`\`powershell
Get-CsUser -Identity x
\`\`\`
`;

describe('pairWithEnglish', () => {
  it('pairs headings, paragraphs, list items and table cells on the translation\'s own lines; code and front matter stay', () => {
    const paired = pairWithEnglish(DE, EN);
    expect(paired.units).toBe(8);
    expect(paired.aligned).toBe(8);
    const lines = paired.text.split('\n');
    expect(lines.length).toBe(DE.split('\n').length);
    expect(lines[5]).toBe('# <a name="setup"></a><span data-ttu-id="lc-1">Den Server einrichten</span><span class="sxs-lookup"><span data-stu-id="lc-1">Set up the server</span></span>');
    expect(lines[9]).toContain('- <span data-ttu-id="lc-3">Öffnen Sie **Einstellungen**.</span><span class="sxs-lookup"><span data-stu-id="lc-3">Open **Settings**.</span></span>');
    expect(lines[17]).toBe('Get-CsUser -Identity x');
    expect(lines.slice(0, 4)).toEqual(DE.split('\n').slice(0, 4));
  });

  it('reads back as bilingual segments, each with the translation and its English', () => {
    const { article } = parseArticle({ bytes: Buffer.from(pairWithEnglish(DE, EN).text), path: 'de-DE/a.md', relPath: 'a.md', root: 0, locale: 'de-DE' });
    expect(article.segments.map((s) => [s.line, s.target, s.source])).toEqual([
      [6, 'Den Server einrichten', 'Set up the server'],
      [8, 'Führen Sie Set-CsUser mit der Version 8,3 und [dem Leitfaden](guide.md) aus.', 'Run Set-CsUser with the version 8.3 and [the guide](guide.md).'],
      [10, 'Öffnen Sie **Einstellungen**.', 'Open **Settings**.'],
      [11, 'Wählen Sie Port 443.', 'Select port 443.'],
      [13, 'Name', 'Name'],
      [13, 'Wert', 'Value'],
      [15, 'AppName', 'AppName'],
      [15, 'Teams', 'Teams'],
    ]);
  });

  it('a block the English does not have stays unpaired; the others still align around it', () => {
    const extra = DE.replace('- Wählen Sie Port 443.', '- Wählen Sie Port 443.\n\nEin Absatz, den das Englische nicht hat.');
    const paired = pairWithEnglish(extra, EN);
    expect(paired.units).toBe(9);
    expect(paired.aligned).toBe(8);
    expect(paired.text).toContain('\nEin Absatz, den das Englische nicht hat.\n');
  });

  it('an article without prose has no unit to pair: its code block is a code unit, never written as a pair', () => {
    expect(unitsOf('---\ntitle: x\n---\n\n```\ncode\n```\n').map((u) => [u.kind, u.text])).toEqual([['code', 'code']]);
  });
});

describe('pairWithEnglish: what does not align (issue #22 c)', () => {
  const en = `${fm('en-US')}\n# Set up\n\nFirst paragraph with AppName.\n\nA paragraph the translation lost, with Set-CsUser.\n\n\`\`\`powershell\nGet-CsUser -Identity x\n\`\`\`\n\nLast paragraph.\n`;
  const de = `${fm('de-DE')}\n# Einrichten\n\nErster Absatz mit AppName.\n\n\`\`\`powershell\n# Kommentar übersetzt\nGet-CsUser -Identity y\n\`\`\`\n\nLetzter Absatz.\n\nEin Absatz, den das Englische nicht hat.\n`;

  it('reports the English block the translation lacks, the block it adds, and the code that differs (comments aside)', () => {
    const { differences } = pairWithEnglish(de, en);
    expect(differences.map((d) => [d.kind, d.line, d.englishLine, d.count, d.text, d.expected])).toEqual([
      // Reported on the translated block before the gap (line 8), from the English's line 10.
      ['missing', 8, 10, 1, 'A paragraph the translation lost, with Set-CsUser.', undefined],
      // The code line that differs, on the translation's own line (the translated comment is no difference).
      ['code', 12, 13, 1, 'Get-CsUser -Identity y', 'Get-CsUser -Identity x'],
      ['extra', 17, 16, 1, 'Ein Absatz, den das Englische nicht hat.', undefined],
    ]);
  });

  it('a paragraph the English wraps over lines, a setext heading and an anchor before the translated heading still align', () => {
    const english = `${fm('en-US')}\nSet up the server\n=================\n\nRun the setup program and\nrestart the server.\n`;
    const german = `${fm('de-DE')}\n<a name="set-up-the-server"></a>Den Server einrichten\n=================\n\nFühren Sie das Setup aus und starten Sie den Server neu.\n`;
    const paired = pairWithEnglish(german, english);
    expect(paired.differences).toEqual([]);
    expect(paired.aligned).toBe(2);
    const { article } = parseArticle({ bytes: Buffer.from(paired.text), path: 'de-DE/a.md', relPath: 'a.md', root: 0, locale: 'de-DE' });
    expect(article.segments.map((s) => [s.line, s.target, s.source.replace(/\s+/g, ' ')])).toEqual([
      [6, 'Den Server einrichten', 'Set up the server'],
      [9, 'Führen Sie das Setup aus und starten Sie den Server neu.', 'Run the setup program and restart the server.'],
    ]);
  });

  it('a paragraph the English wraps over lines keeps the lines after it where the translation has them', () => {
    const english = `${fm('en-US')}\nRun the setup program and\nrestart the server\nwhen it asks.\n\n| Name | Value |\n|---|---|\n| Owner | TBA |\n`;
    const spanish = `${fm('es-ES')}\nEjecute el programa de instalación y reinicie el servidor cuando lo pida.\n\n| Nombre | Valor |\n|---|---|\n| Propietario | Por añadir |\n`;
    const paired = pairWithEnglish(spanish, english);
    expect(paired.text.split('\n')).toHaveLength(spanish.split('\n').length);
    const { article } = parseArticle({ bytes: Buffer.from(paired.text), path: 'es-ES/a.md', relPath: 'a.md', root: 0, locale: 'es-ES' });
    const lineOf = (target: string): number | undefined => article.segments.find((s) => s.target === target)?.line;
    expect(lineOf('Por añadir')).toBe(spanish.split('\n').findIndex((l) => l.includes('Por añadir')) + 1);
  });

  it('table cells cut at <br> pair piece by piece; list continuation lines indented four are prose, not code', () => {
    const english = `${fm('en-US')}\n| A | B |\n|---|---|\n| Name | First line.<br/>**Example:** Contoso |\n\n1. Open the page.\n\n    Then select **OK**.\n`;
    const german = `${fm('de-DE')}\n| A | B |\n|---|---|\n| Name | Erste Zeile.<br/>**Beispiel:** Contoso |\n\n1. Öffnen Sie die Seite.\n\n    Wählen Sie dann **OK** aus.\n`;
    const paired = pairWithEnglish(german, english);
    expect(paired.differences).toEqual([]);
    const { article } = parseArticle({ bytes: Buffer.from(paired.text), path: 'de-DE/a.md', relPath: 'a.md', root: 0, locale: 'de-DE' });
    expect(article.segments.map((s) => [s.target, s.source])).toEqual([
      ['A', 'A'],
      ['B', 'B'],
      ['Name', 'Name'],
      ['Erste Zeile.', 'First line.'],
      ['**Beispiel:** Contoso', '**Example:** Contoso'],
      ['Öffnen Sie die Seite.', 'Open the page.'],
      ['Wählen Sie dann **OK** aus.', 'Then select **OK**.'],
    ]);
  });

  it('sentences: Arabic without capitals, Thai without stops, a parenthesis after the stop', () => {
    const en = `${fm('en-US')}\nSelect the rule. This is the rule with the highest number.\n\nOpen the page. Then select OK.\n\n(By default, all are selected.) This reflects the logic.\n`;
    const tr = `${fm('ar-SA')}\nحدد قاعدة كانبان التي تم إنشاؤها مسبقًا. هذه هي قاعدة كانبان مع الرقم الأعلى.\n\nเปิดหน้า  จากนั้นเลือก ตกลง\n\n(بشكل افتراضي، يتم تحديد الكل.) ويعكس هذا السلوك المنطق.\n`;
    const { article } = parseArticle({ bytes: Buffer.from(pairWithEnglish(tr, en).text), path: 'ar-SA/a.md', relPath: 'a.md', root: 0, locale: 'ar-SA' });
    expect(article.segments.map((s) => [s.target, s.source])).toEqual([
      ['حدد قاعدة كانبان التي تم إنشاؤها مسبقًا.', 'Select the rule.'],
      ['هذه هي قاعدة كانبان مع الرقم الأعلى.', 'This is the rule with the highest number.'],
      ['เปิดหน้า', 'Open the page.'],
      ['จากนั้นเลือก ตกลง', 'Then select OK.'],
      ['(بشكل افتراضي، يتم تحديد الكل.) ويعكس هذا السلوك المنطق.', '(By default, all are selected.) This reflects the logic.'],
    ]);
  });
});

// Sentences are aligned by their fixpoints as well as their lengths (issue #22 equivalence test): a link both blocks
// have belongs in the same pair on both sides. By length alone, these paired a sentence with its neighbour's link.
describe('pairWithEnglish: sentences aligned by their fixpoints', () => {
  const segmentsOf = (tr: string, en: string, locale: string): [string, string][] =>
    parseArticle({ bytes: Buffer.from(pairWithEnglish(tr, en).text), path: `${locale}/a.md`, relPath: 'a.md', root: 0, locale }).article.segments.map((s) => [s.target, s.source]);
  const linksFound = (tr: string, en: string, locale: string): string[] =>
    runCheckOnTree(linkMismatch, { [`${locale}/a.md`]: pairWithEnglish(tr, en).text }).map((f) => `${f.path}:${f.line} ${f.ruleId}/${f.messageId}`);
  // From sfb's zh-CN lync-server-2013-configure-support-for-allowed-external-domains.md: three sentences on each side,
  // the Chinese ones much shorter than the English, the second and third each holding one HTML link.
  const EN3 = `${fm('en-US')}\n> This procedure describes how to configure support for specific domains, but implementing support for federated users also requires that you enable support for federated users for your organization, and configure and apply policies to control which users can collaborate with federated users. For details about enabling support for federated users, see <A href="remote.md">Enable or disable remote user access in Lync Server 2013</A>. For details about configuring policies to control federation, see <A href="policies.md">Configure policies to control federated user access in Lync Server 2013</A>.\n`;
  const ZH3 = (second: string): string =>
    `${fm('zh-CN')}\n> 此过程描述如何配置对特定域的支持，但是实施对联盟用户的支持还需要组织启用对联盟用户的支持，并配置和应用策略以控制可与联盟用户协作的用户。 ${second} 有关配置用于控制联合的策略的详细信息，请参阅 <A href="policies.md">在 Lync Server 2013 中配置用于控制联合用户访问的策略</A>。\n`;

  it('three sentences each: one to one, each link with its own sentence, no link-mismatch', () => {
    const zh = ZH3('有关启用对联合用户的支持的详细信息，请参阅 <A href="remote.md">在 Lync Server 2013 中启用或禁用远程用户访问</A>。');
    expect(segmentsOf(zh, EN3, 'zh-CN').map(([t, e]) => [t.slice(0, 8), e.slice(0, 20)])).toEqual([
      ['此过程描述如何配', 'This procedure descr'],
      ['有关启用对联合用', 'For details about en'],
      ['有关配置用于控制', 'For details about co'],
    ]);
    expect(linksFound(zh, EN3, 'zh-CN')).toEqual([]);
  });

  // From sfb's zh-CN lync-server-2013-modify-the-default-dial-in-conferencing-pin-settings.md: the third sentence holds a
  // link whose destination (86 characters) both sides carry as is. Read in the Chinese's length, it made that sentence
  // look long enough to take the English's second and third, and the first two Chinese ones were paired with the
  // first English one.
  it('a long link destination weighs nothing in a sentence\'s length: three sentences each, one to one', () => {
    const dest = 'lync-server-2013-create-or-modify-dial-in-conferencing-pin-settings-for-a-site-or-group-of-users.md';
    const en = `${fm('en-US')}\nThe global PIN policy defines the rules for dial-in conferencing PINs at the forest level. Follow these steps to modify the global dial-in conferencing PIN policy. For details about creating or modifying a dial-in conferencing PIN policy at the site or user level, see [Create or modify dial-in conferencing PIN settings in Lync Server 2013 for a site or group of users](${dest}).\n`;
    const zh = `${fm('zh-CN')}\n全局 PIN 策略在林级别定义电话拨入式会议 PIN 的规则。 按照以下步骤修改全局电话拨入式会议 PIN 策略。 有关在站点或用户级别创建或修改电话拨入式会议 PIN 策略的详细信息，请参阅 [在 Lync Server 2013 for a site or users 组中创建或修改电话拨入式会议 pin 设置](${dest})。\n`;
    expect(segmentsOf(zh, en, 'zh-CN').map(([t, e]) => [t.slice(0, 8), e.slice(0, 12), e.slice(-6)])).toEqual([
      ['全局 PIN 策', 'The global P', 'level.'],
      ['按照以下步骤修改', 'Follow these', 'olicy.'],
      ['有关在站点或用户', 'For details ', 's.md).'],
    ]);
  });

  // From the real Teams pair's de-DE easy-policy-setup-edu.md: MT lost the link's text and moved the empty link to the
  // start of the next sentence. The empty link is no fixpoint: the sentences stay one to one, and link-mismatch reports
  // the damage (judged true on the real pair) instead of a pair of two sentences that hides it.
  it('an empty link MT moved into the next sentence is no fixpoint: the damage is still reported', () => {
    const en = `${fm('en-US')}\nThe wizard assigns policies to your staff group using a [group assignment ranking](assign-policies.md#ranking) of 1, which is the highest ranking. If your staff group has an existing policy, that policy is moved to a lower ranking.\n`;
    const de = `${fm('de-DE')}\nDer Assistent weist Ihrer Mitarbeitergruppe Richtlinien mit der Rangfolge "1" für Gruppenzuweisungen zu, die höchste Einstufung. [](assign-policies.md#ranking) Wenn Ihrer Mitarbeitergruppe eine Richtlinie zugewiesen ist, wird diese in eine niedrigere Rangfolge verschoben.\n`;
    expect(segmentsOf(de, en, 'de-DE').map(([t, e]) => [t.slice(0, 12), e.slice(0, 12)])).toEqual([
      ['Der Assisten', 'The wizard a'],
      ['[](assign-po', 'If your staf'],
    ]);
    expect(linksFound(de, en, 'de-DE')).toEqual(['de-DE/a.md:6 link-mismatch/dropped', 'de-DE/a.md:6 link-mismatch/added']);
  });

  it('a link the translation really dropped is still reported, on its line', () => {
    const zh = ZH3('有关启用对联合用户的支持的详细信息，请参阅在 Lync Server 2013 中启用或禁用远程用户访问。');
    expect(linksFound(zh, EN3, 'zh-CN')).toEqual(['zh-CN/a.md:6 link-mismatch/dropped']);
  });

  // From sfb's es-ES upgrade-to-Teams-on-prem-upgrade-methods.md: the Spanish stops after `(Consulte […](…)).` where
  // the English reads `(See […](…).)  For example` as one sentence, and the English stops at `User B. When` where the
  // Spanish does not. Two sentences against two (2–2) keep the link and the name `TeamsOnly` each in its group, the
  // rest stay one to one.
  it('two sentences cut elsewhere on each side pair two to two, the link inside', () => {
    const en = `${fm('en-US')}\nHowever, recipients may continue to receive chats. This is because the client keeps separate threads.  (See [Teams Conversations](coexistence.md#threads).)  For example, assume User A uses Teams to message TeamsOnly User B. When User B replies, the chat lands in User A's Teams client. Now assume User A uses the Skype for Business client to message TeamsOnly User B, who gets it in Teams as a separate conversation. If User B replies to this conversation, it lands in Skype for Business.\n`;
    const es = `${fm('es-ES')}\nSin embargo, los destinatarios pueden seguir recibiendo chats.  Esto se debe a que el cliente mantiene hilos independientes.  (Consulte [conversaciones de Teams](coexistence.md#threads)).  Por ejemplo, supongamos que el usuario A usa Teams para enviar un mensaje al usuario TeamsOnly B. Cuando el usuario B responda, la conversación se situará en el cliente de Teams del usuario A. Supongamos que el usuario A usa el cliente de Skype Empresarial para enviar un mensaje al usuario TeamsOnly B, que lo recibe en Teams como conversación independiente. Si el usuario B responde a esta conversación, llega a Skype Empresarial.\n`;
    expect(segmentsOf(es, en, 'es-ES').map(([t, e]) => [t.slice(0, 12), e.slice(0, 12), e.slice(-12)])).toEqual([
      ['Sin embargo,', 'However, rec', 'ceive chats.'],
      ['Esto se debe', 'This is beca', 'ate threads.'],
      ['(Consulte [c', '(See [Teams ', 'onversation.'],
      ['Si el usuari', 'If User B re', 'or Business.'],
    ]);
    expect(linksFound(es, en, 'es-ES')).toEqual([]);
  });
});

// Where the bilingual format ends a sentence, and where it does not (issue #22 equivalence test: the bilingual
// reading's segments of sfb).
describe('sentencesOf: the bilingual format\'s sentence ends', () => {
  const cut = (text: string): string[] => sentencesOf(text).map((s) => text.slice(s.start, s.end));

  it('after an escaped placeholder that follows a stop (`lyncdiscover.\\<sipdomain\\> and…`), not inside one', () => {
    expect(cut('If already assigned, the lyncdiscover.\\<sipdomain\\> and lyncdiscoverinternal.\\<sipdomain\\> records.')).toEqual([
      'If already assigned, the lyncdiscover.\\<sipdomain\\>',
      'and lyncdiscoverinternal.\\<sipdomain\\>',
      'records.',
    ]);
    expect(cut('Type lyncdiscover.\\<sipdomain\\>, then select OK.')).toEqual(['Type lyncdiscover.\\<sipdomain\\>, then select OK.']);
  });

  it('`No.` before a word is the answer, before a number the abbreviation', () => {
    expect(cut('No. The tools only create users.')).toEqual(['No.', 'The tools only create users.']);
    expect(cut('See No. 5 in the list.')).toEqual(['See No. 5 in the list.']);
  });

  it('a single letter that is all of its sentence is a label (`A. No`); inside a sentence an initial (`User B. When`)', () => {
    expect(cut('A. No, it does not.')).toEqual(['A.', 'No, it does not.']);
    expect(cut('Assume User A messages User B. When User B replies, it lands in Teams.')).toEqual(['Assume User A messages User B. When User B replies, it lands in Teams.']);
    expect(cut('Avg. Disk Read \\< 10 ms')).toEqual(['Avg. Disk Read \\< 10 ms']);
  });

  // sfb's de-DE lync-server-2013-configuring-video-bandwidth.md and dyn365's calculate-item-forecast.md,
  // pt-BR lync-server-2013-create-a-dial-plan.md (the equivalence test's misses).
  it('a letter after a slash is a unit, not an initial: `KBit/s.` ends its sentence; `J. Smith` stays one', () => {
    const target = (text: string): string[] => sentencesOf(text, /[.!?](?=\s+\S)/g).map((s) => text.slice(s.start, s.end));
    expect(target('Der Standardwert ist 50.000 KBit/s. Wenn die Rate fällt, sinkt die Qualität.')).toEqual(['Der Standardwert ist 50.000 KBit/s.', 'Wenn die Rate fällt, sinkt die Qualität.']);
    expect(cut('Ask J. Smith for the key.')).toEqual(['Ask J. Smith for the key.']);
  });

  it('an ellipsis ends no sentence (`**Group by...** groups`); a stop after a word does', () => {
    expect(cut('In the **Group by...** groups, click the button.')).toEqual(['In the **Group by...** groups, click the button.']);
    expect(cut('\\+12065551219 Descripti... LocalRoute Local')).toEqual(['\\+12065551219 Descripti... LocalRoute Local']);
    expect(cut('Click **Add**. Then close it.')).toEqual(['Click **Add**.', 'Then close it.']);
  });

  // sfb's fr-FR Teams/expand-teams-across-your-org/healthcare/patients-app.md and es-ES
  // migration-interop-guidance-for-teams-with-skype.md: one pair each in the bilingual format.
  it('no cut inside an emphasis run (`**… deprecated. We encourage…**`); a bold lead that closes after its stop is a sentence', () => {
    expect(cut('**Effective today, the app is deprecated. We encourage you to use [Lists](a.md) instead.** Read more.')).toEqual([
      '**Effective today, the app is deprecated. We encourage you to use [Lists](a.md) instead.**',
      'Read more.',
    ]);
    expect(cut('*Islands mode is not recommended. If a user calls, it lands in Teams.*')).toEqual(['*Islands mode is not recommended. If a user calls, it lands in Teams.*']);
    expect(cut('**DNS load balancing.** The pools have DNS load balancing.')).toEqual(['**DNS load balancing.**', 'The pools have DNS load balancing.']);
    expect(cut('Type \\*. Then press **Enter**. Done.')).toEqual(['Type \\*.', 'Then press **Enter**.', 'Done.']);
  });

  // The real pair's ja-JP Teams/manage-apps.md:78: MT's broken bold, read without the flanking rules, pairs
  // `**。 アプリ…[発行]**` as one run (and hid one of the line's two `****` debris findings).
  it('emphasis delimiters pair as CommonMark pairs them: MT\'s broken runs hold no stop', () => {
    const cutJa = (text: string): string[] => sentencesOf(text, /[。][*_]*(?=\s*\S)/gu).map((s) => text.slice(s.start, s.end));
    expect(cutJa('状態が **[ブロック] の一****覧に表示されます**。 アプリの詳細を表示し、[発行]**に****設定します**。')).toEqual([
      '状態が **[ブロック] の一****覧に表示されます**。',
      'アプリの詳細を表示し、[発行]**に****設定します**。',
    ]);
    expect(cutJa('**アプリは廃止されます。 今すぐリストを使ってください。** 詳細。')).toEqual(['**アプリは廃止されます。 今すぐリストを使ってください。**', '詳細。']);
  });

  // sfb's ja-JP Teams/code-of-practice-for-the-united-kingdom-u-k.md:145 and pilot-essentials.md:53.
  it('a number alone numbers what follows (`13. National…`); an escaped `1\\.` and a letter label `A.` end their sentence', () => {
    expect(cut('13. National translation services, personal numbers and 0870 numbers')).toEqual(['13. National translation services, personal numbers and 0870 numbers']);
    expect(cut('1\\. Configure Federation and PIC')).toEqual(['1\\.', 'Configure Federation and PIC']);
    expect(cut('Set it to 5. Then restart.')).toEqual(['Set it to 5.', 'Then restart.']);
  });

  it('a stop quoted alone is the character (`"?" ":"`), a quoted sentence ends at its stop', () => {
    expect(cut('";" "/" "?" ":" "@"')).toEqual(['";" "/" "?" ":" "@"']);
    expect(cut('The prompt reads "Continue?" Select Yes.')).toEqual(['The prompt reads "Continue?"', 'Select Yes.']);
  });
});

describe('unitsOf: a cell of one symbol is text to pair, a cell of ASCII marks is not', () => {
  it('pairs `●` and `√` as the bilingual format does; `-` and `|`-only cells stay out', () => {
    const en = `${fm('en-US')}\n| Feature | Lync | Skype |\n|---|---|---|\n| Chat | ● | - |\n| Video | √ | ☐ |\n`;
    const ja = `${fm('ja-JP')}\n| 機能 | Lync | Skype |\n|---|---|---|\n| チャット | ● | - |\n| ビデオ | √ | ☐ |\n`;
    expect(unitsOf(ja).map((u) => u.text)).toEqual(['機能', 'Lync', 'Skype', 'チャット', '●', 'ビデオ', '√', '☐']);
    const { article } = parseArticle({ bytes: Buffer.from(pairWithEnglish(ja, en).text), path: 'ja-JP/a.md', relPath: 'a.md', root: 0, locale: 'ja-JP' });
    expect(article.segments.map((s) => [s.line, s.target, s.source])).toEqual([
      [6, '機能', 'Feature'], [6, 'Lync', 'Lync'], [6, 'Skype', 'Skype'], [8, 'チャット', 'Chat'], [8, '●', '●'], [9, 'ビデオ', 'Video'], [9, '√', '√'], [9, '☐', '☐'],
    ]);
  });
});

describe('pairedColumns: the paired text\'s columns ↔ the translation file\'s', () => {
  const en = `${fm('en-US')}\n# Set up\n\nCopy the key AdDO8xEA== to the server. Then restart it.\n`;
  const de = `${fm('de-DE')}\n# Einrichten\n\nKopieren Sie den Schlüssel AdDO8xEA = = auf den Server. Starten Sie ihn dann neu.\n`;
  const paired = pairWithEnglish(de, en);
  const columns = pairedColumns(de, paired);
  const line = 8;
  const pairedLine = paired.text.split('\n')[line - 1] as string;
  const mine = (de.split('\n')[line - 1] as string).indexOf('AdDO8xEA = =') + 1;
  const theirs = pairedLine.indexOf('AdDO8xEA = =') + 1;

  it('a column of the translation\'s own text maps both ways (the hash of line 8: 28 in the file, further right in the pairs)', () => {
    expect(mine).toBe(28);
    expect(theirs).toBeGreaterThan(mine);
    expect(columns.toTranslation(line, theirs)).toBe(mine);
    expect(columns.toPaired(line, mine)).toBe(theirs);
  });

  it('a column inside the inserted markup or English maps to where the translation\'s text goes on; lines without pairs are unchanged', () => {
    expect(columns.toTranslation(line, 1)).toBe(1);
    const second = pairedLine.indexOf('Starten');
    expect(columns.toTranslation(line, second - 5 + 1)).toBe((de.split('\n')[line - 1] as string).indexOf('Starten') + 1);
    expect(columns.toTranslation(2, 3)).toBe(3);
    expect(columns.toTranslation(line, pairedLine.length + 1)).toBe((de.split('\n')[line - 1] as string).length + 1);
  });
});

// From sfb's fr-FR lync-server-2013-customizing-the-xslt-definition-file.md: an XML sample indented as code holds
// `<!--FirstMessage goes here --!>`, which no `-->` closes. Read as a comment, it hid the rest of the article.
describe('unitsOf: an HTML comment opens only where a block can start', () => {
  const kindsAndTexts = (text: string): string[] => unitsOf(text).map((u) => `${u.line + 1} ${u.kind} ${u.text}`);
  it('`<!--` inside an indented code block is code: the paragraph after it is a unit', () => {
    const text = 'Intro.\n\n    <Conversation>\n        <!--FirstMessage goes here --!>\n    </Conversation>\n\nLe tableau suivant décrit les attributs.\n';
    expect(kindsAndTexts(text)).toEqual(['1 p Intro.', '7 p Le tableau suivant décrit les attributs.']);
  });
  it('a comment at the margin still hides what it holds, up to its `-->`', () => {
    const text = 'Intro.\n\n<!--\nCommented out.\n-->\n\nAfter.\n';
    expect(kindsAndTexts(text)).toEqual(['1 p Intro.', '7 p After.']);
  });
});

// From sfb's es-ES deploying-a-sql-server-nonstandard-port-and-alias-in-lync-server-2013.md (the equivalence test):
// the English writes two links on lines joined softly, the Spanish ends the first with a hard break. The length
// ratio was read with the English's link destinations counted, the blocks' lengths without them: the second
// Spanish link alone fitted the English block of two, and the first was left over (two dropped links reported).
describe('align: the length ratio read as the blocks\' lengths are', () => {
  it('two links cut by a hard break join to pair with the English block of both', () => {
    const en = `${fm('en-US')}\n[Microsoft Lync Server 2013](microsoft-lync-server-2013.md) \n[Planning for security in Lync Server 2013](lync-server-2013-planning-for-security.md)  \n[Defining and configuring the topology](topology.md)  \n`;
    const es = `${fm('es-ES')}\n[Microsoft Lync Server 2013](microsoft-lync-server-2013.md)  \n [Planeación de la seguridad en Lync Server 2013](lync-server-2013-planning-for-security.md)  \n[Definición y configuración de la topología](topology.md)  \n`;
    expect(align(unitsOf(es), unitsOf(en), true)).toEqual([[0, 0], [1, 0], [2, 1]]);
    const paired = pairWithEnglish(es, en);
    expect(paired.differences).toEqual([]);
    // Written as one pair holding both links whole, on the translation's lines.
    expect(paired.text.split('\n').slice(5, 7)).toEqual([
      '<span data-ttu-id="lc-1">[Microsoft Lync Server 2013](microsoft-lync-server-2013.md)  ',
      ' [Planeación de la seguridad en Lync Server 2013](lync-server-2013-planning-for-security.md)</span><span class="sxs-lookup"><span data-stu-id="lc-1">[Microsoft Lync Server 2013](microsoft-lync-server-2013.md)  [Planning for security in Lync Server 2013](lync-server-2013-planning-for-security.md)</span></span>  ',
    ]);
  });
});

// Issue #22, source-drift on the real pair: `de-DE/Teams/business-voice/port-phone-numbers.md` (2021-07-08), translated
// from an older English. The English split its paragraph, reworded the first sentence (`When you set up Business
// Voice…` → `Earlier in this setup guide, you acquired…`) and added a bold one after it.
describe('pairWithEnglish: a sentence the English reworded since a stale translation (englishChanged)', () => {
  const en = `${fm('en-US')}
# Port phone numbers to Business Voice (optional)

Before you start, check which countries and regions support Business Voice with Calling Plan, and which phone numbers you can move.

Earlier in this setup guide, you acquired phone numbers for the main company line and for any users that you've assigned a Business Voice license to. **If you're a new business and don't have any existing phone numbers that you want to bring to Business Voice, you can skip this step.**

If you already have phone numbers that you want to keep when you move to Business Voice, you can bring them with you by using a process called phone number porting. After you port your phone numbers to Business Voice, you assign them to users and services. The old numbers replace the temporary numbers that you acquired earlier in this setup guide.

When you're ready to move your phone numbers, follow the steps in [Transfer phone numbers](transfer.md) to create a port order. The order includes the information that's needed to move your numbers from your current carrier.
`;
  const de = `${fm('de-DE')}
# Portieren von Telefonnummern in Business Voice

Bevor Sie beginnen, prüfen Sie, welche Länder und Regionen Business Voice mit Anrufplan unterstützen und welche Telefonnummern Sie übertragen können.

Wenn Sie Business Voice erstmalig einrichten, erwerben Sie Telefonnummern für die Haupttelefonleitung des Unternehmens sowie für alle Benutzer, denen Sie eine Business Voice-Lizenz zugewiesen haben. Wenn Sie bereits über Telefonnummern verfügen, die Sie beim Umstellen auf Business Voice beibehalten möchten, können Sie diese mithilfe eines Verfahrens, das Portieren von Telefonnummern genannt wird, übertragen. Nachdem Sie Ihre Telefonnummern in Business Voice portiert haben, weisen Sie sie Benutzern und Diensten zu. Die alten Nummern ersetzen die temporären Nummern, die Sie beim Einrichten von Business Voice erworben haben.

Wenn Sie bereit sind, Ihre Telefonnummern zu verschieben, führen Sie die Schritte unter [Übertragen von Telefonnummern](transfer.md) aus, um einen Portierungsauftrag zu erstellen. Ein Portierungsauftrag umfasst alle Informationen, die nötig sind, um Ihre Nummern von Ihrem aktuellen Anbieter zu verschieben.
`;
  const segmentsOf = (text: string): [number, string, string][] =>
    parseArticle({ bytes: Buffer.from(text), path: 'de-DE/a.md', relPath: 'a.md', root: 0, locale: 'de-DE' }).article.segments.map((s) => [s.line, s.target.slice(0, 24), s.source.slice(0, 24)]);

  it('the older sentence is left out of its neighbour\'s pair and reported reworded (line 10, column 1), with the English sentence it was made from an older form of; the bold sentence stays missing', () => {
    const paired = pairWithEnglish(de, en, undefined, { englishChanged: true });
    expect(paired.differences.map((d) => [d.kind, d.line, d.column, d.englishLine, d.text.slice(0, 24), d.expected])).toEqual([
      // The English block is not all reworded (its bold sentence has no counterpart): still missing, on line 8.
      ['missing', 8, undefined, 10, 'Earlier in this setup gu', undefined],
      ['reworded', 10, 1, 10, 'Wenn Sie Business Voice ', "Earlier in this setup guide, you acquired phone numbers for the main company line and for any users that you've assigned a Business Voice license to."],
    ]);
    expect(segmentsOf(paired.text)).toEqual([
      [6, 'Portieren von Telefonnum', 'Port phone numbers to Bu'],
      [8, 'Bevor Sie beginnen, prüf', 'Before you start, check '],
      [10, 'Wenn Sie bereits über Te', 'If you already have phon'],
      [10, 'Nachdem Sie Ihre Telefon', 'After you port your phon'],
      [10, 'Die alten Nummern ersetz', 'The old numbers replace '],
      [12, 'Wenn Sie bereit sind, Ih', "When you're ready to mov"],
      [12, 'Ein Portierungsauftrag u', 'The order includes the i'],
    ]);
  });

  it('not known to be stale: no rewording, and every translated sentence stays in a pair (shifted by one, as before)', () => {
    const paired = pairWithEnglish(de, en);
    expect(paired.differences.map((d) => [d.kind, d.line, d.englishLine])).toEqual([['missing', 8, 10]]);
    expect(segmentsOf(paired.text).slice(2, 5)).toEqual([
      [10, 'Wenn Sie Business Voice ', 'If you already have phon'],
      [10, 'Wenn Sie bereits über Te', 'After you port your phon'],
      [10, 'Nachdem Sie Ihre Telefon', 'The old numbers replace '],
    ]);
  });

  it('a paragraph the English added before one whose sentence the translation split in two: missing, no rewording (the split stays a 2–1 pair)', () => {
    const english = `${fm('en-US')}
# Set up the server

Before you start, check which countries and regions support Business Voice with Calling Plan, and which phone numbers you can move.

A paragraph the English added since the translation was made, about the new admin center.

Copy the setup file to the server and run it as an administrator before the users sign in for the first time.

When you're ready to move your phone numbers, follow the steps in [Transfer phone numbers](transfer.md) to create a port order. The order includes the information that's needed to move your numbers from your current carrier.
`;
    const german = `${fm('de-DE')}
# Server einrichten

Bevor Sie beginnen, prüfen Sie, welche Länder und Regionen Business Voice mit Anrufplan unterstützen und welche Telefonnummern Sie übertragen können.

Kopieren Sie die Setupdatei auf den Server. Führen Sie sie als Administrator aus, bevor sich die Benutzer zum ersten Mal anmelden.

Wenn Sie bereit sind, Ihre Telefonnummern zu verschieben, führen Sie die Schritte unter [Übertragen von Telefonnummern](transfer.md) aus, um einen Portierungsauftrag zu erstellen. Ein Portierungsauftrag umfasst alle Informationen, die nötig sind, um Ihre Nummern von Ihrem aktuellen Anbieter zu verschieben.
`;
    const paired = pairWithEnglish(german, english, undefined, { englishChanged: true });
    expect(paired.differences.map((d) => [d.kind, d.line, d.englishLine])).toEqual([['missing', 8, 10]]);
    expect(segmentsOf(paired.text)[2]).toEqual([10, 'Kopieren Sie die Setupda', 'Copy the setup file to t']);
  });

  it('an English block wholly accounted for by rewordings (the English split off the first sentence and reworded it, nothing more) is not missing; not known to be stale, it is', () => {
    const bold = " **If you're a new business and don't have any existing phone numbers that you want to bring to Business Voice, you can skip this step.**";
    const english = en.replace(bold, '');
    const stale = pairWithEnglish(de, english, undefined, { englishChanged: true });
    expect(stale.differences.map((d) => [d.kind, d.line, d.column, d.englishLine])).toEqual([['reworded', 10, 1, 10]]);
    expect(pairWithEnglish(de, english).differences.map((d) => [d.kind, d.line, d.englishLine])).toEqual([['missing', 8, 10]]);
  });
});
