import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownCopy, TextMemo } from '../../src/core/text-memo.js';

/** A full garbage collection, for heap figures that count only what is still reachable. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('TextMemo', () => {
  it('computes a text once and answers again from memory', () => {
    const seen: string[] = [];
    const memo = new TextMemo((text: string) => (seen.push(text), text.length > 3 ? text.toUpperCase() : undefined), 10);
    expect(memo.get('share this')).toBe('SHARE THIS');
    expect(memo.get('share this')).toBe('SHARE THIS');
    expect(memo.get('ok')).toBeUndefined();
    expect(memo.get('ok')).toBeUndefined(); // an undefined value is remembered too
    expect(seen).toEqual(['share this', 'ok']);
  });

  it('holds at most its limit of entries, and never texts longer than its bound', () => {
    const memo = new TextMemo((text: string) => text.length, 100, 50);
    for (let i = 0; i < 1000; i++) memo.get(`line ${i}`);
    expect(memo.size).toBeLessThanOrEqual(100);
    const fresh = new TextMemo((text: string) => text.length, 100, 50);
    expect(fresh.get('x'.repeat(51))).toBe(51);
    expect(fresh.size).toBe(0);
  });

  it('keeps what was asked for lately when it makes room', () => {
    let computed = 0;
    const memo = new TextMemo((text: string) => (computed++, text.length), 4);
    memo.get('menu'); // the site's menu, asked for on every page
    memo.get('page 1');
    memo.get('menu');
    memo.get('page 2');
    memo.get('page 3');
    memo.get('menu');
    memo.get('page 4');
    memo.get('page 5');
    expect(computed).toBe(6);
    memo.get('menu');
    expect(computed).toBe(6);
    memo.get('page 1'); // not asked for since two turns: gone
    expect(computed).toBe(7);
  });

  it('does not keep the pages its texts were cut from', () => {
    // Each page is ~1 MB; a memo that kept the pieces as they come (views into the pages)
    // would keep all 100 pages alive, about 100 MB.
    const memo = new TextMemo((text: string) => text.trim(), 1000);
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) {
      const page = `<p>page ${i} `.padEnd(1_000_000, 'x');
      memo.get(page.slice(0, 40));
    }
    collectGarbage();
    expect(memo.size).toBe(100);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20_000_000);
  });
});

describe('ownCopy', () => {
  it('is the same text', () => {
    for (const text of ['', 'a', 'Čtvrtek, 12. března 2020 – 10:30', '\uD83D\uDE00 emoji and a lone \uD800 surrogate']) expect(ownCopy(text)).toBe(text);
  });
});
