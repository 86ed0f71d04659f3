// The five seed articles (fixtures/seeds), as paths relative to the repository root, and that root.
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export const SEEDS = [
  'fixtures/seeds/000_c7aa02d0fc662548.txt',
  'fixtures/seeds/001_4b8c124e5e4e8475.txt',
  'fixtures/seeds/002_793b926295e176e2.txt',
  'fixtures/seeds/003_63a4434e4d74ce63.txt',
  'fixtures/seeds/004_0091613f0c90001a.txt',
];
