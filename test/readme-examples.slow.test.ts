/**
 * The README's TypeScript examples compile under `strict` against the built
 * types and run, as a user who copies them into a project would find. Runs
 * the TypeScript compiler, so it runs with `npm run test:slow`.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './helpers/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('README library examples', () => {
  it('compile under strict and run', { timeout: 180_000 }, () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    // inside the package, so `import … from 'linkage'` resolves to it as it would once installed
    const dir = mkdtempSync(join(ROOT, '.readme-test-'));
    try {
      blocks.forEach((b, i) => writeFileSync(join(dir, `example${i}.ts`), b));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
        compilerOptions: {
          strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', rootDir: '.', outDir: 'out',
          skipLibCheck: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')],
        },
        include: ['*.ts'],
      }));
      const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
      expect(tsc.stdout + tsc.stderr, 'tsc').toBe('');
      expect(tsc.status).toBe(0);
      for (const f of readdirSync(join(dir, 'out'))) {
        const r = spawnSync(process.execPath, [join(dir, 'out', f)], { cwd: ROOT, encoding: 'utf8' });
        expect(r.stderr, f).toBe('');
        expect(r.status, f).toBe(0);
        expect(r.stdout.length, f).toBeGreaterThan(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
