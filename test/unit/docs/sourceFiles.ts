/** The repository's source and test files, read once for the tests that check them as text. */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

export const ROOT = join(__dirname, "..", "..", "..");

export interface SourceFile {
  /** Path from the repository root, with forward slashes. */
  path: string;
  text: string;
}

const SOURCE = /\.(ts|tsx|js|mjs|html)$/;

function walk(dir: string, found: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, found);
    else if (SOURCE.test(name)) found.push(full);
  }
  return found;
}

/** Every source file below the given top-level folders (e.g. "src", "test"). */
export function sourceFiles(...folders: string[]): SourceFile[] {
  return folders
    .flatMap((folder) => walk(join(ROOT, folder), []))
    .map((full) => ({
      path: relative(ROOT, full).split("\\").join("/"),
      text: readFileSync(full, "utf8"),
    }));
}
