/**
 * htmlparser2's parser, lower-casing tag and attribute names without `toLowerCase` where they
 * are lower case already. On a page that holds any character beyond Latin-1, every name is a
 * slice of a two-byte string, and V8 lower-cases those through ICU, one call per tag and per
 * attribute: a tenth of the parse on such pages, for names that are nearly always lower case.
 *
 * The tree is exactly the stock parser's (the tests parse the same pages with both). Like
 * FastTokenizer it reaches into internals of htmlparser2 10.1.0 (pinned in package.json): the
 * parser lower-cases the slice it takes first in `onopentagname`, `onclosetag` and
 * `onattribname`, and processing-instruction names in `getInstructionName`.
 */
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/** The fields and methods of the stock parser that the overrides use. */
interface Internals {
  lowerCaseTagNames: boolean;
  lowerCaseAttributeNames: boolean;
  getSlice(start: number, end: number): string;
  getInstructionName(value: string): string;
  onopentagname(start: number, end: number): void;
  onclosetag(start: number, end: number): void;
  onattribname(start: number, end: number): void;
}

const stock = Parser.prototype as unknown as Internals;

/** See the module comment. */
export class NameParser extends Parser {
  /** Whether names are lower-cased (the stock flags are turned off: the overrides do it). */
  readonly lowerTags: boolean;
  readonly lowerAttributes: boolean;
  /** Set just before a stock handler takes the slice that is a name. */
  lowerNextSlice = false;

  constructor(cbs: Partial<Handler> | null, options?: ParserOptions) {
    super(cbs, options);
    const self = this as unknown as Internals;
    this.lowerTags = self.lowerCaseTagNames;
    this.lowerAttributes = self.lowerCaseAttributeNames;
    self.lowerCaseTagNames = false;
    self.lowerCaseAttributeNames = false;
  }
}

/** A NameParser seen with the stock internals. */
type Named = Internals & Pick<NameParser, 'lowerTags' | 'lowerAttributes' | 'lowerNextSlice'>;

/** The name lower-cased; itself when it has no upper-case ASCII letter and no character beyond ASCII. */
export function lowerName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c > 0x7f) return name.toLowerCase();
  }
  return name;
}

const named = NameParser.prototype as unknown as Named;

named.getSlice = function (this: Named, start: number, end: number): string {
  const slice = stock.getSlice.call(this, start, end);
  if (!this.lowerNextSlice) return slice;
  this.lowerNextSlice = false;
  return lowerName(slice);
};

named.onopentagname = function (this: Named, start: number, end: number): void {
  this.lowerNextSlice = this.lowerTags;
  stock.onopentagname.call(this, start, end);
};

named.onclosetag = function (this: Named, start: number, end: number): void {
  this.lowerNextSlice = this.lowerTags;
  stock.onclosetag.call(this, start, end);
};

named.onattribname = function (this: Named, start: number, end: number): void {
  this.lowerNextSlice = this.lowerAttributes;
  stock.onattribname.call(this, start, end);
};

named.getInstructionName = function (this: Named, value: string): string {
  const name = stock.getInstructionName.call(this, value);
  return this.lowerTags ? name.toLowerCase() : name;
};
