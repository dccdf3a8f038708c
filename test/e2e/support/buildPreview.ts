import { execFileSync } from "child_process";
import { existsSync, readdirSync, statSync } from "fs";
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

/**
 * Build the preview (production mode) when dist-preview is missing or older than the sources:
 * the tests and the bench run against what a user would get.
 */
export function ensurePreviewBuilt(): string {
  const built = join(PREVIEW_DIST, "index.html");
  const sources = Math.max(
    newest(join(ROOT, "src")),
    newest(join(ROOT, "assets", "sample")),
    statSync(join(ROOT, "webpack.preview.js")).mtimeMs
  );
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
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
  }
  return PREVIEW_DIST;
}
