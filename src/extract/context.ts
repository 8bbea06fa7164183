/**
 * The work several extractors and rules share, done once per article and only
 * when first asked for: the body's segmentation, the person names in it, the
 * numbered documents it cites, the date grammar's reading of it and the
 * numbered lists it holds. The pipeline makes one per article and hands it to
 * the extractors (through their declared needs) and to the rules; nothing is
 * kept on the Article behind their back.
 */
import type { Article } from '../article/article.js';
import { segmentation, type Segmentation } from '../article/segment.js';
import { personNames, type NameSpan } from '../text/persons.js';
import { findCitationMentions, type CitationMention } from './citations.js';
import { readDates, type DateReading } from './dates.js';
import { readLists, type ListReading } from './priorities.js';

/** The pieces of shared work an extractor may declare in its needs. */
export const WORK_KEYS = ['segmentation', 'names', 'citationMentions', 'dateMentions', 'enumerations'] as const;
export type WorkKey = (typeof WORK_KEYS)[number];

export class ArticleWork {
  #segmentation?: Segmentation;
  #names?: NameSpan[];
  #citationMentions?: CitationMention[];
  #dateMentions?: DateReading;
  #enumerations?: ListReading[];

  constructor(readonly article: Article) {}

  /** the body's paragraphs and sentences */
  get segmentation(): Segmentation {
    return (this.#segmentation ??= segmentation(this.article));
  }

  /** person names in the body, in text order ("Nguyễn Văn A", "ông Tập Cận Bình") */
  get names(): NameSpan[] {
    const a = this.article;
    return (this.#names ??= personNames(a.text, a.body.start, a.body.end));
  }

  /** every mention of a numbered document ("Nghị quyết số 37-NQ/TW ngày 01/7/2004") */
  get citationMentions(): CitationMention[] {
    return (this.#citationMentions ??= findCitationMentions(this.article));
  }

  /** the dates the grammar reads in the body (a citation's number is none), and those that do not exist (31/02) */
  get dateMentions(): DateReading {
    return (this.#dateMentions ??= readDates(this.article, this.citationMentions, () => this.segmentation));
  }

  /** the numbered lists of the body ("Thứ nhất, ... Thứ hai, ..."), each with its intro and the count it announces */
  get enumerations(): ListReading[] {
    return (this.#enumerations ??= readLists(this.article, this.segmentation));
  }
}
