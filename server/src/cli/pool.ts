import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/**
 * Worker threads for many files: the CLI bundle starts copies of itself as workers, each asks
 * for the next file when it is done (so a 10 MB file does not hold up the rest), and results are
 * put back in the order of the files, so the output is the same whatever the scheduling.
 */

const WORKER_KIND = 'charterlint-lint-worker';

/** Below this much work, starting workers (≈40 ms each) costs more than it saves. */
const MIN_FILES = 48;
const MIN_BYTES = 4 * 1024 * 1024;
const FILES_PER_WORKER = 24;

interface Request<J> {
  index: number;
  job: J;
}
type Reply<R> = { index: number; result: R } | { index: number; error: string };

/** How many threads to use: `CHARTERLINT_THREADS` (or `--threads`) wins, else the cores when it pays. */
export function threadCount(files: number, bytes: number, requested?: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (requested !== undefined) return Math.max(1, Math.min(requested, files));
  if (files < 2 || (files < MIN_FILES && bytes < MIN_BYTES)) return 1;
  return Math.max(1, Math.min(cores, Math.ceil(files / FILES_PER_WORKER)));
}

/** Runs `work` on every job in `threads` workers (or in this thread for 1); results in job order. */
export async function mapJobs<J, R>(jobs: readonly J[], threads: number, work: (job: J) => R | Promise<R>, entry: string): Promise<R[]> {
  if (threads <= 1 || jobs.length < 2) {
    const results: R[] = [];
    for (const job of jobs) results.push(await work(job));
    return results;
  }
  const results = new Array<R>(jobs.length);
  let next = 0;
  let failure: Error | undefined;
  await Promise.all(
    Array.from({ length: Math.min(threads, jobs.length) }, () =>
      new Promise<void>((resolve) => {
        const worker = new Worker(entry, { workerData: { kind: WORKER_KIND } });
        let busy = false;
        const feed = (): void => {
          if (failure || next >= jobs.length) {
            busy = false;
            void worker.terminate();
            return;
          }
          const index = next++;
          busy = true;
          worker.postMessage({ index, job: jobs[index]! } satisfies Request<J>);
        };
        worker.on('message', (reply: Reply<R>) => {
          if ('error' in reply) failure ??= new Error(reply.error);
          else results[reply.index] = reply.result;
          feed();
        });
        worker.on('error', (error) => {
          failure ??= error;
        });
        // A worker that dies with a job in hand (out of memory, say) fails the run instead of hanging it.
        worker.on('exit', (code) => {
          if (busy) failure ??= new Error(`a worker thread stopped (exit code ${code}) before finishing its file`);
          resolve();
        });
        feed();
      }),
    ),
  );
  if (failure) throw failure;
  return results;
}

/** True in a thread started by `mapJobs`. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as { kind?: string } | null)?.kind === WORKER_KIND;
}

/** The worker side: answers each job with `work(job)` until terminated. */
export function serveJobs<J, R>(work: (job: J) => R | Promise<R>): void {
  parentPort?.on('message', ({ index, job }: Request<J>) => {
    Promise.resolve()
      .then(() => work(job))
      .then(
        (result) => parentPort!.postMessage({ index, result } satisfies Reply<R>),
        (error: unknown) => parentPort!.postMessage({ index, error: (error as Error)?.message ?? String(error) } satisfies Reply<R>),
      );
  });
}
