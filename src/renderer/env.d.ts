import type { StepwiseApi } from '@shared/contract';

declare global {
  interface Window {
    /** The only way to main: exposed by the preload, or bridged to a test core. */
    api: StepwiseApi;
  }
}
