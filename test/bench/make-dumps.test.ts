/** Dumps made from HTML pages for a held-out check follow the bench README's recipe. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { markdownDump, textDump } from '../../src/bench/make-dumps.js';

const PAGE = `<!doctype html><html><head><title>Harbour news | Gazette</title><script>var x = 1;</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<h1>Lifeboat station reopens</h1><p>The old <a href="/station">station</a> will open as a <strong>museum</strong>.</p>
<ol><li>First step</li><li>Second step</li></ol><noscript>Enable JavaScript</noscript><iframe src="x"></iframe>
<img src="a.jpg" alt="A boat"><footer><p>© 2025 Gazette</p></footer></body></html>`;

/** An id whose pages get `#` links, and one whose pages keep their targets (README: sha1("links:" + id) starts with 0-7). */
const idWith = (stubs: boolean) => {
  for (let i = 0; ; i++) if ((createHash('sha1').update(`links:p-${i}`).digest('hex')[0]! < '8') === stubs) return `p-${i}`;
};

describe('markdownDump', () => {
  it('keeps the body as ATX Markdown without scripts, embeds and images, and ends with the URL', () => {
    const md = markdownDump(PAGE, idWith(false), 'https://gazette.example/news/lifeboat');
    expect(md).toContain('# Lifeboat station reopens');
    expect(md).toContain('The old [station](https://gazette.example/station) will open as a **museum**.');
    expect(md).toContain('-   [Home](https://gazette.example/)'); // turndown's list marker and spacing, as in the traf-dev dumps
    expect(md).not.toMatch(/var x|Enable JavaScript|A boat|Harbour news/);
    expect(md.endsWith('\n\nOriginal url:\n\n<https://gazette.example/news/lifeboat>\n')).toBe(true);
  });

  it('writes every link as a stub for half of the pages', () => {
    const md = markdownDump(PAGE, idWith(true), 'https://gazette.example/news/lifeboat');
    expect(md).toContain('The old [station](#) will open');
  });

  it('opens with the page title when the body has no h1', () => {
    const md = markdownDump(PAGE.replace(/<h1>.*<\/h1>/, ''), idWith(false), undefined);
    expect(md.startsWith('# Harbour news | Gazette\n\n')).toBe(true);
    expect(md).not.toContain('Original url');
  });
});

describe('textDump', () => {
  it('writes one block a line, without markup, URLs, bullets or blank lines', () => {
    expect(textDump(PAGE)).toBe(['Home', 'Sport', 'Lifeboat station reopens', 'The old station will open as a museum.', '1. First step', '2. Second step', '© 2025 Gazette', ''].join('\n'));
  });
});
