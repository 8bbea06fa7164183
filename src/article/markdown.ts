/**
 * Markdown articles: remark-parse finds the structure; markup is blanked to
 * spaces so every offset in the text still points at the same character, and
 * extractors see prose, not `**`, `#` or link targets. Ordered-list markers
 * ("1.") are kept: they are enumeration markers. YAML front matter supplies
 * title, date and source when present.
 *
 * remark is loaded lazily (it costs start-up time) by loadMarkdown().
 */
import type { Root, Nodes } from 'mdast';

type Parse = (text: string) => Root;
let parser: Parse | null = null;

import type { FrontMatter } from './structure.js';

export async function loadMarkdown(): Promise<(text: string) => { text: string; meta: FrontMatter }> {
  if (!parser) {
    const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
    const proc = unified().use(remarkParse);
    parser = (t) => proc.parse(t) as Root;
  }
  return maskMarkdown.bind(null, parser);
}

// anything remark could treat as markup: emphasis, code, links, html, headings,
// quotes, lists, tables, setext underlines, thematic breaks, escapes, entities
const MARKUP = /[*_`[\]<>#|\\&]|^\s{0,3}(?:[-+=]|\d{1,9}[.)])/m;
/** an ATX heading's opening marks ("## "), and a closing sequence ("Title ##") */
const ATX = /^ {0,3}#{1,6}(?=[ \t]|$)|[ \t]+#+[ \t]*$(?<=^ {0,3}#{1,6}[ \t].*)/gm;
const FRONT = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export function maskMarkdown(parse: Parse, text: string): { text: string; meta: FrontMatter } {
  const meta: FrontMatter = {};
  const keep = new Uint8Array(text.length);
  let from = 0;
  const fm = FRONT.exec(text);
  if (fm) {
    let at = fm[0].indexOf('\n') + 1;
    for (const line of fm[1].split('\n')) {
      const m = /^(title|date|published|source)\s*:\s*["']?(.*?)["']?\s*$/i.exec(line);
      if (m && m[2]) {
        const key = m[1].toLowerCase() === 'date' ? 'published' : (m[1].toLowerCase() as 'title' | 'published' | 'source');
        meta[key] = m[2];
        if (key === 'published') {
          const v = line.indexOf(m[2]);
          meta.publishedRange = { start: at + v, end: at + v + m[2].length };
        }
      }
      at += line.length + 1;
    }
    from = fm[0].length;
  }
  // prose with no markup but ATX headings ("# Title") need not go through the
  // parser (~4 MB/s): blank the heading marks and the front matter, done
  const headingsBlanked = text.slice(from).replace(ATX, (m) => ' '.repeat(m.length));
  if (!MARKUP.test(headingsBlanked)) return { text: text.slice(0, from).replace(/[^\n]/g, ' ') + headingsBlanked, meta };
  const tree = parse(text.slice(from));
  const mark = (s?: number, e?: number) => {
    if (s == null || e == null) return;
    keep.fill(1, from + s, from + e);
  };
  const visit = (node: Nodes) => {
    const p = node.position;
    if (node.type === 'text' || node.type === 'inlineCode') mark(p?.start.offset, p?.end.offset);
    else if (node.type === 'code') mark(p?.start.offset, p?.end.offset);
    if (node.type === 'listItem' && node.children[0]?.position) mark(p?.start.offset, node.children[0].position.start.offset);
    if ('children' in node) for (const c of node.children) visit(c as Nodes);
  };
  visit(tree);
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (keep[i] || c === '\n') continue;
    // flush kept run, replace this char
    out += text.slice(run, i) + ' ';
    run = i + 1;
  }
  out += text.slice(run);
  if (meta.published) {
    const d = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(meta.published);
    if (d) meta.published = d[1] + (d[2] ? 'T' + d[2] : ''); else delete meta.published;
  }
  return { text: out, meta };
}
