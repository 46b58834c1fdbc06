import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/per-document/parse/html/extract-html.js';
import { P1, P2, P3 } from './prose.js';

const text = (html: string) => extractHtml(html).blocks.map((b) => b.text).join('\n');

const SUMMARY_A = 'The county spent twice as much on its roads last year, and the auditors now want to know where all of the money went.';
const SUMMARY_B = 'A new ferry timetable starts in June, with two more crossings on weekdays and a late boat on Fridays for the summer months.';

const page = (boxes: string) => `<html><body><main><article><h1>Budget approved</h1>
<p>${P1}</p><p>${P2}</p><p>${P3}</p>
<div class="more">${boxes}</div></article></main></body></html>`;

describe('extractHtml: rows of teasers inside the article', () => {
  it('drops a row of boxes, each a linked headline over a summary', () => {
    const t = text(page(`<div class="story-box"><h3><a href="/roads">Roads cost more</a></h3><p>${SUMMARY_A}</p></div>
<div class="story-box"><h3><a href="/ferry">Ferry timetable</a></h3><p>${SUMMARY_B}</p></div>`));
    expect(t).toContain(P3);
    expect(t).not.toContain(SUMMARY_A);
    expect(t).not.toContain(SUMMARY_B);
  });

  it('takes boxes numbered by their later classes for one row', () => {
    const t = text(page(`<div class="story-box pos-1 id4411"><h3><span>Roads</span> <a href="/roads">Roads cost more</a></h3><p>${SUMMARY_A}</p></div>
<div class="story-box pos-2 id4412"><h3><span>Boats</span> <a href="/ferry">Ferry timetable</a></h3><p>${SUMMARY_B}</p></div>`));
    expect(t).not.toContain(SUMMARY_A);
    expect(t).not.toContain(SUMMARY_B);
  });

  it('keeps sections whose headings link within the page (a table of contents target)', () => {
    const t = text(page(`<section class="part"><h3><a href="#roads">Roads cost more</a></h3><p>${SUMMARY_A}</p></section>
<section class="part"><h3><a href="#ferry">Ferry timetable</a></h3><p>${SUMMARY_B}</p></section>`));
    expect(t).toContain(SUMMARY_A);
    expect(t).toContain(SUMMARY_B);
  });

  it('keeps a single box with a linked headline (no row of like boxes)', () => {
    const t = text(page(`<div class="story-box"><h3><a href="/roads">Roads cost more</a></h3><p>${SUMMARY_A}</p></div>`));
    expect(t).toContain(SUMMARY_A);
  });
});
