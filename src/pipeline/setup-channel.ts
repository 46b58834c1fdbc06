/**
 * How the worker threads get the run's pipeline and compiled rule packs without waiting for
 * them: the pool starts first, so the workers load their modules while the main thread reads
 * the pipeline and reads and checks its packs, and each worker then asks for them on a
 * broadcast channel of the pool's own. The main thread answers every ask, however late (a
 * worker started mid-run to replace a retired one gets the same setup); asks made before the
 * setup is ready share one answer.
 */
import { BroadcastChannel } from 'node:worker_threads';
import type { PipelineConfig } from '../config/pipeline-config.js';
import type { RulePacks } from '../config/rules.js';

/** What every worker of a run extracts with. */
export interface WorkerSetup {
  config: PipelineConfig;
  packs: RulePacks;
}

type Message = { want: true } | { setup: WorkerSetup };

let channels = 0;

/** A channel name no other pool of this process uses. */
export function setupChannelName(): string {
  return `winnow-worker-setup-${process.pid}-${++channels}`;
}

/** The main thread's side: answers the workers' asks once `provide` has been called. */
export function offerSetup(name: string): { provide(setup: WorkerSetup): void; close(): void } {
  const channel = new BroadcastChannel(name);
  // An open channel would keep the process alive: the pool's own work holds it while it matters.
  channel.unref();
  let setup: WorkerSetup | undefined;
  let asked = false;
  const answer = (ready: WorkerSetup) => {
    asked = false;
    channel.postMessage({ setup: ready } satisfies Message);
  };
  channel.onmessage = (event) => {
    if (!('want' in (event as MessageEvent<Message>).data)) return;
    if (setup) answer(setup);
    else asked = true;
  };
  return {
    provide(ready) {
      setup = ready;
      if (asked) answer(ready);
    },
    close: () => channel.close(),
  };
}

/** A worker's side: the setup, once the main thread has it. */
export function receiveSetup(name: string): Promise<WorkerSetup> {
  const channel = new BroadcastChannel(name);
  return new Promise((resolve) => {
    channel.onmessage = (event) => {
      const message = (event as MessageEvent<Message>).data;
      if (!('setup' in message)) return;
      channel.close();
      resolve(message.setup);
    };
    channel.postMessage({ want: true } satisfies Message);
  });
}
