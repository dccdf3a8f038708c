/**
 * A newcomer who clones the repository can follow every citation in the code: comments cite
 * docs/design.md §N (docs/design.md §9), that section exists, and no file points at a document
 * outside the repository.
 */
import { existsSync, readFileSync } from "fs";
import { dirname, join, relative } from "path";
import { ROOT, sourceFiles } from "./sourceFiles";

// This file names the patterns it looks for, so it is the one file it does not read.
const files = sourceFiles("src", "test").filter(
  (file) => !file.path.endsWith("docs/citations.test.ts")
);
const design = readFileSync(join(ROOT, "docs", "design.md"), "utf8");
const sections = new Set([...design.matchAll(/^## §(\d+) /gm)].map((match) => Number(match[1])));

/** Every "docs/design.md §N" cited, with the file citing it. */
const citations = files.flatMap((file) =>
  [...file.text.matchAll(/design\.md §(\d+)/g)].map((match) => ({
    file: file.path,
    section: Number(match[1]),
  }))
);

/** A path resolved from the file's folder (for ../x) or the root (for a/b.md) that leaves the repository. */
function leavesRepository(file: string, cited: string): boolean {
  const base = cited.startsWith(".") ? join(ROOT, dirname(file)) : ROOT;
  return relative(ROOT, join(base, cited)).startsWith("..");
}

describe("design citations", () => {
  it("docs/design.md has numbered sections", () => {
    expect(sections.size).toBeGreaterThanOrEqual(7);
  });

  it("the code cites docs/design.md", () => {
    expect(citations.length).toBeGreaterThan(10);
  });

  it("every cited section exists in docs/design.md", () => {
    expect(citations.filter((citation) => !sections.has(citation.section))).toEqual([]);
  });

  it("no file cites the design outside the repository (DESIGN section N, ../shared)", () => {
    const outside = files.filter((file) =>
      /DESIGN section|DESIGN\.md|\.\.\/shared\b|\/work\/shared/.test(file.text)
    );
    expect(outside.map((file) => file.path)).toEqual([]);
  });

  it("every relative path a file names stays inside the repository", () => {
    const escaping = files.flatMap((file) =>
      [...file.text.matchAll(/(?:\.\.\/)+[\w.-]+(?:\/[\w.-]+)*/g)]
        .filter((match) => leavesRepository(file.path, match[0]))
        .map((match) => `${file.path}: ${match[0]}`)
    );
    expect(escaping).toEqual([]);
  });

  it("every document a file names exists in the repository", () => {
    const missing = files.flatMap((file) =>
      [...file.text.matchAll(/(?:\.{1,2}\/)*[\w-]+(?:\/[\w.-]+)*\.md\b/g)]
        .filter((match) => !leavesRepository(file.path, match[0]))
        .filter((match) => {
          const base = match[0].startsWith(".") ? join(ROOT, dirname(file.path)) : ROOT;
          return !existsSync(join(base, match[0]));
        })
        .map((match) => `${file.path}: ${match[0]}`)
    );
    expect(missing).toEqual([]);
  });
});
