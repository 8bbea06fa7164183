/** The output contract (see README "Output"): key names here are stable API. */
import type { Span } from './article/normalize.js';
export type { Span };

export interface Warning { code: string; message: string; span: Span | null }

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
  value: string;
  text: string;
  part: string | null;
  role: DateRole;
  span: Span;
  mentions: Span[];
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
export interface Agreement {
  text: string;
  parties: string[];
  until: number | null;
  sectors: Sector[];
  span: Span;
}

export interface Related { text: string; span: Span }

/** How the publication date was found: the text it was read from, its precision as written, and the evidence. */
export interface Publication {
  value: string;
  text: string;
  precision: 'year' | 'month' | 'day' | 'minute' | 'second';
  /** label, updated-label, time, weekday, gmt, bare, crawler, document-header, after-title, tail, metadata */
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
