/** The envelope every core call returns: a value, or an error that the UI can show in plain words. */
export const errorCodes = [
  'invalid-input',
  'not-found',
  'conflict',
  'unknown-channel',
  'database-newer',
  /** The disk filled up: the change was not saved, and the data is read-only until the user retries. */
  'disk-full',
  /** A change refused while the data is read-only. */
  'read-only',
  /** The data file could not be opened: the user chooses a backup or a fresh start first. */
  'recovery-needed',
  /** SQLite found a damaged page. */
  'damaged',
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

  /** The error as plain data, as a result carries it. */
  toData(): AppError {
    return this.path === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, path: this.path };
  }
}
