import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { FastTokenizer } from '../../../src/per-document/parse/html/tokenizer.js';
import { dumpTree as dump, type TreeNode } from '../../helpers/dom-tree.js';

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

function tree(html: string, fast: boolean): unknown {
  const doc = parseDocument(html, { ...OPTIONS, withStartIndices: true, withEndIndices: true, ...(fast ? { Tokenizer: FastTokenizer } : {}) });
  return dump(doc as unknown as TreeNode);
}

const PAGES: Record<string, string> = {
  article: `<!doctype html><html><head><title>Tom &amp; Jerry &lt;3</title>
<style>p > a { color: red } /* <b> */</style>
<script>if (a < b && c > d) { document.write('<p>' + "x</scr" + "ipt>"); }</script>
<script type="application/ld+json">{"headline": "A < B & C"}</script></head>
<body class='main page' data-x="a &quot;quoted&quot; value" data-y='it&#39;s'>
<!-- a comment with <tags> and -- dashes -->
<p>Fish &amp; chips &euro;5 &notin the menu &#x2014; served at 5&lt;6 o'clock.</p>
<p title=unquoted&amp;value>Text with a bare & ampersand and a < lone angle.</p>
<![CDATA[ not really cdata ]]>
<textarea>raw <b>text</b> &amp; more</textarea>
<p>Last &copy</p></body></html>`,
  'no markup at all': 'just words & more words',
  'ends inside text': '<p>trailing text without an end',
  'ends inside an attribute': '<p class="never closed',
  'ends inside a script': '<script>var s = "<div>" + x',
  'ends inside a comment': '<p>a</p><!-- not closed',
  'entity at the very end': '<p>a &amp',
  'ampersands only after the last tag': '<p>a</p> & b & c &lt; d',
  'uppercase tags and attributes': '<DIV CLASS="A&amp;B"><P>One<BR>Two</P></DIV>',
};

describe('FastTokenizer', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`gives the stock tokenizer's tree: ${name}`, () => {
      expect(tree(html, true)).toEqual(tree(html, false));
    });
  }

  it('decodes entities in text and attribute values', () => {
    const doc = parseDocument('<p data-x="a &amp; b">1 &lt; 2 &amp; 3</p>', { ...OPTIONS, Tokenizer: FastTokenizer });
    const p = doc.children[0] as unknown as TreeNode;
    expect(p.attribs).toEqual({ 'data-x': 'a & b' });
    expect(p.children?.map((c) => c.data)).toEqual(['1 < 2 & 3']);
  });
});
