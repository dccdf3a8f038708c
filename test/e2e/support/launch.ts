import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext } from "playwright-core";
import { findChrome } from "./findChrome";

export interface Chrome {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile (deleted on close) and nothing running in the background. */
export async function launchChrome(): Promise<Chrome> {
  const userDataDir = mkdtempSync(join(tmpdir(), "credit-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChrome(),
    headless: true,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
