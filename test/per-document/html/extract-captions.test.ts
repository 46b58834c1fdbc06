import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { P1, P2, P3 } from './prose.js';

const page = (caption: string) => `<html><body><main><article><h1>Budget approved</h1>
<p>${P1}</p><div class="foto">${caption}</div><p>${P2}</p><p>${P3}</p></article></main></body></html>`;

describe('extractHtml: photo captions named in other languages', () => {
  for (const cls of ['dida', 'didascalia', 'pie-de-foto', 'bildtext']) {
    it(`drops a caption box classed "${cls}" as a credit`, () => {
      const x = extractHtml(page(`<div class="${cls}">Il sindaco in aula. Foto: Archivio</div>`));
      expect(x.blocks.map((b) => b.text).join('\n')).not.toContain('Il sindaco in aula');
      expect(x.removed.find((r) => r.text.includes('Il sindaco in aula'))?.kind).toBe('credit');
    });
  }

  it('keeps a class that only contains such a word inside another one', () => {
    const x = extractHtml(page(`<div class="candidate-info">Il sindaco in aula. Foto: Archivio</div>`));
    expect(x.blocks.map((b) => b.text).join('\n')).toContain('Il sindaco in aula');
  });
});
