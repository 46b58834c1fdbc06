import { describe, expect, it } from 'vitest';
import { DomHandler, type Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { NameParser, lowerName } from '../../../src/per-document/parse/html/parser.js';
import { FastTokenizer } from '../../../src/per-document/parse/html/tokenizer.js';
import { dumpTree as dump, type TreeNode } from '../../helpers/dom-tree.js';

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, Tokenizer: FastTokenizer };

function parsed(html: string, options: object): Document {
  const handler = new DomHandler(undefined, { withStartIndices: true, withEndIndices: true });
  new NameParser(handler, { ...OPTIONS, ...options }).end(html);
  return handler.root;
}

function same(html: string, options: object = {}): void {
  const stock = parseDocument(html, { ...OPTIONS, ...options, withStartIndices: true, withEndIndices: true });
  expect(dump(parsed(html, options) as unknown as TreeNode)).toEqual(dump(stock as unknown as TreeNode));
}

const PAGES: Record<string, string> = {
  'lower-case names': '<div class="a" data-x="1"><p>One<br>Two</p></div>',
  'upper-case tags and attributes': '<DIV CLASS="A"><P Data-Role="Lead">One<BR>Two</P></DIV><Section ID=x>Three</SECTION>',
  // a character beyond Latin-1 makes the whole page a two-byte string, and every name a slice of it
  'a page beyond Latin-1': '<HTML LANG="uk"><BODY><H1 Class="Title">Київ — новини</H1><P>Текст</P></BODY></HTML>',
  'names beyond ASCII': '<DİV ÄTTR="x">a</DİV><p Ωmega="y">b</p>',
  'implied and stray close tags': '<UL><LI>one<LI>two</UL></P><TABLE><TR><TD>cell</TABLE>',
  'processing instructions and declarations': '<?XML-Stylesheet href="a.xsl"?><!DOCTYPE HTML><p>x</p>',
  'svg with camel-case names': '<svg viewBox="0 0 1 1"><linearGradient gradientUnits="x"/></svg><p>after</p>',
};

describe('NameParser', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`gives the stock parser's tree: ${name}`, () => same(html));
  }

  it('keeps names as written when lower-casing is off', () => {
    same('<DIV CLASS="A"><P>One</P></DIV><?PI x?>', { lowerCaseTags: false, lowerCaseAttributeNames: false });
  });

  it('lower-cases only names that need it', () => {
    const name = 'data-role';
    expect(lowerName(name)).toBe(name);
    expect(lowerName('Data-Role')).toBe('data-role');
    expect(lowerName('ÄTTR')).toBe('ättr');
  });
});
