/** The e2e harness: the built renderer in Chromium, its `window.api` bridged to a real core. */
export { setupE2e, type E2eSession, type LaunchOptions, type StepwiseApp } from './app';
export {
  assertAccessible,
  blockingViolations,
  formatViolations,
  runAxe,
  type AxeOptions,
  type AxeViolation,
} from './axe';
export { bridgeApiToPage, heldFrom, type ApiBridge, type BridgeCall } from './bridge';
export { chromiumArgs, chromiumPath, launchChromium } from './browser';
export { Guards, isInsideApp, watchPage, type GuardKind, type GuardProblem } from './guards';
export { rendererDir, repoRoot, screenshotsDir } from './paths';
export { resolveRequestPath, startRendererServer, type RendererServer } from './server';
