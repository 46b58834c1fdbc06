/**
 * The author a personal site's footer names: the copyright holder, or the maker after the years
 * ("© 2009-2020 Anna Roth", "2009-2020 by Anna Roth"), not a company, an agency or the site's software.
 */
import { foldForMatch, wordCount } from '../../core/text.js';
import { AGENCIES, SHOUTED, parseNames } from './names.js';
import type { DumpHead, HeadPatterns } from './dump-head.js';
import type { NameWordPatterns } from './name-words.js';
import { PARAGRAPH_WORDS, isShortLine } from './name-lines.js';
import { isCommonWord, proseWords } from './page-words.js';
import type { WordSet } from './names.js';

/** "© 2009-2012 Jonathan Kraus. Impressum", "Copyright (c) 2012- Gregory Szabo. All rights reserved.", "© 2012 APA/AP". */
const COPYRIGHT = /^(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?(?:[-–|•]\s*)?/iu;

/** Years that open a part of a footer line ("2009-2020 by Florian Poschmann"). */
const YEARS = /^\d{4}(?:\s*[-–]\s*\d{4})?\s+/u;

/** The person a personal site's copyright line names, when nothing else names the author. */
export function copyrightHolder(head: DumpHead, patterns: HeadPatterns) {
  const { inlineByline: byWord, nameWords } = patterns;
  // The footer: below the article's last paragraph (a book list inside it may read "Beloved – 1987 by Toni Morrison").
  let footer = head.anchor + 1;
  for (let i = head.blocks.length - 1; i > head.anchor; i--) {
    if (wordCount(head.blocks[i]!.text) >= PARAGRAPH_WORDS) {
      footer = i + 1;
      break;
    }
  }
  for (let i = head.blocks.length - 1; i >= footer; i--) {
    const block = head.blocks[i]!;
    if (head.taken.has(i) || !isShortLine(block)) continue;
    const match = COPYRIGHT.exec(block.text.trim());
    if (match?.[0].trim()) {
      const holder = block.text.trim().slice(match[0].length).split(/\s*(?:[.•|]\s|\s[-–—]\s|,)/u)[0]!.replace(/\s+\d{4}(?:\s*[-–]\s*\d{4})?$/u, '').trim();
      if (AGENCIES.test(holder)) return { block, names: [holder] };
      const names = nameWords.company.test(holder) || SHOUTED.test(holder) ? undefined : (parseNames(holder, nameWords, 2) ?? madeBy(holder, byWord, nameWords));
      if (names?.length === 1 && wordCount(names[0]!) <= 3 && isPersonsName(names[0]!, proseWords(head.blocks), nameWords)) return { block, names };
    }
    // "Archive – Impressum – 2009-2020 by Florian Poschmann – Powered by Nikola": the years and the site's maker.
    for (const part of block.text.split(/\s+[–—|•·]\s+/u)) {
      const years = YEARS.exec(part.trim());
      // After the years alone, a full name: one capitalised word there is a brand as often ("2012–2024 by Ghost").
      const names = years ? madeBy(part.trim().slice(years[0].length), byWord, nameWords, 0) : undefined;
      if (names && wordCount(names[0]!) >= 2) return { block, names };
    }
  }
  return undefined;
}

/** A word in capitals ("VI Consortium", "Luigi LAVAZZA SPA"): a brand's or an outlet's, where a footer names its owner. */
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;

/**
 * A holder that is a person, not a body or an outlet: no word in capitals, none a word the page's sentences write in
 * lower case ("Deutscher Kanuverband" beside "deutschen", "Städtisches Bauamt" beside "städtischen").
 */
function isPersonsName(name: string, lowerCase: WordSet, nameWords: NameWordPatterns): boolean {
  return !name.split(/\s+/u).some((word) => CAPITALS_WORD.test(word) || isCommonWord(word, lowerCase, nameWords));
}

/** "Stylegart by Ramona": the person after a by-word that follows at most this many words (the site's name). */
function madeBy(text: string, byWord: RegExp | undefined, nameWords: NameWordPatterns, wordsBefore = 1): string[] | undefined {
  if (!byWord || foldForMatch(text).length !== text.length) return undefined;
  const match = foldForMatch(text).matchAll(byWord).next().value; // the pattern is global: matchAll leaves it untouched
  const before = text.slice(0, match?.index);
  if (!match || wordCount(before) > wordsBefore || nameWords.siteCredit.test(before)) return undefined;
  const names = parseNames(text.slice(match.index + match[0].length).trim(), nameWords, 1);
  // A given name alone ("Ramona"), not a brand's word with a capital inside it ("© by ChatCaster").
  return names?.length === 1 && wordCount(names[0]!) <= 3 && !/\p{Ll}\p{Lu}/u.test(names[0]!) ? names : undefined;
}
