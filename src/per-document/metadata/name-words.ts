/**
 * The word lists names are read with (joiners, particles, the words that end a name, author
 * pages' folders …; pipelines/rules/<lang>/fields.yaml), as the patterns the name readers test
 * with. Every language's words at once (see EVERY_LANGUAGE_KEYS), built once per rule set and
 * handed to the readers as an argument (the dump finders carry them in their HeadPatterns).
 */
import type { FieldPhrases, RuleSet } from '../../config/rules.js';
import { escapeRegExp } from '../../core/text.js';

export interface NameWordPatterns {
  /** What stands between two names on a line: a comma, a semicolon, "&" or a joiner ("Anna Smith and Bo Li"). */
  separator: RegExp;
  /** A particle inside a name ("van", "de"), as a whole token. */
  particle: RegExp;
  /** The link to the comments that a post's head line shows after its author ("… 4 Comments", "… Leave a comment"). */
  commentsLink: RegExp;
  /** Where a name stops inside a head line: a separator, a date, a word such as "le" or "am", or the comments link. */
  nameEnd: RegExp;
  /** A joiner between two linked names on one line (", ", " and "), the whole text between them. */
  linkJoiner: RegExp;
  /** A joiner left on a line of its own between two linked names ("and"), the whole line. */
  lineJoiner: RegExp;
  /** A link to an author's page ("…/author/anna-smith/"). */
  authorPage: RegExp;
  /** A word of a company's name ("GmbH", "Media"). */
  company: RegExp;
  /** A credit for a site's software, theme or design ("Powered by", "Theme by"). */
  siteCredit: RegExp;
  /** A credit to someone else than the author at the end of the words before a by-word ("Medically reviewed", "Photos:"). */
  otherCredit: RegExp;
  /** A word of a page's buttons, menus and notices, as a whole word in any case ("Tweet", "cookie"). */
  interfaceWord: RegExp;
  /** A small word that title case capitalises ("How To …"), with a space after it. */
  titleCaseWord: RegExp;
  /** An inflection ending at the end of a word ("aktuell-en"). */
  inflection: RegExp;
  /** The endings, and none: the forms of a word's stem. */
  endings: readonly string[];
}

/** The words as alternatives (escaped, deduplicated, the longest first); an empty list matches nothing. */
function alternatives(words: readonly string[]): string {
  const unique = [...new Set(words.map(escapeRegExp))].sort((a, b) => b.length - a.length);
  return unique.length ? `(?:${unique.join('|')})` : '(?!)';
}

const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);

function buildPatterns(fields: FieldPhrases): NameWordPatterns {
  const joiner = alternatives(fields.nameJoiner);
  // A link's word opens in either case ("Comments", "comments"); the rest is written in lower case.
  const openingEitherCase = (words: readonly string[]) => alternatives(words.flatMap((w) => [w, capitalised(w)]));
  const commentsLink = new RegExp(
    `\\s(?:(?:\\d+|${openingEitherCase(fields.commentsLinkLead)})\\s)?${openingEitherCase(fields.commentsLink)}(?:\\s|$)`,
    'u',
  );
  const afterName = alternatives([...fields.afterName.flatMap((w) => [w, capitalised(w), w.toUpperCase()]), ...fields.afterNameLower]);
  return {
    separator: new RegExp(`\\s*(?:,|;|&|\\s${joiner}\\s)\\s*`, 'u'),
    particle: new RegExp(`^${alternatives(fields.nameParticle)}$`, 'u'),
    commentsLink,
    nameEnd: new RegExp(`\\s*(?:[|·•,;(]|(?<![\\p{L}\\p{N}])\\d|\\s${afterName}(?:\\s|$))|${commentsLink.source}`, 'u'),
    linkJoiner: new RegExp(`^\\s*(?:,|;|&|${joiner})\\s*$`, 'iu'),
    lineJoiner: new RegExp(`^(?:${joiner}|&|,)$`, 'iu'),
    authorPage: new RegExp(`^https?:\\/\\/[^/]+\\/(?:[^?#]*\\/)?${alternatives(fields.authorPath)}\\/[^/?#]`, 'iu'),
    company: new RegExp(`\\b${alternatives(fields.companyWord)}\\b`, 'u'),
    siteCredit: new RegExp(`\\b${alternatives(fields.siteCredit)}\\b`, 'iu'),
    otherCredit: new RegExp(`(?:^|\\s)${alternatives(fields.otherCredit)}[\\s:]*$`, 'iu'),
    interfaceWord: new RegExp(`^${alternatives(fields.interfaceWord)}$`, 'iu'),
    titleCaseWord: new RegExp(`(?:^|\\s)${alternatives(fields.titleCaseWord.map(capitalised))}(?=\\s)`, 'u'),
    inflection: new RegExp(`${alternatives(fields.inflection)}$`, 'u'),
    endings: ['', ...new Set(fields.inflection)],
  };
}

const builtFor = new WeakMap<RuleSet, NameWordPatterns>();

/** The patterns of the word lists of a rule set (every language's at once), built once per rule set. */
export function nameWordsFor(rules: RuleSet): NameWordPatterns {
  let patterns = builtFor.get(rules);
  if (!patterns) builtFor.set(rules, (patterns = buildPatterns(rules.everyLanguageFields)));
  return patterns;
}
