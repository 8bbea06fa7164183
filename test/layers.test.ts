/** The import graph points one way (scripts/layers.mjs): checked on src/, and shown to catch each kind of wrong arrow. */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// @ts-expect-error plain ESM script without types
import { checkLayers } from '../scripts/layers.mjs';

const SRC = new URL('../src', import.meta.url).pathname;

/** A small src/ tree: path → text. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'linkage-layers-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, p)), { recursive: true });
    writeFileSync(join(root, p), text);
  }
  return root;
}

describe('layers', () => {
  it('src/ has no arrow up, into cli/ or into index.ts beyond the known ones, and every module has a layer', () => {
    const { offenders, unplaced } = checkLayers(SRC);
    expect(offenders).toEqual([]);
    expect(unplaced).toEqual([]);
  });

  it('reports an import of a higher layer, of the CLI and of the public face, static, dynamic or type-only', () => {
    const root = tree({
      'index.ts': "export * from './pipeline.js';\n",
      'pipeline.ts': "import { x } from './extract/a.js';\n",
      'extract/a.ts': "import { y } from '../article/b.js';\nexport const x = y;\n",
      'article/b.ts': "import type { Z } from '../extract/a.js';\nexport const y = 1;\n",
      'text/c.ts': "export async function f() { return import('../pipeline.js'); }\n",
      'report/d.ts': "import { makeChalk } from '../cli/color.js';\n",
      'check/e.ts': "export { extract } from '../index.js';\n",
      'cli/color.ts': "import { x } from '../pipeline.js';\n",
      'stray/f.ts': '// in no layer\n',
    });
    const { offenders, unplaced } = checkLayers(root);
    expect(offenders.sort()).toEqual([
      'article/b.ts -> extract/a.ts: article imports the higher layer extract',
      'check/e.ts -> index.ts: imports the public face src/index.ts',
      'report/d.ts -> cli/color.ts: imports the CLI',
      'text/c.ts -> pipeline.ts: text imports the higher layer pipeline/check',
    ]);
    expect(unplaced).toEqual(['stray/f.ts']);
  });

  it('an import in a comment is no arrow', () => {
    const root = tree({ 'text/a.ts': "/**\n * import { extract } from '../index.js';\n */\n// import('../cli/x.js')\nexport const a = 1;\n" });
    expect(checkLayers(root).offenders).toEqual([]);
  });
});
