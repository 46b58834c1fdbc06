/**
 * Long unattended runs keep the memory of a short one: a worker whose heap grew past the
 * bound takes no more documents, and is stopped once the documents it holds are done
 * (Piscina then starts a fresh one). No document is ever cut off by it.
 */
import { describe, expect, it } from 'vitest';
import { recycling } from '../../src/pipeline/extractor.js';

function fakePool(ids: number[]) {
  const terminated: number[] = [];
  const threads = ids.map((threadId) => ({ threadId, terminate: async () => void terminated.push(threadId) }));
  const view = (busy: Record<number, number>) => ids.map((id) => ({ id, currentUsage: busy[id] ?? 0 }));
  return { pool: () => ({ threads }) as never, terminated, view };
}

describe('worker recycling', () => {
  it('gives documents to idle workers, and stops a worker past the bound once it is idle', () => {
    const { pool, terminated, view } = fakePool([1, 2]);
    const r = recycling(pool, 100);
    expect(r.balancer(null, view({}))?.id).toBe(1);
    expect(r.balancer(null, view({ 1: 1 }))?.id).toBe(2);
    expect(r.balancer(null, view({ 1: 1, 2: 1 }))).toBeNull();
    r.done(2, 40); // under the bound: stays
    expect(terminated).toEqual([]);
    r.done(1, 140); // over the bound, holding nothing else: stopped
    expect(terminated).toEqual([1]);
    // Until it has exited, the pool still lists it: it gets nothing.
    expect(r.balancer(null, view({ 2: 1 }))).toBeNull();
    expect(r.balancer(null, view({}))?.id).toBe(2);
  });

  it('lets a worker finish the document it was given before it went past the bound', () => {
    const { pool, terminated, view } = fakePool([1]);
    const r = recycling(pool, 100);
    r.balancer(null, view({})); // document A
    r.balancer(null, view({})); // document B, handed out as A's result came back
    r.done(1, 150); // A done, over the bound: B still runs there
    expect(terminated).toEqual([]);
    expect(r.balancer(null, view({}))).toBeNull();
    r.done(1, 160); // B done: now it goes
    expect(terminated).toEqual([1]);
  });
});
