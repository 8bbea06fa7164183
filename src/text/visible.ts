/**
 * Text from articles shown on a terminal: control characters (C0 but tab and
 * line feed, DEL, C1) and bidirectional overrides are written as `\x1B`,
 * `\u202E`, so a title holding `ESC[2J` or an OSC sequence cannot clear the
 * screen, retitle the window or reorder what is shown. JSON escapes these
 * itself; tables, stylish reports and error lines pass through here.
 */
const CONTROL_RE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/gu;

const hex = (c: string) => {
  const n = c.codePointAt(0)!;
  return n < 0x100 ? `\\x${n.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${n.toString(16).toUpperCase().padStart(4, '0')}`;
};

export function visible(s: string): string {
  return s.replace(CONTROL_RE, hex);
}
