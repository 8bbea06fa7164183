/**
 * Where something is on disk: code-point offsets into the raw file and the
 * 1-based line and column of its start. Extractors report spans; the Article's
 * offset map makes them (NFD, CRLF and old tone placement never shift them).
 */
export interface Span { start: number; end: number; line: number; column: number }
