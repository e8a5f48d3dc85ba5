import type { Logger } from '@nestjs/common';

/**
 * Runs `work` every `intervalMs` (never overlapping itself; errors are logged, not thrown). The timer
 * does not keep the process alive. Returns the function that stops it.
 */
export function startIntervalJob(name: string, intervalMs: number, work: () => Promise<unknown>, logger: Logger): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    work()
      .catch((error) => logger.error(`${name} failed: ${error instanceof Error ? error.stack : String(error)}`))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
