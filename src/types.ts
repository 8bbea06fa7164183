/** The output contract (see README "Output"): key names here are stable API. */
import type { Span } from './text/span.js';
import type { Message } from './findings.js';
import type { Precision } from './text/datetime.js';
export type { Span };

/**
 * A warning as extract prints it among an article's facts: the one message type (findings.ts) seen
 * from inside the article, so without the file and with its severity left to `linkage check`.
 */
export type Warning = Pick<Message, 'code' | 'message' | 'span'>;

export interface Citation {
  id: string;
  kind: string | null;
  issuer: string | null;
  issuerCode: string;
  date: string | null;
  term: string | null;
  text: string;
  span: Span;
  mentions: Span[];
}

export type DateRole = 'published' | 'event' | 'document' | 'other';
export interface DateFact {
  /** ISO 8601 at the precision written (2004-07-01, 2023-03, 2023-Q3, 2025); null only for an unresolved relative day */
  value: string | null;
  text: string;
  part: string | null;
  role: DateRole;
  span: Span;
  mentions: Span[];
  precision: 'year' | 'quarter' | 'month' | 'day';
  /** the last day (month, …) of a range ("từ ngày 15 đến 30/7"), at the same precision */
  end?: string;
  /** "đầu tháng 7" early, "giữa năm" mid, "cuối năm 2025" late */
  edge?: 'early' | 'mid' | 'late';
  /** days ("hôm qua" -1) or, for a year, years ("cuối năm nay" 0) from publication */
  relative?: number;
  /** false when a relative date has no publication date to count from */
  resolved?: false;
}

export interface Horizon {
  kind: 'target' | 'vision' | 'period';
  year?: number;
  from?: number;
  to?: number;
  text: string;
  span: Span;
  mentions: Span[];
}

export interface Participant {
  name: string;
  titles: string[];
  roles: string[];
  span: Span;
  mentions: Span[];
}

export interface Organization { name: string; kind: string; span: Span; mentions: Span[] }
export interface Place { name: string; kind: string; current: string | null; text: string; span: Span; mentions: Span[] }

export interface EnumerationItem { ordinal: number; marker: string; text: string; span: Span }
export interface Enumeration {
  intro: string | null;
  speaker: string | null;
  items: EnumerationItem[];
  span: Span;
}

export interface Sector { key: string | null; label: string | null; text: string; span: Span }
export interface AgreementParty { name: string; kind: 'organization' | 'place' | 'person' }
/** One signing event: its first mention is `text`/`span`, later ones (headline, caption, body) are `mentions`. */
export interface Agreement {
  text: string;
  /** what was signed, canonical: "thỏa thuận hợp tác", "biên bản ghi nhớ", "chương trình hợp tác", ...; null if unnamed */
  document: string | null;
  /** party names (as in `partyDetails`) */
  parties: string[];
  partyDetails: AgreementParty[];
  from: number | null;
  until: number | null;
  /** the signing day when the text states it (ISO 8601) */
  date: string | null;
  sectors: Sector[];
  span: Span;
  mentions: Span[];
}

export interface Related { text: string; span: Span }

/** How the publication date was found: the text it was read from, its precision as written, and the evidence. */
export interface Publication {
  value: string;
  text: string;
  /** as written: year, month, day, minute or second (a header's stamp is never a quarter) */
  precision: Precision;
  /** label, updated-label, time, weekday, gmt, bare, crawler, document-header, dateline, after-title, tail, metadata, address */
  evidence: string[];
  span: Span | null;
}

/** One article's facts, in the key order of the output contract. */
export interface ArticleFacts {
  file: string;
  title: string | null;
  published: string | null;
  publication: Publication | null;
  source: string | null;
  citations: Citation[];
  dates: DateFact[];
  horizons: Horizon[];
  participants: Participant[];
  organizations: Organization[];
  places: Place[];
  priorities: Enumeration[];
  agreements: Agreement[];
  /** sectors of past cooperation an article lists without a signing (selected with the agreements field) */
  cooperationFields: Sector[];
  related: Related[];
  warnings: Warning[];
}

/** Fact fields a user can select with --fields. */
export const FACT_FIELDS = [
  'citations', 'dates', 'horizons', 'participants', 'organizations', 'places',
  'priorities', 'agreements', 'related',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];
