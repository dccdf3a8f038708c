import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..", "..");
export const PREVIEW_DIST = join(ROOT, "dist-preview");

/** Newest modification time of the files under `dir` (0 when missing). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Held while a worker builds, so that e2e files running in parallel never build at once. */
const LOCK = join(ROOT, ".dist-preview.lock");
/** A lock older than this was left by a killed build: no build of the preview takes so long. */
const STALE_LOCK_MS = 10 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Take the build lock (mkdir is atomic), waiting for another worker's build to finish. */
function lockBuild(): void {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) {
        rmSync(LOCK, { recursive: true, force: true });
      } else {
        sleep(500);
      }
    }
  }
}

function isStale(): boolean {
  const built = join(PREVIEW_DIST, "index.html");
  const sources = Math.max(
    newest(join(ROOT, "src")),
    newest(join(ROOT, "assets", "sample")),
    statSync(join(ROOT, "webpack.preview.js")).mtimeMs
  );
  return !existsSync(built) || statSync(built).mtimeMs < sources;
}

/**
 * Build the preview (production mode) when dist-preview is missing or older than the sources:
 * the tests and the bench run against what a user would get. Two workers asking at once build
 * it once: the second waits for the lock, then finds it fresh.
 */
export function ensurePreviewBuilt(): string {
  // Locked even to check: a build in progress may have written index.html but not the bundle yet.
  lockBuild();
  try {
    if (isStale()) {
      execFileSync(
        process.execPath,
        [
          join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
          "--config",
          "webpack.preview.js",
          "--mode",
          "production",
        ],
        { cwd: ROOT, stdio: "inherit" }
      );
      // webpack leaves an unchanged index.html as it was ("compared for emit"): without this the
      // page would look stale after every source change and be rebuilt on every run.
      const now = new Date();
      utimesSync(join(PREVIEW_DIST, "index.html"), now, now);
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
  return PREVIEW_DIST;
}
