// The floor linkage is compared with: read every article of a folder, decode
// it as UTF-8 and run one regular expression over it (document numbers), on
// one thread. What no extractor can do without.
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';

const EXT = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
const NUMBER = /(?<![\p{L}\p{N}])\d{1,5}\s*[-/]\s*(?:(?:19|20)\d{2}\s*\/\s*)?[A-ZĐ]{1,6}\s*[-/]\s*[A-ZĐ][A-ZĐa-z0-9]*/gu;
let files = 0, hits = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.isFile() && EXT.has(extname(e.name).toLowerCase()) && !/^readme/i.test(e.name)) {
      const text = new TextDecoder('utf-8').decode(readFileSync(p));
      files++;
      for (const _ of text.matchAll(NUMBER)) hits++;
    }
  }
};
walk(process.argv[2]);
process.stdout.write(`${files} ${hits}\n`);
