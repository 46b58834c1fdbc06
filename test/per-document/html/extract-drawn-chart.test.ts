import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { P1, P2, P3 } from './prose.js';

const text = (html: string) => extractHtml(html).blocks.map((b) => b.text).join('\n');

const label = (t: string, top: number, left: number) => `<div class="lbl" style="top:${top}%;margin-top:-8px;left:${left}%;width:80px;"><p>${t}</p></div>`;

const page = (figure: string) => `<html><body><main><article><h1>Budget approved</h1>
<p>${P1}</p>${figure}<p>${P2}</p><p>${P3}</p></article></main></body></html>`;

describe('extractHtml: charts drawn in HTML', () => {
  it('drops a box of labels placed over a picture (axis ticks, legend)', () => {
    const chart = `<div class="graphic"><div class="board">${label('Spending per pupil', 2, 0)}${label('$900', 10, 2)}${label('600', 40, 2)}${label('300', 70, 2)}${label('’18', 92, 10)}${label('’22', 92, 80)}</div></div>`;
    const x = extractHtml(page(chart));
    const t = x.blocks.map((b) => b.text).join('\n');
    expect(t).toContain(P2);
    expect(t).not.toContain('Spending per pupil');
    expect(x.removed.find((r) => r.text.includes('Spending per pupil'))?.rule).toBe('html/drawn-chart');
  });

  it('keeps a box with a placed badge or two beside its prose', () => {
    const box = `<div class="note">${label('New', 0, 0)}<p>The library will open on Saturdays from next month, the council said, after a petition signed by four hundred readers.</p></div>`;
    expect(text(page(box))).toContain('open on Saturdays');
  });
});
