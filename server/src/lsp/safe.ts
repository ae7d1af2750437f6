import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export interface Log {
  error(message: string): void;
}

/** The answer to a request the client cancelled (`$/cancelRequest`): LSP's RequestCancelled, -32800. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/**
 * Wraps a handler so that an exception is logged and answered with an empty result: one failing
 * feature must never take the server down. A request cancelled before it starts, or while it
 * waits (for settings, for a lint), is answered with RequestCancelled, as LSP asks, not with a
 * result the client no longer wants.
 */
export function guarded<P, R>(log: Log, name: string, empty: (params: P) => R, handler: (params: P) => Promise<R> | R) {
  return async (params: P, token?: CancellationToken): Promise<R> => {
    // Thrown, a ResponseError is sent as the error of the request (vscode-jsonrpc).
    if (token?.isCancellationRequested) throw cancelled();
    let result: R;
    try {
      result = await handler(params);
    } catch (error) {
      log.error(`charterlint: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return empty(params);
    }
    if (token?.isCancellationRequested) throw cancelled();
    return result;
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
