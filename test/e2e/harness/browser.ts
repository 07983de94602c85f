import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium unless `CHROMIUM_PATH` names another build: no browser is ever downloaded. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags that keep Chromium quiet on a machine with no network: without the background-networking ones
 * it keeps trying to reach Google's services. Playwright gives every launch a fresh, temporary user data
 * directory of its own.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
] as const;

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  try {
    return await chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not start Chromium at ${executablePath} (set CHROMIUM_PATH to use another build): ${reason}`,
      { cause: error },
    );
  }
}
