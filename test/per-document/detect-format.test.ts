import { describe, expect, it } from 'vitest';
import { detectFormat, detectFormatStage } from '../../src/per-document/detect-format/detect-format.js';
import { defaultContext, docOf } from '../helpers/stage-context.js';

describe('detectFormat', () => {
  it('recognises a whole HTML page, even after a comment', () => {
    expect(detectFormat('<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>Hi</p></body></html>')).toBe('html');
    expect(detectFormat('<!-- saved by crawler -->\n<html lang="en"><body>Hello</body></html>')).toBe('html');
  });

  it('recognises an HTML fragment by its tags', () => {
    const fragment = [
      '<div class="story">',
      '<h2>Council approves budget</h2>',
      '<p>The council voted on Tuesday to approve the budget.</p>',
      '<p>Spending on roads rises by four percent.</p>',
      '</div>',
    ].join('\n');
    expect(detectFormat(fragment)).toBe('html');
  });

  it('takes Markdown made only of links for Markdown', () => {
    const links = ['[Home](https://a.example/)', '[News](https://a.example/news)', '[Sport](https://a.example/sport)'].join('\n');
    expect(detectFormat(links)).toBe('markdown');
  });

  it('takes Markdown with headings and lists for Markdown', () => {
    expect(detectFormat('# Title\n\nSome text here.\n\n## Part two\n\n- one\n- two\n')).toBe('markdown');
  });

  it('keeps a text dump with a #hashtag line as text', () => {
    const text = [
      'Volunteers cleaned the beach at Porthcurno on Sunday morning.',
      'More than two hundred people took part in the clean-up.',
      '#beachclean #cornwall',
      'The next clean-up is planned for June.',
    ].join('\n');
    expect(detectFormat(text)).toBe('text');
  });

  it('keeps prose that mentions a <div> tag as text', () => {
    const text = [
      'Web developers often wrap a layout in a <div> element without thinking about it.',
      'Screen readers, however, treat such containers as meaningless.',
      'The author argues that semantic elements should come first.',
      'She gives several examples from government websites.',
    ].join('\n');
    expect(detectFormat(text)).toBe('text');
  });

  it('takes a long dump with bullets but no blank line for text (one block per line)', () => {
    const lines = ['Home', 'News', 'Sport', ...Array.from({ length: 10 }, (_, i) => `- Menu entry ${i}`)];
    for (let i = 0; i < 10; i++) lines.push(`The council met on day ${i} and discussed the budget for the coming year at length.`);
    expect(detectFormat(lines.join('\n'))).toBe('text');
    // the same lines with paragraphs set apart are Markdown
    expect(detectFormat(lines.join('\n\n'))).toBe('markdown');
  });

  it('a plain paragraph with a single bullet line stays text', () => {
    expect(detectFormat('The shop opens at nine.\n- Closed on Sundays\nPrices have not changed since last year.')).toBe('text');
  });
});

describe('detectFormatStage', () => {
  it('prefers a declared format over detection and counts it', () => {
    const ctx = defaultContext();
    const doc = detectFormatStage.run({ ...docOf('# Heading\n\n- a\n- b'), content: '# Heading\n\n- a\n- b', declaredFormat: 'text' }, ctx);
    expect(doc.format).toBe('text');
    expect(ctx.stats.snapshot()['detect-format']).toEqual({ 'declared:text': 1 });
  });

  it('detects when nothing is declared', () => {
    const ctx = defaultContext();
    const doc = detectFormatStage.run({ ...docOf(''), content: '<html><body><p>x</p></body></html>' }, ctx);
    expect(doc.format).toBe('html');
    expect(ctx.stats.snapshot()['detect-format']).toEqual({ html: 1 });
  });
});
