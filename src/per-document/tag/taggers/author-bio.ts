/**
 * The box about the author ("Anna Smith writes about energy policy …", "Anna Smith ist
 * Redakteurin …"): a paragraph near the end that starts with the name of an author the
 * metadata stage found, or a paragraph under a line that is only a person's name and that
 * starts with that name ("Owen Hartley" / "Owen is the co-founder of …"), or the paragraph
 * under an author box's label line ("Autor" / "Dr. Anna Schulte" / "ist Partnerin der
 * Kanzlei …"; the labels are the `author-bio` rule packs' per language). That is how an
 * author box reads once its markup is gone.
 */
import type { Block, Doc, Span } from '../../../core/document.js';
import { isProse } from '../../../core/prose.js';
import { wordCount } from '../../../core/text.js';
import type { Tagger } from '../tagger.js';

/** Where a bio of a known author may sit: the last part of the document. */
const TAIL_SHARE = 0.35;
const MAX_WORDS = 90;

/**
 * A line that is only a person's name: two or three capitalised words (hyphens, initials
 * and an academic title allowed), nothing else. Headings are left out: a section titled with
 * a name introduces the article's own text about that person.
 */
const NAME_LINE = /^(?:\p{Lu}\p{Ll}{1,4}\. )?\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,2}$/u;

/** A bio under a name line or a label says more than a fragment and less than an article's paragraph. */
const NAMED_BIO_MIN_WORDS = 6;
const NAMED_BIO_MAX_WORDS = 60;

function isBioLength(block: Block): boolean {
  const words = wordCount(block.text);
  return block.type !== 'heading' && words >= NAMED_BIO_MIN_WORDS && words <= NAMED_BIO_MAX_WORDS;
}

function startsWithName(text: string, name: string): boolean {
  return text.startsWith(name) && wordCount(text) > wordCount(name) + 3;
}

function isNameLine(block: Block): boolean {
  return NAME_LINE.test(block.text.trim());
}

/**
 * The bio under an author box's label, past the name line if there is one: a paragraph of a
 * bio's length that the article's text does not continue (a label over the byline at the top
 * is followed by the article, not by a bio).
 */
function bioUnderLabel(label: number, doc: Doc): number | undefined {
  let i = label + 1;
  if (doc.blocks[i] && isNameLine(doc.blocks[i]!)) i++;
  const bio = doc.blocks[i];
  const after = doc.blocks[i + 1];
  return bio && isBioLength(bio) && !(after && isProse(after)) ? i : undefined;
}

/**
 * The paragraph under a name line that starts with the whole name or its first word, at the
 * edge of the running text: a name line with prose on both sides is a subheading of the
 * article's own ("Rory Callan" / "Rory Callan stood in the ring …" / more of the story).
 */
function isBioUnderNameLine(before: Block | undefined, line: Block, next: Block, after: Block | undefined): boolean {
  const name = line.text.trim();
  if (line.type === 'heading' || !isNameLine(line) || !isBioLength(next)) return false;
  if (before && isProse(before) && after && isProse(after)) return false;
  // "List Comprehensions" / "List comprehensions are …": a heading whose term the paragraph defines
  if (!next.text.startsWith(name) && next.text.toLowerCase().startsWith(name.toLowerCase())) return false;
  const first = name.split(' ')[0]!;
  return next.text.startsWith(name) || next.text.startsWith(`${first} `);
}

export const authorBioTagger: Tagger = {
  name: 'author-bio',
  tag(doc) {
    if (doc.blocks.length < 4) return [];
    const names = (doc.meta.authors ?? (doc.meta.byline ? [doc.meta.byline] : [])).map((n) => n.trim()).filter((n) => wordCount(n) >= 2);
    const from = Math.floor(doc.blocks.length * (1 - TAIL_SHARE));
    const spans: Span[] = [];
    const labelled = new Set<number>();
    for (const span of doc.spans) {
      if (span.kind !== 'author-bio' || span.range) continue;
      const bio = bioUnderLabel(span.block, doc);
      if (bio !== undefined) labelled.add(bio);
    }
    for (const block of doc.blocks) {
      if (labelled.has(block.index)) {
        spans.push({ block: block.index, action: 'drop', kind: 'author-bio', rule: 'author-bio/under-author-label' });
        continue;
      }
      const line = doc.blocks[block.index - 1];
      if (line && isBioUnderNameLine(doc.blocks[block.index - 2], line, block, doc.blocks[block.index + 1])) {
        spans.push({ block: block.index, action: 'drop', kind: 'author-bio', rule: 'author-bio/under-name-line' });
        continue;
      }
      if (block.index < from || block.type === 'heading' || wordCount(block.text) > MAX_WORDS) continue;
      // The name, then more words: a sentence about the person, not a signature line alone.
      if (names.some((name) => startsWithName(block.text, name))) {
        spans.push({ block: block.index, action: 'drop', kind: 'author-bio', rule: 'author-bio/starts-with-author' });
      }
    }
    return spans;
  },
};
