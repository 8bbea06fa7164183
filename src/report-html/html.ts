/**
 * The report as one HTML file: the page's own script and styles, the charting
 * libraries (d3 and Observable Plot, read from node_modules when the report
 * is built) and the figures as JSON, all inline. A Content-Security-Policy
 * forbids the page any request, so it opens offline and tells no server.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ReportData } from './aggregate.js';
import type { TextChunks } from './texts.js';
import { HIGHLIGHT_KINDS } from './texts.js';

const require = createRequire(import.meta.url);

/** The root folder of an installed package, found from the file its default export resolves to. */
function packageRoot(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the package ${name}`);
    dir = up;
  }
  return dir;
}

/** The minified browser bundles, in load order (Plot's UMD bundle reads the d3 global). */
export function libraries(): Array<{ name: string; version: string; code: string }> {
  return [['d3', 'dist/d3.min.js'], ['@observablehq/plot', 'dist/plot.umd.min.js']].map(([name, file]) => {
    const root = packageRoot(name);
    return { name, version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version, code: readFileSync(join(root, file), 'utf8') };
  });
}

function asset(name: string): string {
  return readFileSync(new URL(`../../assets/report/${name}`, import.meta.url), 'utf8');
}

/** Text that cannot end the <script> or <style> element it is put in. */
function inScript(s: string): string {
  return s.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
/** JSON for a <script type="application/json">: no "<" at all, so no tag can close it. */
function jsonIn(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c');
}
function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function renderHtml(data: ReportData, texts: TextChunks, version: string): string {
  const libs = libraries();
  const meta = { version, kinds: HIGHLIGHT_KINDS, libraries: libs.map((l) => `${l.name} ${l.version}`) };
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="linkage ${escapeHtml(version)}">
<title>${escapeHtml(data.title)}</title>
<style>${inScript(asset('style.css'))}</style>
</head>
<body>
<div id="app"><p class="loading">Loading the report…</p></div>
<script id="report-data" type="application/json">${jsonIn(data)}</script>
<script id="report-texts" type="application/json">${jsonIn(texts)}</script>
<script id="report-meta" type="application/json">${jsonIn(meta)}</script>
${libs.map((l) => `<script data-library="${escapeHtml(l.name)}">${inScript(l.code)}</script>`).join('\n')}
<script>${inScript(asset('app.js'))}</script>
</body>
</html>
`;
}
