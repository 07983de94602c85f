/** The envelope every core call returns: a value, or an error that the UI can show in plain words. */
export const errorCodes = [
  'invalid-input',
  'not-found',
  'conflict',
  'unknown-channel',
  'database-newer',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
  /** For invalid input: where in the input the problem is (e.g. `name`, `scores.3.level`). */
  path?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, path?: string): Result<never> => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});

/** Thrown inside the core when a rule of the domain refuses a change; turned into an error result. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
