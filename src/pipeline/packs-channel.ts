/**
 * How the worker threads get the run's compiled rule packs without waiting for them to start:
 * the pool starts first, so the workers load their modules while the main thread reads and
 * checks the packs, and each worker then asks for the packs on a broadcast channel of the
 * run's own. The main thread answers every ask, however late (a worker started mid-run to
 * replace a retired one gets the same packs); asks made before the packs are ready share one
 * answer.
 */
import { BroadcastChannel } from 'node:worker_threads';
import type { RulePacks } from '../config/rules.js';

type Message = { want: true } | { packs: RulePacks };

let channels = 0;

/** A channel name no other pool of this process uses. */
export function packsChannelName(): string {
  return `winnow-rule-packs-${process.pid}-${++channels}`;
}

/** The main thread's side: answers the workers' asks once `provide` has been called. */
export function offerPacks(name: string): { provide(packs: RulePacks): void; close(): void } {
  const channel = new BroadcastChannel(name);
  // An open channel would keep the process alive: the pool's own work holds it while it matters.
  channel.unref();
  let packs: RulePacks | undefined;
  let asked = false;
  const answer = (ready: RulePacks) => {
    asked = false;
    channel.postMessage({ packs: ready } satisfies Message);
  };
  channel.onmessage = (event) => {
    if (!('want' in (event as MessageEvent<Message>).data)) return;
    if (packs) answer(packs);
    else asked = true;
  };
  return {
    provide(read) {
      packs = read;
      if (asked) answer(read);
    },
    close: () => channel.close(),
  };
}

/** A worker's side: the packs, once the main thread has them. */
export function receivePacks(name: string): Promise<RulePacks> {
  const channel = new BroadcastChannel(name);
  return new Promise((resolve) => {
    channel.onmessage = (event) => {
      const message = (event as MessageEvent<Message>).data;
      if (!('packs' in message)) return;
      channel.close();
      resolve(message.packs);
    };
    channel.postMessage({ want: true } satisfies Message);
  });
}
