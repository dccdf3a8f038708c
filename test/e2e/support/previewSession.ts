import { mkdirSync } from "fs";
import { join } from "path";
import type { Locator, Page } from "playwright-core";
import { seriousViolations } from "./axe";
import { ensurePreviewBuilt, ROOT } from "./buildPreview";
import { launchChrome, type Chrome } from "./launch";
import { serveFolder } from "./staticServer";

/** Where every e2e file writes its screenshots. */
export const RESULTS = join(ROOT, "test-results");

/** The preview page of one test file, opened once and shared by its tests in order. */
export interface PreviewSession {
  /** The page (only once beforeAll has run). */
  readonly page: Page;
  /** The task pane beside the grid. */
  pane(): Locator;
  /** A screenshot of the whole page to test-results/<prefix><name>.png. */
  shot(name: string): Promise<void>;
  /** No serious or critical axe violation; `state` names the failing state in the diff. */
  expectAccessible(state: string): Promise<void>;
}

/**
 * Registers the beforeAll/afterAll of a file that drives the preview: build it if stale, serve it,
 * start a fresh Chromium and open `?<query>`. Each file gets its own browser and server, so files
 * can run in parallel workers without sharing state.
 */
export function usePreviewSession(
  query: Record<string, string>,
  screenshotPrefix: string
): PreviewSession {
  let chrome: Chrome | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  let opened: Page | undefined;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await serveFolder(ensurePreviewBuilt());
    chrome = await launchChrome();
    opened = await chrome.context.newPage();
    await opened.goto(`${server.url}?${new URLSearchParams(query)}`);
  }, 300_000);

  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });

  const session: PreviewSession = {
    get page(): Page {
      if (!opened) throw new Error("The preview page is opened in beforeAll; use it in a test.");
      return opened;
    },
    pane: () => session.page.locator('[data-testid="pane"]'),
    shot: async (name) => {
      await session.page.screenshot({ path: join(RESULTS, `${screenshotPrefix}${name}.png`) });
    },
    expectAccessible: async (state) => {
      const violations = await seriousViolations(session.page);
      expect({ state, violations }).toEqual({ state, violations: [] });
    },
  };
  return session;
}
