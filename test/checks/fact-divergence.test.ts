import { factDivergence } from '../../src/checks/fact-divergence.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

const doc = (locale: string, target: string, source: string): string => `${fm(locale)}\n${pair('a-1', target, source)}\n`;
const S = 'Restart the server twice.';

testCheck(factDivergence, {
  valid: [
    { name: 'the same clock time with seconds, and in Japanese words (午前 10 時 30 分)', files: {
      'de-DE/a.md': doc('de-DE', 'Die Bereinigung beginnt um 10:30:00 Uhr.', 'Purging starts at 10:30 AM.'),
      'fr-FR/a.md': doc('fr-FR', 'La purge commence à 10:30.', 'Purging starts at 10:30 AM.'),
      'ja-JP/a.md': doc('ja-JP', '削除は午前 10 時 30 分に開始されます。', 'Purging starts at 10:30 AM.'),
      'pt-BR/a.md': doc('pt-BR', 'A limpeza começa às 10:30:00.', 'Purging starts at 10:30 AM.'),
    } },
    { name: 'translations agree', files: {
      'de-DE/a.md': doc('de-DE', 'Starten Sie den Server 2 Mal neu.', S),
      'fr-FR/a.md': doc('fr-FR', 'Redémarrez le serveur 2 fois.', S),
      'es-ES/a.md': doc('es-ES', 'Reinicie el servidor 2 veces.', S),
    } },
    { name: 'only two locales: no majority to compare with', files: {
      'de-DE/a.md': doc('de-DE', 'Starten Sie den Server 2 Mal neu.', S),
      'fr-FR/a.md': doc('fr-FR', 'Redémarrez le serveur 3 fois.', S),
    } },
    { name: 'facts that the source has are fact-mismatch’s, not compared here', files: {
      'de-DE/a.md': doc('de-DE', 'Port 443', 'Port 443'),
      'fr-FR/a.md': doc('fr-FR', 'Port 443', 'Port 443'),
      'es-ES/a.md': doc('es-ES', 'Puerto', 'Port 443'),
    } },
    { name: 'the others recased a source token, this locale keeps the English’s (neither is this check’s)', files: {
      'ja-JP/a.md': doc('ja-JP', 'bob@contoso.com に送信します。', 'Send it to bob@contoso.com.'),
      'de-DE/a.md': doc('de-DE', 'An Bob@contoso.com senden.', 'Send it to bob@contoso.com.'),
      'fr-FR/a.md': doc('fr-FR', 'Envoyer à Bob@contoso.com.', 'Send it to bob@contoso.com.'),
      'es-ES/a.md': doc('es-ES', 'Enviar a Bob@contoso.com.', 'Send it to bob@contoso.com.'),
    } },
    { name: 'a number the English spells out, spelled out in this locale too', files: {
      'fr-FR/a.md': doc('fr-FR', 'Attendez trois minutes.', 'Wait three minutes.'),
      'de-DE/a.md': doc('de-DE', 'Warten Sie 3 Minuten.', 'Wait three minutes.'),
      'es-ES/a.md': doc('es-ES', 'Espere 3 minutos.', 'Wait three minutes.'),
      'ja-JP/a.md': doc('ja-JP', '3 分待ちます。', 'Wait three minutes.'),
    } },
    { name: 'clock times in each locale’s notation (14.45, 2:45 م, 14:45) are the same times', files: {
      'fi-FI/a.md': doc('fi-FI', 'Työaika on 7.00–14.45.', 'The working time is 07:00 AM - 02:45 PM.'),
      'ar-SA/a.md': doc('ar-SA', 'وقت العمل هو 07:00 ص - 02:45 م.', 'The working time is 07:00 AM - 02:45 PM.'),
      'de-DE/a.md': doc('de-DE', 'Die Arbeitszeit ist 07:00 - 14:45.', 'The working time is 07:00 AM - 02:45 PM.'),
      'tr-TR/a.md': doc('tr-TR', 'Çalışma süresi 07:00 - 14:45.', 'The working time is 07:00 AM - 02:45 PM.'),
    } },
    { name: 'a date kept as the English writes it while the others localize it', files: {
      'ar-SA/a.md': doc('ar-SA', 'تاريخ الانتهاء 12/31/2028.', 'The end date is 12/31/2028.'),
      'de-DE/a.md': doc('de-DE', 'Das Enddatum ist 31.12.2028.', 'The end date is 12/31/2028.'),
      'fi-FI/a.md': doc('fi-FI', 'Päättymispäivä on 31.12.2028.', 'The end date is 12/31/2028.'),
      'ru-RU/a.md': doc('ru-RU', 'Дата окончания — 31.12.2028.', 'The end date is 12/31/2028.'),
    } },
    { name: 'list punctuation between code spans (、 and ,) is not a fact', files: {
      'ja-JP/a.md': doc('ja-JP', 'コマンドレット (``new-team``、``get-team``、``set-team``)', 'cmdlets (``new-team``, ``get-team``, ``set-team``)'),
      'de-DE/a.md': doc('de-DE', 'Cmdlets (, ``new-team`` ``get-team`` , ``set-team`` )', 'cmdlets (``new-team``, ``get-team``, ``set-team``)'),
      'fr-FR/a.md': doc('fr-FR', 'applets ( ``new-team`` , ``get-team`` ,, ``set-team`` )', 'cmdlets (``new-team``, ``get-team``, ``set-team``)'),
      'zh-CN/a.md': doc('zh-CN', 'cmdlet ( ``new-team`` 、 ``get-team`` 、 ``set-team`` )', 'cmdlets (``new-team``, ``get-team``, ``set-team``)'),
    } },
    { name: 'a token the English has kept as written (15K) where the others expanded it', files: {
      'ja-JP/a.md': doc('ja-JP', '15K RPM のディスク', '15K RPM disks'),
      'de-DE/a.md': doc('de-DE', 'Festplatten mit 15.000 U/min', '15K RPM disks'),
      'fr-FR/a.md': doc('fr-FR', 'disques de 15.000 tr/min', '15K RPM disks'),
      'es-ES/a.md': doc('es-ES', 'discos de 15.000 RPM', '15K RPM disks'),
    } },
  ],
  invalid: [
    {
      name: 'a clock time that differs from the others’ and from its English (12.00 for 01:00 PM)',
      files: {
        'fi-FI/a.md': doc('fi-FI', 'Työntekijä leimaa ulos klo 12.00.', 'The worker clocks out at 01:00 PM.'),
        'ar-SA/a.md': doc('ar-SA', 'يسجل العامل الخروج في 01:00 م.', 'The worker clocks out at 01:00 PM.'),
        'de-DE/a.md': doc('de-DE', 'Der Arbeiter stempelt um 13:00 aus.', 'The worker clocks out at 01:00 PM.'),
        'ru-RU/a.md': doc('ru-RU', 'Работник отмечает уход в 13:00.', 'The worker clocks out at 01:00 PM.'),
        'tr-TR/a.md': doc('tr-TR', 'Çalışan 13:00’te çıkış yapar.', 'The worker clocks out at 01:00 PM.'),
      },
      errors: [{ messageId: 'differs', path: 'fi-FI/a.md', line: 6, expected: '13:00', actual: '12.00' }],
    },
    {
      name: 'one locale says 3 where the others say 2',
      files: {
        'de-DE/a.md': doc('de-DE', 'Starten Sie den Server 2 Mal neu.', S),
        'fr-FR/a.md': doc('fr-FR', 'Redémarrez le serveur 2 fois.', S),
        'ja-JP/a.md': doc('ja-JP', 'サーバーを 3 回再起動します。', S),
      },
      errors: [{ messageId: 'differs', path: 'ja-JP/a.md', line: 6, expected: '2', actual: '3' }],
    },
  ],
});
