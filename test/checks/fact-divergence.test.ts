import { factDivergence } from '../../src/checks/fact-divergence.js';
import { fm, pair, testCheck } from '../helpers/check-tester.js';

const doc = (locale: string, target: string, source: string): string => `${fm(locale)}\n${pair('a-1', target, source)}\n`;
const S = 'Restart the server twice.';

testCheck(factDivergence, {
  valid: [
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
  ],
  invalid: [
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
