import { factMismatch } from '../../src/checks/fact-mismatch.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

const doc = (locale: string, body: string): string => `${fm(locale)}\n${body}\n`;
// Line of the body in `doc`: front matter (4 lines) + a blank line.
const L = 6;
const table = (locale: string, rows: [string, string, string, string][]): string =>
  doc(
    locale,
    `|${pair('t-1', '**Type**', '**Data type**')}|${pair('t-2', '**Exemple**', '**Example**')}|\n|:--|:--|\n${rows
      .map(([kt, ks, vt, vs], i) => `|${pair(`t-${10 + i}`, kt, ks)}  <br/> |${pair(`t-${20 + i}`, vt, vs)}  <br/> |`)
      .join('\n')}`,
  );

testCheck(factMismatch, {
  valid: [
    { name: '`Add-Ons` and `Add-Ins` are English words a translation translates (a UI label), not cmdlets', files: {
      'pt-BR/a.md': doc('pt-BR', `${pair('a', 'Role para baixo e selecione **Complementos**.', 'Scroll down and select **Add-Ons**.')}\n\n${pair('b', 'Faites défiler et sélectionnez **Modules add-ins**.', 'Scroll down and select **Add-Ins**.')}`),
    } },
    { name: 'imperial quantities a metric locale leaves out beside the metric equivalent it writes; `1:1 call` said in words', files: {
      'es-ES/a.md': doc('es-ES', `${pair('a', '0,91 m', '3 ft. (0.91 m)')}\n\n${pair('b', '1,8-2,7 m de ancho: recomendado.', '6–9 ft. (1.8–2.7 m) wide — Recommended')}\n\n${pair('c', 'Un borde de 152 mm a ambos lados.', 'At least a 6 in. (152 mm) border on both sides.')}`),
      'fr-FR/a.md': doc('fr-FR', `${pair('a', 'Appel individuel avec des parties internes', '1:1 call with internal parties')}\n\n${pair('b', 'Une largeur de 1,8 m.', 'A width of 1.8 m (6 ft).')}`),
    } },
    { name: 'example people a locale renames at an example domain (Rob@contoso.com → pedro@contoso.com), the same way in every segment, are localized examples', files: {
      'pt-BR/a.md': doc('pt-BR', `${pair('a', 'Por exemplo, pedro@contoso.com e eduarda@northwindtraders.com trabalham juntos.', 'For example, Rob@contoso.com and Ann@northwindtraders.com work together.')}\n\n${pair('b', 'Envie a pedro@contoso.com.', 'Send it to Rob@contoso.com.')}`),
    } },
    { name: 'issue 18: names kept whole, options kept, bracketed names kept, an ALL-CAPS word the English also writes in lower case', files: {
      'de-DE/a.md': doc('de-DE', `${pair('a', 'Öffnen Sie name.xsd, Header.h, ASN.1 und master#.xml mit xsd:string und -1.#IND.', 'Open name.xsd, Header.h, ASN.1 and master#.xml with xsd:string and -1.#IND.')}\n\n${pair('b', 'Führen Sie --name aus, siehe [MS-XXPROPS] und ADRLIST, _lppAdrList_.', 'Run --name, see [MS-XXPROPS] and ADRLIST, _lppAdrList_.')}`),
    } },
    { name: 'issue 18: a German "d. h." or a sentence end is no split name; an ALL-CAPS word translated is no finding', files: {
      'de-DE/a.md': doc('de-DE', pair('a', 'Das heißt, d. h. die Datei. Xsd ist es nicht. WICHTIG: lesen.', 'That is, the file.Xsd is not. IMPORTANT: read.')),
    } },
    { name: 'issue 18: numbers in the locale’s own digits, read by value (fa, ar, hi, bn, th)', files: {
      'fa-IR/a.md': doc('fa-IR', pair('a', 'خطای (۴۰۳) پس از ۳۰ دقیقه', 'Error (403) after 30 minutes')),
      'ar-SA/a.md': doc('ar-SA', pair('a', 'بعد ٣٠ دقيقة و١٫٥ ثانية', 'After 30 minutes and 1.5 seconds')),
      'hi-IN/a.md': doc('hi-IN', pair('a', '३० मिनट के बाद', 'After 30 minutes')),
      'bn-BD/a.md': doc('bn-BD', pair('a', '১.৫ GB পরে', 'After 1.5 GB')),
      'th-TH/a.md': doc('th-TH', pair('a', 'หลังจาก ๓๐ นาที', 'After 30 minutes')),
    } },
    { name: 'issue 18: a unit the locale writes with a blank, before the number or in words is kept', files: {
      'fr-FR/a.md': doc('fr-FR', pair('a', 'Tournez de 180° et 50 % du total', 'Rotate by 180° and 50% of the total')),
      'tr-TR/a.md': doc('tr-TR', pair('a', '180 derece döndürün ve toplamın %50', 'Rotate by 180° and 50% of the total')),
      'de-DE/a.md': doc('de-DE', pair('a', 'Um 180 Grad drehen, 50 Prozent der Summe', 'Rotate by 180° and 50% of the total')),
    } },
    { name: 'issue 18: a number with its unit said in words (0% → нулевой), an English dash written as two hyphens (--an)', files: {
      'ru-RU/a.md': doc('ru-RU', pair('a', 'Неподтвержденный нулевой НДС', 'Unconfirmed VAT 0%')),
      'de-DE/a.md': doc('de-DE', pair('a', 'Für andere Länder (EMEA) ist ein Standort erforderlich.', 'For other countries--such as (EMEA)--an emergency location is required.')),
    } },
    { name: 'escaped asterisks where the English emphasis is itself broken (**_Depreciation year_*_) are no debris', files: {
      'fi-fi/a.md': doc('fi-FI', pair('a', 'Jos valitset **Kalenteri** \\**_Poistovuosi_*_ -kentässä.', 'If you select **Calendar** in the **_Depreciation year_*_ field.')),
    } },
    { name: 'issue 18: markup the English has too is no debris (an empty bold blank to fill in)', files: {
      'de-DE/a.md': doc('de-DE', pair('a', '**__** % der aktiven Benutzer', '**__** % of active users')),
    } },
    { name: 'a K spelled out, a list in Arabic commas, a year closing a dotted date, a number grouped with dots', files: {
      'ru-ru/a.md': doc('ru-RU', pair('a', 'До 6000 пользователей.', 'Up to 6K users.')),
      'ar-sa/a.md': doc('ar-SA', pair('a', 'المربعات 2، 8، 9.', 'Boxes 2,8,9.')),
      'fi-fi/a.md': doc('fi-FI', pair('a', 'Poistettu 1.10.2020 alkaen.', 'Removed as of October 1, 2020.')),
      'de-de/a.md': doc('de-DE', pair('a', 'Insgesamt 690.970.000 Einheiten.', 'A total of 690,970,000 units.')),
    } },
    { name: 'an English decimal without its leading zero, written 0,8 by the locale', files: {
      'ru-ru/a.md': doc('ru-RU', pair('a', 'Если ввести **0,8**, это 0,8 процента.', 'If you enter **.8**, that is 0.8 percent.')),
    } },
    { name: 'an amount the English wrote the European way, a four-decimal quantity, both localized', files: {
      'fi-fi/a.md': doc('fi-FI', pair('a', 'Jos arvo on **-14 200,00** tai a > 10 000,00 kWh.', 'If the value is **-14.200,00** or a > 10000,00 kWh.')),
      'tr-tr/a.md': doc('tr-TR', `| Alan | Değer |\n|---|---|\n| ${pair('q', 'Miktar', 'Quantity')} | ${pair('v', '1,0000', '1.0000')} |`),
    } },
    { name: 'a version and a cmdlet kept in the text as well as in a link; a bracketed name kept in its brackets and bare', files: {
      'ru-ru/a.md': doc('ru-RU', pair('a', 'Для версии 7.2 см. [Get-CsUser](https://docs.microsoft.com/powershell/module/skype/Get-CsUser).', 'For version 7.2, see [Get-CsUser](https://docs.microsoft.com/powershell/module/skype/Get-CsUser).')),
      'pt-br/a.md': doc('pt-BR', pair('a', 'A autoridade ([FINRA](http://www.finra.org)) orienta (FINRA 2241).', 'The authority ([FINRA](http://www.finra.org)) guides (FINRA 2241).')),
    } },
    { name: 'zero placeholders of a number format (0.00% → 0,00) lose no unit', files: {
      'ru-ru/a.md': doc('ru-RU', `| ${pair('f', 'Ноль', 'Zero')} | ${pair('z', '0,00', '0.00%')} |\n|---|---|`),
    } },
    { name: 'a cmdlet the English wrote with a lower-case verb, written right; a GUID and an e-mail re-cased', files: {
      'de-de/a.md': doc('de-DE', pair('a', 'Führen Sie Get-CsWindowsService für 6EC4A2F7-1C3A-4C1B-9E2A-0123456789AB und KenMyer@Contoso.com aus.', 'Run get-CsWindowsService for 6ec4a2f7-1c3a-4c1b-9e2a-0123456789ab and kenmyer@contoso.com.')),
    } },
    { name: 'dates the locale rewrites: 31-03-2008 as 31.03.2008, 2015/01/01 as 01.01.2015, 2017-05-06 in words', files: {
      'de-de/a.md': doc('de-DE', `${pair('a', 'Ab 31.03.2008 gilt der Preis.', 'From 31-03-2008 the price applies.')}\n\n${pair('b', 'Das Datum 01.01.2015 und der 6. Mai 2017.', 'The date 2015/01/01 and 2017-05-06.')}`),
    } },
    { name: 'a time with its seconds written, a host name re-cased', files: {
      'de-de/a.md': doc('de-DE', pair('a', 'Öffnen Sie PowerBI.com um 14:00:00.', 'Open PowerBI.Com at 14:00.')),
    } },
    { name: 'a case the English article itself writes in another sentence (the English is inconsistent)', files: {
      'de-DE/a.md': doc('de-DE', `${pair('a', 'Das Feld ContactPersonID ist leer.', 'The ContactPersonId field is empty.')}\n\n${pair('b', 'Die Spalte ContactPersonID.', 'The ContactPersonID column.')}`),
    } },
    { name: 'tokens kept as they are', files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Exécutez Set-CsUser -Identity $True sur contoso.com.', 'Run Set-CsUser -Identity $True on contoso.com.')) } },
    { name: 'a quantity with the locale’s separators (de, fr with narrow no-break space, es)', files: {
      'de-DE/a.md': doc('de-DE', pair('a', 'Verfügbarkeit 99,98 % für 80.000 Benutzer', 'Availability 99.98% for 80,000 users')),
      'fr-FR/a.md': doc('fr-FR', pair('a', 'Disponibilité 99,98 % pour 80\u202f000 utilisateurs', 'Availability 99.98% for 80,000 users')),
      'es-ES/a.md': doc('es-ES', pair('a', 'Disponibilidad 99,98 % para 80 000 usuarios', 'Availability 99.98% for 80,000 users')),
    } },
    { name: 'a CJK compact number (8万 for 80,000)', files: { 'zh-CN/a.md': doc('zh-CN', pair('a', '最多 8万 个用户', 'Up to 80,000 users')) } },
    { name: 'durations with translated units, reordered tokens, Office 365 kept', files: {
      'zh-CN/a.md': table('zh-CN', [['会议分钟', 'Call/meeting minutes', '30 分钟', '30 mins']]),
      'pt-BR/a.md': doc('pt-BR', pair('a', 'No Office 365, o tempo é 5 min e a versão 2', 'Version 2 takes 5 min in Office 365')),
    } },
    { name: 'a small number spelled out', files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Le rapport exige deux choses :', 'Error reporting requires 2 things:')) } },
    { name: 'plural acronyms are words, not identifiers', files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Les FQDN et les URL', 'The FQDNs and URLs')) } },
    { name: 'slash-separated protocol lists are not hashes', files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Externe A/V/RTP/TCP/50000', 'External A/V/RTP/TCP/50000')) } },
    { name: 'full-width digits', files: { 'ja-JP/a.md': doc('ja-JP', pair('a', '２０１５ 年のサーバー', 'Server 2015')) } },
    { name: 'a repeated identifier said once in the translation (a pronoun for the second) is not a finding', files: {
      'fr-FR/a.md': doc('fr-FR', pair('a', 'Le script DefaultRouting est critique : on ne peut pas le changer.', 'The DefaultRouting script is critical: this cannot be changed for DefaultRouting.')),
    } },
    { name: 'a URL that CJK text runs on into, after an inline HTML link', files: {
      'ja-JP/a.md': doc('ja-JP', pair('a', '<A href="https://go.microsoft.com/fwlink/p/?linkid=255876">https://go.microsoft.com/fwlink/p/?linkId=255876</A>で参照してください。', 'see <A href="https://go.microsoft.com/fwlink/p/?linkid=255876">https://go.microsoft.com/fwlink/p/?linkId=255876</A>.')),
    } },
    { name: 'a configured ignore pattern', options: { ignore: ['^Contoso[A-Za-z]*$'] }, files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'La banque', 'The ContosoBank bank')) } },
    { name: 'links and images whose texts hold balanced brackets (ja-JP UI labels) are links, as CommonMark reads them', files: {
      'ja-JP/a.md': doc('ja-JP', `${pair('a', '[[別の国または地域を検索]](country.md)', '[Search for another country or region](country.md)')}\n\n${pair('b', '[Lync Server 2013 の [エラー分布] レポート](failure.md)', '[Failure Distribution Report in Lync Server 2013](failure.md)')}\n\n${pair('c', '![[機能の選択] ページ](media/select-features.png)', '![Select Features page](media/select-features.png)')}`),
    } },
    { name: 'a UI label in brackets is not a link', files: {
      'ja-JP/a.md': doc('ja-JP', pair('a', '[ファイル] (左上隅) をクリックします。', 'Click File (in the upper-left corner).')),
    } },
    { name: 'an image title with quotes as character references is one image', files: {
      'ru-ru/a.md': doc('ru-RU', pair('a', '![Вкладка "Критерии"](./media/criteria.png "Вкладка &quot;Критерии&quot;")', '![Criteria tab](./media/criteria.png "Criteria tab")')),
    } },
    { name: 'German compounds hyphenated after a verb are words, not cmdlets (de-DE, the shapes of both corpora)', files: {
      'de-DE/a.md': doc('de-DE', `${pair('a', 'Die Online Besprechungs-Add-Ins und der Format-Designer', 'The Online Meeting Add-in and the Format designer')}\n\n${pair('b', 'Verwenden Sie die Debug-Tools, die Write-Verbindung, die Export-API und die Windows Media Format-Laufzeitkomponente.', 'Use the debug tools, the dual-write connection, the Export API and the Windows Media Format Runtime.')}\n\n${pair('c', 'Sie müssen Add-Ins erwerben. **Debug-Trace-Format** – Wählen Sie diesen Wert.', 'You must acquire add-ins. **Debug trace format** – Select this value.')}`),
    } },
    { name: 'an e-mail address with a German compound hyphened on', files: {
      'de-DE/a.md': doc('de-DE', pair('a', 'Der kenmyer@litwareinc.com-Endpunkt wird getestet.', 'The kenmyer@litwareinc.com endpoint is tested.')),
    } },
    { name: 'words glued around a footnote marker are not a hash', files: {
      'de-DE/a.md': doc('de-DE', pair('a', 'Richtlinie<sup>3</sup>aktualisieren', 'Update policy<sup>3</sup>')),
    } },
    { name: 'a clock time in the locale’s 24-hour form, a US date in the locale’s order', files: {
      'tr-TR/a.md': doc('tr-TR', pair('a', 'Saat 14:30 itibarıyla, 31.12.2028 tarihinde', 'As of 02:30 PM, on 12/31/2028')),
      'de-DE/a.md': doc('de-DE', pair('a', 'Um 14.45 Uhr am 31. Dezember 2028', 'At 2:45 PM on 12/31/2028')),
      'ar-SA/a.md': doc('ar-SA', pair('a', 'مثل الساعة 2 صباحًا', 'such as 2:00 AM')),
    } },
    { name: 'an amount without its grouping, and table amounts with the locale’s separators', files: {
      'ar-SA/a.md': table('ar-SA', [['مبلغ الدفع', 'Payment amount', '1000.00', '1,000.00']]),
      'ru-RU/a.md': table('ru-RU', [['Актив', 'Right-of-use asset', '71 235,81 доллара США', '$71,235.81']]),
      'tr-TR/a.md': table('tr-TR', [['Alınan nakit iskontosu', 'Cash discount taken', '-3,00', '-3.00']]),
    } },
    { name: 'an English list of numbers (decimal(9,2)) with blanks, a small number as an Arabic ordinal', files: {
      'de-DE/a.md': doc('de-DE', pair('a', 'Decimal (9, 2)', 'decimal(9,2)')),
      'ar-SA/a.md': doc('ar-SA', pair('a', 'السنة الثانية', 'Year 2')),
    } },
    { name: 'an English typo (inSkype) is no identifier; a name kept with a Finnish case ending is kept', files: {
      'fr-FR/a.md': doc('fr-FR', pair('a', 'Les réunions dans Skype', 'Meetings inSkype')),
      'fi-FI/a.md': doc('fi-FI', pair('a', 'Azure DevOpsissa', 'In Azure DevOps')),
    } },
  ],
  invalid: [
    {
      name: 'a cmdlet with the verb Add is still a cmdlet: missing when the translation lacks it',
      files: { 'pt-BR/a.md': doc('pt-BR', pair('a', 'Execute o comando para adicionar o usuário.', 'Run Add-TeamUser to add the user.')) },
      errors: [{ messageId: 'missing', path: 'pt-BR/a.md', line: L, expected: 'Add-TeamUser', severity: 'warning' }],
    },
    {
      name: 'an imperial quantity whose metric equivalent the translation lacks too, or changed, is missing; `1:1` written `1:2` loses a 1',
      files: {
        'es-ES/a.md': doc('es-ES', `${pair('a', 'Un borde a ambos lados.', 'At least a 6 in. (152 mm) border on both sides.')}\n\n${pair('b', '0,95 m', '3 ft. (0.91 m)')}\n\n${pair('c', 'Llamada 1:2 con participantes internos', '1:1 call with internal parties')}`),
      },
      errors: [
        { messageId: 'missing', path: 'es-ES/a.md', line: L, expected: '152', severity: 'warning' },
        { messageId: 'missing', path: 'es-ES/a.md', line: L, expected: '6', severity: 'warning' },
        { messageId: 'missing', path: 'es-ES/a.md', line: L + 2, expected: '0.91', severity: 'warning' },
        { messageId: 'missing', path: 'es-ES/a.md', line: L + 2, expected: '3', severity: 'warning' },
        { messageId: 'missing', path: 'es-ES/a.md', line: L + 4, expected: '1', severity: 'warning' },
      ],
    },
    {
      name: 'a renamed address is reported at a real domain, with its domain changed, renamed two ways in one article, or a letter lost (not another name)',
      files: {
        'pt-BR/a.md': doc('pt-BR', `${pair('a', 'Escreva para pedro@microsoft.com.', 'Write to Rob@microsoft.com.')}\n\n${pair('b', 'Por exemplo, pedro@fabrikam.com.', 'For example, Rob@contoso.com.')}`),
        'es-ES/a.md': doc('es-ES', `${pair('a', 'Por ejemplo, pedro@contoso.com.', 'For example, Rob@contoso.com.')}\n\n${pair('b', 'Envíelo a juan@contoso.com.', 'Send it to Rob@contoso.com.')}`),
        'ja-JP/a.md': doc('ja-JP', pair('a', 'RanierConf@contoso.com に送信します。', 'Send it to RainierConf@contoso.com.')),
      },
      errors: [
        { messageId: 'changed', path: 'es-ES/a.md', line: L, expected: 'Rob@contoso.com', actual: 'pedro@contoso.com', severity: 'error' },
        { messageId: 'changed', path: 'es-ES/a.md', line: L + 2, expected: 'Rob@contoso.com', actual: 'juan@contoso.com', severity: 'error' },
        { messageId: 'changed', path: 'ja-JP/a.md', line: L, expected: 'RainierConf@contoso.com', actual: 'RanierConf@contoso.com', severity: 'error' },
        { messageId: 'changed', path: 'pt-BR/a.md', line: L, expected: 'Rob@microsoft.com', actual: 'pedro@microsoft.com', severity: 'error' },
        { messageId: 'changed', path: 'pt-BR/a.md', line: L + 2, expected: 'Rob@contoso.com', actual: 'pedro@fabrikam.com', severity: 'error' },
      ],
    },
    {
      name: 'issue 18: file names split at their dot, a code token split, a namespaced type translated',
      files: { 'de-DE/a.md': doc('de-DE', `${pair('a', 'Öffnen Sie name. xsd, Header. h, ASN. 1 und master#. xml.', 'Open name.xsd, Header.h, ASN.1 and master#.xml.')}\n\n${pair('b', 'Der Wert -1. #IND hat den Typ XSD: Zeichenfolge.', 'The value -1.#IND has the type xsd:string.')}`) },
      errors: [
        { messageId: 'mangled', path: 'de-DE/a.md', line: L, expected: 'ASN.1', actual: 'ASN. 1', severity: 'error' },
        { messageId: 'mangled', path: 'de-DE/a.md', line: L, expected: 'Header.h', actual: 'Header. h', severity: 'error' },
        { messageId: 'mangled', path: 'de-DE/a.md', line: L, expected: 'master#.xml', actual: 'master#. xml', severity: 'error' },
        { messageId: 'mangled', path: 'de-DE/a.md', line: L, expected: 'name.xsd', actual: 'name. xsd', severity: 'error' },
        { messageId: 'changed', path: 'de-DE/a.md', line: L + 2, expected: 'xsd:string', actual: 'XSD: Zeichenfolge', severity: 'error' },
        { messageId: 'mangled', path: 'de-DE/a.md', line: L + 2, expected: '-1.#IND', actual: '-1. #IND', severity: 'error' },
      ],
    },
    {
      name: 'issue 18: identifiers in brackets or link text changed, ALL-CAPS and underscored identifiers lower-cased',
      files: { 'fr-FR/a.md': doc('fr-FR', `${pair('a', 'Voir [XXPROPS].', 'See [MS-XXPROPS].')}\n\n${pair('b', 'La structure [adrentry](#adrlist).', 'The [ADRLIST](#adrlist) structure.')}\n\n${pair('c', 'La liste adrlist dans _lppadrlist_.', 'The ADRLIST list in _lppAdrList_.')}`) },
      errors: [
        { messageId: 'changed', path: 'fr-FR/a.md', line: L, expected: 'MS-XXPROPS', actual: '[XXPROPS]', severity: 'error' },
        { messageId: 'changed', path: 'fr-FR/a.md', line: L + 2, expected: 'ADRLIST', actual: '[adrentry]', severity: 'error' },
        { messageId: 'case-changed', path: 'fr-FR/a.md', line: L + 4, expected: '_lppAdrList_', actual: '_lppadrlist_', severity: 'warning' },
        { messageId: 'case-changed', path: 'fr-FR/a.md', line: L + 4, expected: 'ADRLIST', actual: 'adrlist', severity: 'warning' },
      ],
    },
    {
      name: 'issue 18: markup debris the translation added (escaped asterisks, an alert marker mid-sentence, an empty __)',
      files: { 'de-DE/a.md': doc('de-DE', pair('a', 'Wählen Sie \\*\\*\\*\\* aus, [!NOTE] dann __ speichern.', 'Select the item, then save.')) },
      errors: [
        { messageId: 'debris', path: 'de-DE/a.md', line: L, actual: '__', severity: 'warning' },
        { messageId: 'debris', path: 'de-DE/a.md', line: L, actual: '[!NOTE]', severity: 'warning' },
        { messageId: 'debris', path: 'de-DE/a.md', line: L, actual: '\\*\\*\\*\\*', severity: 'warning' },
      ],
    },
    {
      name: 'issue 18: a number in the locale’s own digits that is another number; units dropped; a double-dash option translated',
      files: {
        'fa-IR/a.md': doc('fa-IR', pair('a', 'خطای (۴۰۴)', 'Error (403)')),
        'de-DE/a.md': doc('de-DE', pair('a', 'Um 180 drehen und 50 der Summe', 'Rotate by 180° and 50% of the total')),
        'fr-FR/a.md': doc('fr-FR', `${pair('a', 'Utilisez --nom pour le nom.', 'Use --name for the name.')}\n\n${pair('b', 'Utilisez —process pour le processus.', 'Use --process for the process.')}`),
      },
      errors: [
        { messageId: 'unit-dropped', path: 'de-DE/a.md', line: L, expected: '180°', actual: '180', severity: 'warning' },
        { messageId: 'unit-dropped', path: 'de-DE/a.md', line: L, expected: '50%', actual: '50', severity: 'warning' },
        { messageId: 'missing', path: 'fa-IR/a.md', line: L, expected: '403', severity: 'warning' },
        { messageId: 'changed', path: 'fr-FR/a.md', line: L, expected: '--name', actual: '--nom', severity: 'error' },
        { messageId: 'changed', path: 'fr-FR/a.md', line: L + 2, expected: '--process', actual: '—process', severity: 'error' },
      ],
    },
    {
      name: 'a version dropped; a cmdlet and a bracketed name left only in the link destination; bracketed names lower-cased; a share lost its %',
      files: {
        'ru-ru/a.md': doc('ru-RU', pair('a', 'Для версии . См. [CsUser](https://docs.microsoft.com/powershell/module/skype/Get-CsUser).', 'For version 7.2. See [Get-CsUser](https://docs.microsoft.com/powershell/module/skype/Get-CsUser).')),
        'es-es/a.md': doc('es-ES', pair('a', 'Un controlador como [RX-201-C-E](https://www.crestron.com/HD-RX-201-C-E).', 'A controller such as an [HD-RX-201-C-E](https://www.crestron.com/HD-RX-201-C-E).')),
        'pt-br/a.md': doc('pt-BR', pair('a', 'A autoridade ([finra](http://www.finra.org)) orienta (FINRA 2241).', 'The authority ([FINRA](http://www.finra.org)) guides (FINRA 2241).')),
        'ar-sa/a.md': doc('ar-SA', `${pair('a', 'تختلف عن وظيفة [filter](er-functions-list-filter.md).', 'This function differs from the [FILTER](er-functions-list-filter.md) function.')}\n\n${pair('b', 'تصفية الصفوف.', 'Use it to filter rows.')}`),
        'de-de/a.md': doc('de-DE', pair('a', 'Ein Rabatt von 12,50.', 'A discount of 12.50%.')),
      },
      errors: [
        { messageId: 'case-changed', path: 'ar-sa/a.md', line: L, expected: 'FILTER', actual: 'filter', severity: 'warning' },
        { messageId: 'unit-dropped', path: 'de-de/a.md', line: L, expected: '12.50%', actual: '12.50', severity: 'warning' },
        { messageId: 'changed', path: 'es-es/a.md', line: L, expected: 'HD-RX-201-C-E', actual: '[RX-201-C-E]', severity: 'error' },
        { messageId: 'case-changed', path: 'pt-br/a.md', line: L, expected: 'FINRA', actual: 'finra', severity: 'warning' },
        { messageId: 'missing', path: 'ru-ru/a.md', line: L, expected: 'Get-CsUser', severity: 'warning' },
        { messageId: 'missing', path: 'ru-ru/a.md', line: L, expected: '7.2', severity: 'warning' },
      ],
    },
    {
      name: 'a real cmdlet added; a cmdlet of the source re-cased; a cmdlet run on into more of itself',
      files: {
        'de-DE/a.md': doc('de-DE', pair('a', 'Führen Sie Get-CsUser aus.', 'Run the cmdlet.')),
        'fr-FR/a.md': doc('fr-FR', `${pair('a', 'Voir [Get-Csuser](https://docs.microsoft.com/powershell/module/skype/Get-CsUser).', 'See [Get-CsUser](https://docs.microsoft.com/powershell/module/skype/Get-CsUser).')}\n\n${pair('b', '[Test-Test-csintertrunkrouting](https://technet.microsoft.com/library/JJ204741)', '[Test-CsInterTrunkRouting](https://technet.microsoft.com/library/JJ204741)')}`),
      },
      errors: [
        { messageId: 'extra', path: 'de-DE/a.md', line: L, actual: 'Get-CsUser' },
        { messageId: 'case-changed', path: 'fr-FR/a.md', line: L, expected: 'Get-CsUser', actual: 'Get-Csuser' },
        { messageId: 'case-changed', path: 'fr-FR/a.md', line: L + 2, expected: 'Test-CsInterTrunkRouting', actual: 'Test-csintertrunkrouting' },
        { messageId: 'extra', path: 'fr-FR/a.md', line: L + 2, actual: 'Test-Test' },
      ],
    },
    {
      name: 'a clock time or a date that is not there, an amount garbled (2,000,00)',
      files: {
        'tr-TR/a.md': doc('tr-TR', pair('a', 'Saat 15:30 itibarıyla, 30.12.2028 tarihinde', 'As of 02:30 PM, on 12/31/2028')),
        'de-DE/a.md': table('de-DE', [['Skonto', 'Cash discount', '-2,000,00', '-2,000.00']]),
      },
      errors: [
        { messageId: 'changed', path: 'de-DE/a.md', line: L + 2, expected: '2,000.00', actual: '2,000,00' },
        { messageId: 'missing', path: 'tr-TR/a.md', line: L, expected: '12/31/2028' },
        { messageId: 'missing', path: 'tr-TR/a.md', line: L, expected: '02:30 PM' },
      ],
    },
    {
      name: 'a URL re-cased is still found re-cased (URLs are looked for in URLs)',
      files: { 'de-DE/a.md': doc('de-DE', pair('a', 'Öffnen Sie https://API-V8-dstu2.contoso.org/Open', 'Open https://api-v8-dstu2.contoso.org/open')) },
      errors: [{ messageId: 'case-changed', path: 'de-DE/a.md', line: L, expected: 'https://api-v8-dstu2.contoso.org/open', actual: 'https://API-V8-dstu2.contoso.org/Open' }],
    },
    {
      name: 'a name only in a link path is not kept re-cased: missing',
      files: { 'fi-FI/a.md': doc('fi-FI', pair('a', 'Katso [yritystenväliset](../implement-b2b.md).', 'See [B2B](../implement-b2b.md).')) },
      errors: [{ messageId: 'missing', path: 'fi-FI/a.md', line: L, expected: 'B2B' }],
    },
    {
      name: 'a link that lost its closing bracket (CommonMark reads no link): one link fewer',
      files: { 'de-DE/a.md': doc('de-DE', pair('a', 'Siehe [Planung(plan.md).', 'See [Planning](plan.md).')) },
      errors: [{ messageId: 'markup', path: 'de-DE/a.md', line: L, actual: '0 links', severity: 'warning' }],
    },
    {
      name: 'a case the English article writes only in a link path still counts as changed',
      files: { 'fr-FR/a.md': doc('fr-FR', `${pair('a', 'Exécutez Get-csuser.', 'Run Get-CsUser.')}\n\n${pair('b', 'Voir [la page](https://learn.contoso.com/Get-csuser).', 'See [the page](https://learn.contoso.com/Get-csuser).')}`) },
      errors: [{ messageId: 'case-changed', path: 'fr-FR/a.md', line: L, expected: 'Get-CsUser', actual: 'Get-csuser' }],
    },
    {
      name: 'a link the English lost its "]" for while the translation has it: one link more, from the English',
      files: { 'zh-CN/a.md': doc('zh-CN', pair('a', '请参阅 [Skype 到 Teams 之旅](https://aka.ms/skypetoteams-home)。', 'See [Skype to Teams journey[(https://aka.ms/skypetoteams-home).')) },
      errors: [{ messageId: 'markup', path: 'zh-CN/a.md', line: L, actual: '1 links', severity: 'info', origin: 'source' }],
    },
    {
      name: 'a cmdlet the English half has with a blank inserted, written whole by the translation: from the English',
      files: { 'fr-FR/a.md': doc('fr-FR', pair('a', 'Exécutez New-CsMediaConfiguration.', 'Run New- CsMediaConfiguration.')) },
      errors: [{ messageId: 'extra', path: 'fr-FR/a.md', line: L, actual: 'New-CsMediaConfiguration', severity: 'info', origin: 'source' }],
    },
    {
      name: 'a link the translation adds where the English has none at all: translation',
      files: { 'zh-CN/a.md': doc('zh-CN', pair('a', '请参阅 [旅程](https://aka.ms/skypetoteams-home)。', 'See the Skype to Teams journey.')) },
      errors: [{ messageId: 'markup', path: 'zh-CN/a.md', line: L, actual: '1 links', severity: 'warning', origin: 'translation' }],
    },
    {
      name: 'one copy of a repeated identifier mangled while the other is kept',
      files: { 'ja-JP/a.md': doc('ja-JP', pair('a', 'たとえば、DefaultRouting スクリプトは critical で、Def aultRouting に対して変更できません。', 'For example, the DefaultRouting script is critical, and this cannot be changed for DefaultRouting.')) },
      errors: [{ messageId: 'mangled', path: 'ja-JP/a.md', line: L, expected: 'DefaultRouting', actual: 'Def aultRouting', severity: 'error' }],
    },
    {
      name: 'a number changed in the link text while the link destination still holds it (microsoft-365)',
      files: { 'pt-BR/a.md': doc('pt-BR', pair('a', 'Use a [política do Microsoft 372](https://docs.microsoft.com/microsoft-365/admin).', 'Use [Microsoft 365 group policy](https://docs.microsoft.com/microsoft-365/admin).')) },
      errors: [{ messageId: 'missing', path: 'pt-BR/a.md', line: L, expected: '365', severity: 'warning' }],
    },
    {
      name: 'a version localized like a quantity in a table example (8.3 → 8,3)',
      files: { 'pt-BR/a.md': table('pt-BR', [['OSVersion', 'OSVersion', '8,3', '8.3']]) },
      errors: [{ messageId: 'changed', path: 'pt-BR/a.md', line: L + 2, expected: '8.3', actual: '8,3', severity: 'error' }],
    },
    {
      name: 'a base64 value with blanks inserted',
      files: { 'zh-CN/a.md': doc('zh-CN', pair('a', 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =', 'AdDO8hsJqilU93hQHC3OZaPR2saEA==')) },
      errors: [{ messageId: 'mangled', path: 'zh-CN/a.md', line: L, expected: 'AdDO8hsJqilU93hQHC3OZaPR2saEA==', actual: 'AdDO8hsJqilU93hQHC3OZaPR2saEA = =', severity: 'error' }],
    },
    {
      name: 'H.264 split, an account split around the backslash',
      files: { 'fr-FR/a.md': doc('fr-FR', `${pair('a', 'Le codec H. 264', 'The H.264 codec')}\n\n${pair('b', 'Compte litwareinc \\ pilar', 'Account litwareinc\\pilar')}`) },
      errors: [
        { messageId: 'mangled', path: 'fr-FR/a.md', line: L, actual: 'H. 264', expected: 'H.264' },
        { messageId: 'mangled', path: 'fr-FR/a.md', line: L + 2, actual: 'litwareinc \\ pilar', expected: 'litwareinc\\pilar' },
      ],
    },
    {
      name: 'a cmdlet lower-cased (a warning) and a parameter that lost its dash (an error)',
      files: { 'zh-CN/a.md': doc('zh-CN', pair('a', '通过 Set-cswebserviceconfiguration MeetingUxEnableTelemetry $True', 'Set-CsWebServiceConfiguration -MeetingUxEnableTelemetry $True')) },
      errors: [
        { messageId: 'case-changed', path: 'zh-CN/a.md', line: L, actual: 'Set-cswebserviceconfiguration', expected: 'Set-CsWebServiceConfiguration', severity: 'warning' },
        { messageId: 'changed', path: 'zh-CN/a.md', line: L, actual: 'MeetingUxEnableTelemetry', expected: '-MeetingUxEnableTelemetry', severity: 'error' },
      ],
    },
    {
      name: 'a cmdlet name translated',
      files: { 'de-DE/a.md': doc('de-DE', pair('a', 'Verwenden Sie Get-Methode.', 'Use Get-Method.')) },
      errors: [{ messageId: 'changed', path: 'de-DE/a.md', line: L, expected: 'Get-Method', actual: 'Get-Methode', severity: 'error' }],
    },
    {
      name: 'a number dropped (< 2 sec), as a warning',
      files: { 'de-DE/a.md': doc('de-DE', pair('a', 'Durchschn. Verzögerung der Ausgangswarteschlange < Sek.', 'Avg. Out Queue Delay < 2 sec')) },
      errors: [{ messageId: 'missing', path: 'de-DE/a.md', line: L, expected: '2', severity: 'warning' }],
    },
    {
      name: 'a quantity written with the wrong decimal separator for the locale (ja uses a point)',
      files: { 'ja-JP/a.md': doc('ja-JP', pair('a', '帯域幅は 1,5 Mbps です', 'Bandwidth is 1.5 Mbps')) },
      errors: [{ messageId: 'changed', path: 'ja-JP/a.md', line: L, expected: '1.5', actual: '1,5' }],
    },
    {
      name: 'a GUID added by the translation, and a code span lost',
      files: { 'es-ES/a.md': doc('es-ES', pair('a', 'Use el id 5E872200-F546-4CCD-8F23-AF5F507AA2DD', 'Use `Get-CsUser` here')) },
      errors: [
        { messageId: 'missing', path: 'es-ES/a.md', line: L, expected: 'Get-CsUser' },
        { messageId: 'markup', path: 'es-ES/a.md', line: L, severity: 'warning' },
        { messageId: 'extra', path: 'es-ES/a.md', line: L, actual: '5E872200-F546-4CCD-8F23-AF5F507AA2DD', severity: 'warning' },
      ],
    },
  ],
});
