import { describe, expect, it } from 'vitest';
import { closeSelfClosedRaw } from '../../../src/per-document/parse/html/self-closed.js';

/** The rewrite as one global replace: what closeSelfClosedRaw must equal. */
const PATTERN = /<(script|style|title|textarea|iframe|xmp|noembed|noframes)(\s(?:[^>"']|"[^"]*"|'[^']*')*)?\/>/gi;
const byReplace = (html: string) => html.replace(PATTERN, (_m, tag: string, attrs?: string) => `<${tag}${attrs ?? ''}></${tag}>`);

const PAGES: Record<string, string> = {
  'a self-closed script': '<head><script src="/app.js" /></head><body><p>Text</p></body>',
  'upper and mixed case': '<SCRIPT SRC=x /><Style/><TiTlE/><p>after</p>',
  'every raw-text name': '<script/><style/><title/><textarea/><iframe/><xmp/><noembed/><noframes/>',
  'a quoted > and /> inside attributes': `<script data-a="x>y" data-b='/>' /><p>kept</p>`,
  'names that only start like one': '<scripts/><styles /><titles/><span/><section/><table/><img/><noscript/>',
  'closed normally': '<script src="a.js"></script><p>One</p><br/><img src="b.png"/>',
  'an unclosed quote': '<script data-a="open /><p>rest</p>',
  'a match right after a match': '<script/><script/><style a=b/>',
  'letters beyond ASCII': '<ſcript/><ıframe/><script/>',
  'a tag at the very end': 'text <script',
  'no slash at all': '<p>plain</p>',
};

describe('closeSelfClosedRaw', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    it(`equals the global replace: ${name}`, () => {
      expect(closeSelfClosedRaw(html)).toBe(byReplace(html));
    });
  }

  it('closes a self-closed script so the page after it is not script text', () => {
    expect(closeSelfClosedRaw('<script src="a.js" /><p>Body</p>')).toBe('<script src="a.js" ></script><p>Body</p>');
  });
});
