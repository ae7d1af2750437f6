import type { CancellationToken } from 'vscode-languageserver';

export interface Log {
  error(message: string): void;
}

/**
 * Wraps a handler so that an exception is logged and answered with an empty result: one failing
 * feature must never take the server down.
 */
export function guarded<P, R>(log: Log, name: string, empty: (params: P) => R, handler: (params: P) => Promise<R> | R) {
  return async (params: P, token?: CancellationToken): Promise<R> => {
    try {
      if (token?.isCancellationRequested) return empty(params);
      return await handler(params);
    } catch (error) {
      log.error(`charterlint: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return empty(params);
    }
  };
}

/** The same for notifications: log, never throw. */
export function guardedNotification<P>(log: Log, name: string, handler: (params: P) => Promise<void> | void) {
  const fail = (error: unknown) => log.error(`charterlint: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
  return (params: P): void => {
    try {
      handler(params)?.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}
