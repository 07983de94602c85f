import type { Channel, Input, Output } from '@shared/contract';
import type { AppError, ErrorCode } from '@shared/result';
import { takeEarly } from './earlyAnswers';

/** A refused or failed core call, carried to the UI to be shown in plain words. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  /** For invalid input: the field at fault, e.g. `name` or `patch.endDate`. */
  readonly path: string | undefined;

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.path = error.path;
  }

  /** The field at fault without the `patch.` of an update, so that create and edit forms read it alike. */
  get field(): string | undefined {
    return this.path?.replace(/^patch\./, '') || undefined;
  }
}

/** Calls the core and returns its value; a failure is thrown as an `ApiError`. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  let result: Awaited<ReturnType<typeof window.api.invoke<C>>>;
  try {
    result = await (takeEarly(channel, input) ?? window.api.invoke(channel, input));
  } catch (error) {
    // The bridge itself failing (main gone, structured clone refused) is not a domain error.
    throw new ApiError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Anything caught around a call, as an `ApiError`. */
export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError
    ? error
    : new ApiError({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
