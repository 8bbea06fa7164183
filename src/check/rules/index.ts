/** Every rule of `linkage check`, in the order listings show them. */
import type { Rule, RuleGroup } from '../rule.js';
import { asGroup } from '../rule.js';
import titleMissing from './title-missing.js';
import publishedMissing from './published-missing.js';
import sourceMissing from './source-missing.js';
import dateInvalid from './date-invalid.js';
import eventAfterPublication from './event-after-publication.js';
import enumerationGap from './enumeration-gap.js';
import enumerationCountMismatch from './enumeration-count-mismatch.js';
import encodingMojibake from './encoding-mojibake.js';
import unicodeNfd from './unicode-nfd.js';
import tonePlacementMixed from './tone-placement-mixed.js';
import duplicateArticle from './duplicate-article.js';
import participantTitleConflict from './participant-title-conflict.js';
import { citationRules } from './citations.js';

export const RULES: Rule[] = [
  titleMissing, publishedMissing, sourceMissing,
  dateInvalid, eventAfterPublication,
  enumerationGap, enumerationCountMismatch,
  encodingMojibake, unicodeNfd, tonePlacementMixed,
  duplicateArticle, participantTitleConflict,
];

/** The rules as the engine runs them: single rules, then the citation checks of `linkage cite`. */
export const RULE_GROUPS: RuleGroup[] = [...RULES.map(asGroup), citationRules() as RuleGroup];
