/** One piece of a shutdown: stop the HTTP server, stop the background jobs, close the database. */
export type ShutdownStep = { name: string; run: () => Promise<void> };

/**
 * The signal handler of a server process. On the first signal it runs the phases in order (the steps of a
 * phase together: stop accepting and let requests in flight and background runs finish, then close the
 * database) and exits 0. A shutdown not done within `deadlineMs` exits 1 naming what was still running,
 * and so does a second signal, at once: an operator who presses Ctrl-C twice means it.
 */
export function createShutdown(opts: {
  phases: ShutdownStep[][];
  deadlineMs: number;
  say: (line: string) => void;
  exit: (code: number) => void;
}): (signal: string) => void {
  let started = false;
  let exited = false;
  const running = new Set<string>();
  const exit = (code: number) => {
    if (exited) return;
    exited = true;
    opts.exit(code);
  };
  const still = () => (running.size ? [...running].join(', ') : 'nothing');

  return (signal) => {
    if (started) {
      opts.say(`${signal} again: exiting now without waiting (still running: ${still()})`);
      exit(1);
      return;
    }
    started = true;
    opts.say(`${signal}: shutting down — no new requests; waiting up to ${opts.deadlineMs / 1000} s for requests in flight and background runs`);
    const timer = setTimeout(() => {
      opts.say(`shutdown did not finish within ${opts.deadlineMs / 1000} s (SHUTDOWN_TIMEOUT_MS); exiting with ${still()} still running`);
      exit(1);
    }, opts.deadlineMs);

    void (async () => {
      const failed: string[] = [];
      for (const phase of opts.phases) {
        // A failed step does not stop the next phase: the database is closed even if the server was not.
        await Promise.all(
          phase.map(async (step) => {
            running.add(step.name);
            try {
              await step.run();
            } catch (err) {
              failed.push(`${step.name} (${err instanceof Error ? err.message : String(err)})`);
            } finally {
              running.delete(step.name);
            }
          }),
        );
      }
      clearTimeout(timer);
      if (failed.length) {
        opts.say(`shutdown finished with errors: ${failed.join('; ')}`);
        exit(1);
      } else {
        opts.say('shut down cleanly');
        exit(0);
      }
    })();
  };
}
