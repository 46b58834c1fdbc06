/**
 * htmlparser2's tokenizer, with native string search where the stock one steps through runs
 * of characters one at a time although they cannot change its state: plain text up to the
 * next `<` or `&`, quoted attribute values up to the closing quote or `&`, and the bodies of
 * scripts, styles and comments (its `fastForwardTo`). Scripts and styles alone are about two
 * fifths of a typical page's bytes.
 *
 * The tokens and the tree are exactly those of the stock tokenizer (the tests parse the same
 * pages with both): each override only moves the read position over characters that the stock
 * state handler would have passed over without effect. It is plugged in through the parser's
 * `Tokenizer` option, and reaches into internals of htmlparser2 10.1.0 (pinned in package.json);
 * a rename there only brings back the stock speed.
 */
import { Tokenizer } from 'htmlparser2';

const LT = 0x3c; // <
const AMP = 0x26; // &
const DQ = 0x22; // "
const SQ = 0x27; // '

/** The fields and handlers of the stock tokenizer that the overrides use. */
interface Internals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  stateText(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  fastForwardTo(c: number): boolean;
}

const stock = Tokenizer.prototype as unknown as Internals;

/** See the module comment. */
export class FastTokenizer extends Tokenizer {
  /** The first `&` at or after `ampFrom` in `ampBuffer` (its length when none): one search per `&`, not per text run. */
  ampAt = -1;
  ampFrom = -1;
  ampBuffer = '';
}

/** A FastTokenizer seen with the stock internals. */
type Fast = Internals & Pick<FastTokenizer, 'ampAt' | 'ampFrom' | 'ampBuffer'>;

/** Position in the buffer of the next `&` at or after `from`. */
function nextAmp(t: Fast, from: number): number {
  if (t.ampBuffer !== t.buffer || t.ampFrom < 0 || from < t.ampFrom || t.ampAt < from) {
    const i = t.buffer.indexOf('&', from);
    t.ampAt = i < 0 ? t.buffer.length : i;
    t.ampFrom = from;
    t.ampBuffer = t.buffer;
  }
  return t.ampAt;
}

/**
 * Moves the read position to just before the next `stop` character or `&` after the current
 * one (the parse loop then steps onto it), or to the last character when there is none.
 */
function skipTo(t: Fast, stop: string): void {
  const from = t.index - t.offset + 1;
  let next = t.buffer.indexOf(stop, from);
  if (next < 0) next = t.buffer.length;
  if (t.decodeEntities) next = Math.min(next, nextAmp(t, from));
  t.index = next + t.offset - 1;
}

const fast = FastTokenizer.prototype as unknown as Internals;

fast.fastForwardTo = function (this: Fast, c: number): boolean {
  const i = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
  if (i >= 0) {
    this.index = i + this.offset;
    return true;
  }
  this.index = this.buffer.length + this.offset - 1; // where the stock loop leaves it
  return false;
};

fast.stateText = function (this: Fast, c: number): void {
  if (c === LT || c === AMP) stock.stateText.call(this, c);
  else skipTo(this, '<');
};

fast.stateInAttributeValueDoubleQuotes = function (this: Fast, c: number): void {
  if (c === DQ || c === AMP) stock.stateInAttributeValueDoubleQuotes.call(this, c);
  else skipTo(this, '"');
};

fast.stateInAttributeValueSingleQuotes = function (this: Fast, c: number): void {
  if (c === SQ || c === AMP) stock.stateInAttributeValueSingleQuotes.call(this, c);
  else skipTo(this, "'");
};
