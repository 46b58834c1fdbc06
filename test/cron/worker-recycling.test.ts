/**
 * Long unattended runs keep the memory of a short one: a worker whose heap grew past the
 * bound takes no more documents, and is stopped once it holds none (Piscina then starts a
 * fresh one). No document is ever cut off by it.
 */
import { describe, expect, it } from 'vitest';
import { recycling } from '../../src/pipeline/extractor.js';

function fakePool(ids: number[]) {
  const terminated: number[] = [];
  const threads = ids.map((threadId) => ({ threadId, terminate: async () => void terminated.push(threadId) }));
  /** The workers as Piscina shows them to the balancer: id and tasks held. */
  const view = (held: Record<number, number>) => ids.map((id) => ({ id, currentUsage: held[id] ?? 0 }));
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
    r.done(1, 140); // over the bound: retiring
    expect(r.balancer(null, view({ 2: 1 }))).toBeNull(); // 1 is idle but retiring: stopped, given nothing
    expect(terminated).toEqual([1]);
    // Until it has exited, the pool still lists it: it gets nothing, and is not stopped twice.
    expect(r.balancer(null, view({}))?.id).toBe(2);
    expect(terminated).toEqual([1]);
  });

  it('lets a worker finish the document it was given before it went past the bound', () => {
    const { pool, terminated, view } = fakePool([1, 2]);
    const r = recycling(pool, 100);
    r.done(1, 150); // its last result came back over the bound, but it already holds document B
    expect(r.balancer(null, view({ 1: 1 }))?.id).toBe(2);
    expect(terminated).toEqual([]);
    expect(r.balancer(null, view({ 2: 1 }))).toBeNull(); // B done: now it goes
    expect(terminated).toEqual([1]);
  });
});
