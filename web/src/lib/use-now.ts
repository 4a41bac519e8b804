import { useSyncExternalStore } from 'react';

// One shared ticker for every countdown on the page, so a queue of 50 badges sets one timer, not 50.
const TICK_MS = 30_000;
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
    // The first render read a time from when the clock last ran; bring it up to date at once.
    now = Date.now();
    listener();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
};

const snapshot = () => now;

/** The current time in ms, refreshed every 30 s for all subscribers at once. */
export const useNow = (): number => useSyncExternalStore(subscribe, snapshot, snapshot);
