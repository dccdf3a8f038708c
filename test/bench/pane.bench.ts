/**
 * The task pane's weight and speed:
 * - size of the pane's bundle as Excel downloads it (taskpane.js and its chunks, gzipped): dist/
 *   when `npm run build` left it newer than src/, else the pane's entry built alone in production
 *   mode; target at most 300 KB;
 * - time to first render in headless Chromium: from navigation to the pane's heading being
 *   visible, on the built preview page (median of 5 loads).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import webpack from "webpack";
import { gzipSync } from "zlib";
import { ensurePreviewBuilt, ROOT } from "../e2e/support/buildPreview";
import { launchChrome } from "../e2e/support/launch";
import { serveFolder } from "../e2e/support/staticServer";

const DIST = join(ROOT, "dist");
const BUDGET_KB = 300;
const LOADS = 5;

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** A build of dist/ newer than every source file: what `npm run build` left, measured as is. */
function freshDist(): string | undefined {
  const pane = join(DIST, "taskpane.js");
  return existsSync(pane) && statSync(pane).mtimeMs >= newest(join(ROOT, "src")) ? DIST : undefined;
}

/**
 * Otherwise the pane's entry alone, built in production mode with the add-in's loader settings
 * into a temporary folder: dist/ belongs to `npm run build` and is left alone.
 */
async function buildPaneAlone(): Promise<string> {
  const output = mkdtempSync(join(tmpdir(), "credit-pane-bundle-"));
  const compiler = webpack({
    mode: "production",
    context: ROOT,
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: { path: output, filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    })
  );
  return output;
}

/** The pane's script files: taskpane.js and any chunk it loads (not functions.js). */
function paneFiles(dir: string): string[] {
  return readdirSync(dir).filter((file) => file.endsWith(".js") && file !== "functions.js");
}

async function bundleSize(): Promise<void> {
  const fresh = freshDist();
  const dir = fresh ?? (await buildPaneAlone());
  let raw = 0;
  let gzipped = 0;
  for (const file of paneFiles(dir)) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzipped += gzipSync(bytes, { level: 9 }).length;
  }
  if (!fresh) rmSync(dir, { recursive: true, force: true });
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const verdict = gzipped <= BUDGET_KB * 1024 ? "ok" : "OVER BUDGET";
  console.log(
    `task pane bundle (${fresh ? "dist/" : "pane entry built alone, production"}): ` +
      `${kb(raw)} KB minified, ${kb(gzipped)} KB gzipped (target <= ${BUDGET_KB} KB: ${verdict})`
  );
}

async function firstRender(): Promise<void> {
  const server = await serveFolder(ensurePreviewBuilt());
  const chrome = await launchChrome();
  try {
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await chrome.context.newPage();
      const started = Date.now();
      await page.goto(`${server.url}?lang=en`);
      await page
        .getByRole("heading", { name: "Credit control", level: 1 })
        .waitFor({ state: "visible" });
      times.push(Date.now() - started);
      await page.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `task pane first render (preview, headless Chromium): median ${median} ms over ${LOADS} loads (${times.join(", ")} ms)`
    );
  } finally {
    await chrome.close();
    await server.close();
  }
}

export async function run(): Promise<void> {
  await bundleSize();
  await firstRender();
}

export default run;
