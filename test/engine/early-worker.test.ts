// The early worker (started during discovery): a release ends it unless a run took it, even when another call has
// started an early worker of its own since (two lint() calls at once).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/schema.js';

const threads = (): number => readdirSync('/proc/self/task').length;

async function settle(want: (n: number) => boolean): Promise<number> {
  for (let i = 0; i < 100 && !want(threads()); i++) await new Promise((r) => setTimeout(r, 50));
  return threads();
}

describe.runIf(process.platform === 'linux')('startEarlyWorker / release', () => {
  it('two early workers started one after the other are both ended by their releases: no thread is left behind', async () => {
    const pool = (await import(pathToFileURL(path.resolve('dist/engine/pool.js')).href)) as typeof import('../../src/engine/pool.js');
    const before = threads();
    const first = pool.startEarlyWorker(defaultConfig);
    const second = pool.startEarlyWorker(defaultConfig);
    expect(await settle((n) => n >= before + 2)).toBeGreaterThanOrEqual(before + 2);
    first.release();
    second.release();
    expect(await settle((n) => n <= before)).toBeLessThanOrEqual(before);
  }, 20_000);
});
