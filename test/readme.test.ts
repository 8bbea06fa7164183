/**
 * The package declares no dependency that nothing imports. (The README's
 * examples compile and run: test/readme-examples.slow.test.ts.)
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/cli.js';

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
