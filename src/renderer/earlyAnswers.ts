import type { Channel, Input } from '@shared/contract';

declare global {
  interface Window {
    /** The answers asked for early, by channel and input: kept on the window, as opening.ts is a script of its own. */
    stepwiseEarlyAnswers?: Map<string, Promise<unknown>>;
  }
}

/**
 * Calls made as the page starts, before the app's code has arrived, each answer kept for the first
 * `call` of the same channel and input: the opening screen's data is on its way while that code loads.
 */
const early = () => (window.stepwiseEarlyAnswers ??= new Map());

const keyOf = (channel: string, input: unknown) => `${channel} ${JSON.stringify(input)}`;

export function askEarly<C extends Channel>(channel: C, input: Input<C>): void {
  const answer = window.api.invoke(channel, input);
  // Not the page's own failure if nobody takes it: the call that takes it throws what it failed with.
  answer.catch(() => undefined);
  early().set(keyOf(channel, input), answer);
}

/** The answer asked for early to this call, once; undefined when none was. */
export function takeEarly<C extends Channel>(
  channel: C,
  input: Input<C>,
): ReturnType<typeof window.api.invoke<C>> | undefined {
  const key = keyOf(channel, input);
  const answer = early().get(key);
  early().delete(key);
  return answer as ReturnType<typeof window.api.invoke<C>> | undefined;
}
