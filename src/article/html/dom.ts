/**
 * A saved page as a light tree with source offsets.
 *
 * Tokenizing is htmlparser2's Tokenizer (the WHATWG states: quoted attribute
 * values may hold `>`, script/style/title/textarea are raw text, comments and
 * CDATA are skipped, every character reference — hexadecimal `&#xED;`, decimal
 * `&#273;`, named `&oacute;`, legacy `&amp` without `;` — decoded by the
 * `entities` package). The tree is built here rather than with htmlparser2's
 * Parser because its open-element stack grows at the front: 400 000 unclosed
 * `<div>` took minutes. Here every step is O(1) amortised:
 * - an end tag whose element is not open is dropped after one map look-up,
 *   otherwise elements are popped down to it (each pop pays for its push);
 * - a `<p>`, `<li>`, `<td>`, … closes the open one as browsers do, looking at
 *   most IMPLIED_LOOKBACK elements down;
 * - elements deeper than MAX_DEPTH (as browsers cap the tree) are not opened,
 *   their content goes to the deepest element; an element keeps its first
 *   MAX_ATTRS attributes.
 * Offsets are UTF-16 indices into the page as read.
 */
import { Tokenizer } from 'htmlparser2';

export interface HText { start: number; end: number; text: string }
export interface HElement {
  tag: string;
  attrs: Record<string, string>;
  /** where an attribute's value stands in the page */
  attrAt: Record<string, { start: number; end: number }>;
  /** offset of `<` of the start tag, and just after the element (its end tag, or where it was closed) */
  start: number;
  end: number;
  /** offset of `<` of the end tag, or where the element was implicitly closed */
  closeStart: number;
  parent: HElement | null;
  children: (HElement | HText)[];
  /** scratch space of the content planner (html/content.ts): text statistics and flags */
  stat: ElementStat | null;
  flags: number;
}

export interface ElementStat { chars: number; inline: number; linkChars: number; links: number; commas: number; score: number }

export const isElement = (n: HElement | HText): n is HElement => (n as HElement).tag !== undefined;

export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen', 'basefont', 'bgsound', 'frame']);
// opening one of these closes an open <p> (HTML: "close a p element")
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt']);
// opening the key closes an open element of the listed names, unless one of the stoppers is nearer
const IMPLIED: Record<string, { closes: string[]; stop: string[] }> = {
  li: { closes: ['li'], stop: ['ul', 'ol', 'menu', 'table', 'div', 'td'] },
  dt: { closes: ['dt', 'dd'], stop: ['dl', 'table', 'div'] },
  dd: { closes: ['dt', 'dd'], stop: ['dl', 'table', 'div'] },
  option: { closes: ['option'], stop: ['select', 'datalist'] },
  tr: { closes: ['tr', 'td', 'th'], stop: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], stop: ['tr', 'table'] },
  th: { closes: ['td', 'th'], stop: ['tr', 'table'] },
  tbody: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], stop: ['table'] },
  thead: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], stop: ['table'] },
  tfoot: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], stop: ['table'] },
};
for (const h of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) IMPLIED[h] = { closes: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], stop: ['div', 'section', 'article', 'body'] };
// a <p> is not closed through these (HTML's "button scope")
const P_SCOPE_STOP = new Set(['button', 'table', 'td', 'th', 'caption', 'html', 'template', 'object', 'marquee', 'applet', 'svg', 'math']);
const IMPLIED_LOOKBACK = 16;
const MAX_DEPTH = 512;
// attributes kept per element: real pages use a dozen; a tag of 100 000 attributes is an attack
const MAX_ATTRS = 256;
const FOREIGN = new Set(['svg', 'math']);
const HEAD_CONTENT = new Set(['meta', 'link', 'title', 'style', 'script', 'noscript', 'base', 'template', 'basefont', 'bgsound']);

/** Parse a page; returns the root element (tag '#root'). Linear in the page size. */
export function parseHtml(html: string): HElement {
  const root: HElement = { tag: '#root', attrs: {}, attrAt: {}, start: 0, end: html.length, closeStart: html.length, parent: null, children: [], stat: null, flags: 0 };
  const stack: HElement[] = [root];
  const open = new Map<string, number>(); // tag → how many are on the stack
  let overflow = 0; // start tags not opened because the tree is too deep
  let foreign = 0;
  let cur: HElement | null = null; // element whose start tag is being read
  let attrName = '', attrValue = '', attrStart = -1, attrCount = 0;
  let text: HText | null = null; // the text node being extended
  let lastEnd = 0; // end of the last token

  let lastPopped: HElement | null = null; // so an end tag can extend its element past its `>`
  const top = () => stack[stack.length - 1];
  const pop = (at: number) => {
    const el = stack.pop()!;
    lastPopped = el;
    el.closeStart = at;
    if (el.end < at) el.end = at;
    open.set(el.tag, open.get(el.tag)! - 1);
    if (FOREIGN.has(el.tag)) foreign--;
  };
  /** close elements down to and including the nearest `names` within `lookback`, unless a stopper comes first */
  const closeImplied = (names: string[], stop: Set<string> | string[], at: number, lookback: number) => {
    if (!names.some((n) => open.get(n))) return;
    for (let i = stack.length - 1, k = 0; i > 0 && k < lookback; i--, k++) {
      const t = stack[i].tag;
      if (names.includes(t)) { while (stack.length > i) pop(at); return; }
      if (Array.isArray(stop) ? stop.includes(t) : stop.has(t)) return;
    }
  };

  const tk = new Tokenizer({ decodeEntities: true }, {
    onopentagname(start, end) {
      text = null;
      const tag = html.slice(start, end).toLowerCase();
      const at = start - 1;
      // the head holds metadata only: anything else closes it (a page without <body> has its text there)
      if (top().tag === 'head' && !HEAD_CONTENT.has(tag)) pop(at);
      if (!foreign) {
        if (CLOSES_P.has(tag)) closeImplied(['p'], P_SCOPE_STOP, at, IMPLIED_LOOKBACK);
        const imp = IMPLIED[tag];
        if (imp) closeImplied(imp.closes, imp.stop, at, IMPLIED_LOOKBACK);
      }
      attrCount = 0;
      cur = { tag, attrs: {}, attrAt: {}, start: at, end: end, closeStart: end, parent: null, children: [], stat: null, flags: 0 };
    },
    onattribname(start, end) { attrName = html.slice(start, end).toLowerCase(); attrValue = ''; attrStart = -1; },
    onattribdata(start, end) { if (attrStart < 0) attrStart = start; attrValue += html.slice(start, end); },
    onattribentity(cp) { attrValue += String.fromCodePoint(cp); },
    onattribend(_quote, end) {
      if (cur && ++attrCount <= MAX_ATTRS && !(attrName in cur.attrs)) {
        cur.attrs[attrName] = attrValue;
        cur.attrAt[attrName] = { start: attrStart < 0 ? end : attrStart, end };
      }
    },
    onopentagend(end) { openCurrent(end + 1, false); },
    onselfclosingtag(end) { openCurrent(end + 1, foreign > 0 || (cur !== null && VOID.has(cur.tag))); },
    onclosetag(start, end) {
      text = null;
      lastEnd = end + 1;
      const tag = html.slice(start, end).toLowerCase();
      if (tag === 'br') { addVoid({ tag: 'br', attrs: {}, attrAt: {}, start: start - 2, end: end + 1, closeStart: end + 1, parent: null, children: [], stat: null, flags: 0 }); return; }
      if (!open.get(tag)) { if (overflow > 0 && !VOID.has(tag)) overflow--; return; }
      while (stack.length > 1) {
        const t = top().tag;
        pop(start - 2);
        if (t === tag) break;
      }
      // the element ends after its end tag
      if (lastPopped && lastPopped.tag === tag) lastPopped.end = end + 1;
    },
    ontext(start, end) { addText(start, end, html.slice(start, end)); },
    ontextentity(cp, end) { addText(lastEnd, end, String.fromCodePoint(cp)); },
    oncomment(_s, end, offset) { text = null; lastEnd = end + offset + 1; },
    oncdata(_s, end, offset) { text = null; lastEnd = end + offset + 1; },
    ondeclaration(_s, end) { text = null; lastEnd = end + 1; },
    onprocessinginstruction(_s, end) { text = null; lastEnd = end + 1; },
    onend() { /* nothing */ },
    isInForeignContext() { return foreign > 0; },
  });

  function addVoid(el: HElement) {
    el.parent = top();
    top().children.push(el);
  }
  function openCurrent(end: number, selfClosing: boolean) {
    text = null;
    lastEnd = end;
    const el = cur;
    cur = null;
    if (!el) return;
    el.end = end;
    el.closeStart = end;
    if (VOID.has(el.tag) || selfClosing) { addVoid(el); return; }
    if (stack.length >= MAX_DEPTH) { overflow++; return; }
    el.parent = top();
    top().children.push(el);
    stack.push(el);
    open.set(el.tag, (open.get(el.tag) ?? 0) + 1);
    if (FOREIGN.has(el.tag)) foreign++;
  }
  function addText(start: number, end: number, s: string) {
    lastEnd = end;
    if (top().tag === 'head' && /\S/.test(s)) { pop(start); text = null; }
    if (text && text.end === start) { text.end = end; text.text += s; return; }
    text = { start, end, text: s };
    top().children.push(text);
  }

  tk.write(html);
  tk.end();
  while (stack.length > 1) pop(html.length);
  return root;
}

/** Elements of a subtree in document order (iterative: deep pages do not overflow the call stack). */
export function* elements(root: HElement): Generator<HElement> {
  const todo: HElement[] = [root];
  while (todo.length) {
    const el = todo.pop()!;
    yield el;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (isElement(c)) todo.push(c);
    }
  }
}

/** The text of a subtree, whitespace collapsed (for short elements: titles, datelines, headings). */
export function textOf(el: HElement, limit = 2000): string {
  let out = '';
  const todo: (HElement | HText)[] = [el];
  let budget = 4 * limit + 100; // nodes visited: empty markup does not make it slow
  while (todo.length && out.length < limit && budget-- > 0) {
    const n = todo.pop()!;
    if (!isElement(n)) { out += n.text; continue; }
    // (the element asked for is read whatever it is: the text of a <title> is the page's title)
    if (SKIP_TEXT.has(n.tag) && n !== el) continue;
    if (BLOCKISH.has(n.tag)) out += ' ';
    for (let i = n.children.length - 1; i >= 0; i--) todo.push(n.children[i]);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Elements whose content is never article text. */
export const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'option', 'button', 'textarea', 'input', 'datalist', 'map', 'title', 'noembed', 'noframes']);
/** Elements that start a new line of text. */
export const BLOCKISH = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'table', 'tbody',
  'thead', 'tfoot', 'caption', 'section', 'article', 'main', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'figure', 'figcaption', 'time',
  'address', 'center', 'body', 'html', 'header', 'footer', 'aside', 'nav', 'form', 'fieldset', 'details', 'summary', 'hgroup', 'menu', 'img']);
