/**
 * Problems become messages attached to the document, not exceptions (the unified-engine
 * way): a stage that meets bad input says so and the run goes on.
 */
export type MessageLevel = 'info' | 'warn' | 'error';

export interface Message {
  level: MessageLevel;
  stage: string;
  reason: string;
}

export function message(level: MessageLevel, stage: string, reason: string): Message {
  return { level, stage, reason };
}

/** Turns any thrown value into a one-line reason. */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
