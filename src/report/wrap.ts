/**
 * Word wrapping for terminal reports: lines break at spaces only, so a
 * Vietnamese syllable is never cut (`phát tri` / `ển`); a word longer than the
 * line stands alone on its own. Widths ignore colour codes.
 */
const ANSI_RE = /\x1b\[[0-9;]*m/g;

export const visibleWidth = (s: string) => [...s.replace(ANSI_RE, '')].length;

/** `text` wrapped to `width` columns, every line starting with `indent`. */
export function wrapWords(text: string, width: number | undefined, indent: string): string {
  if (!width) return indent + text;
  const room = Math.max(20, width - visibleWidth(indent));
  const lines: string[] = [];
  let line = '';
  let w = 0;
  for (const word of text.split(' ')) {
    const ww = visibleWidth(word);
    if (line && w + 1 + ww > room) { lines.push(line); line = ''; w = 0; }
    line += (line ? ' ' : '') + word;
    w += (w ? 1 : 0) + ww;
  }
  lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}
