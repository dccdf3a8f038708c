import { existsSync, readFileSync } from "fs";
import { join } from "path";

/** The built add-in (npm test runs `npm run build` before jest). */
export const DIST = join(__dirname, "..", "..", "..", "dist");
export const ROOT = join(__dirname, "..", "..", "..");

/** A file of dist/, failing with the command to run when the build is missing. */
export function readDist(file: string): string {
  const path = join(DIST, file);
  if (!existsSync(path)) {
    throw new Error(`dist/${file} is missing: run npm run build first`);
  }
  return readFileSync(path, "utf8");
}
