/**
 * The README's TypeScript examples compile under `strict` against the built
 * types and run, as a user who copies them into a project would find; and
 * the package declares no dependency that nothing imports.
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

describe('dependencies', () => {
  it('every runtime dependency is used by the code, natural imported by module only', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const src = (function read(d: string): string {
      return readdirSync(d, { withFileTypes: true }).map((e) => (e.isDirectory() ? read(join(d, e.name)) : e.name.endsWith('.ts') ? readFileSync(join(d, e.name), 'utf8') : '')).join('\n');
    })(join(ROOT, 'src'));
    for (const dep of Object.keys(pkg.dependencies)) {
      // imported, or resolved to a file (the report inlines d3 and Plot from their dist files)
      expect(src, dep).toMatch(new RegExp(`'${dep.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^']*)?'`));
    }
    expect(src).not.toMatch(/from 'natural'/);
    expect(src).toMatch(/from 'natural\/lib\/natural\/distance\/jaro-winkler_distance\.js'/);
  });
});
