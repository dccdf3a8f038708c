/**
 * `npm run bench`: runs every test/bench/*.bench.ts in name order. A bench module exports
 * `run()` and prints its figures as plain lines ("core analyse 1000000 rows: 1234567 rows/s").
 * Targets are printed next to the figures, not asserted: machines differ.
 */
import { readdirSync } from "fs";
import { join } from "path";

interface BenchModule {
  run?: () => void | Promise<void>;
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith(".bench.ts"))
    .filter((file) => only === undefined || file.startsWith(only))
    .sort();
  console.log(`node ${process.version}, ${files.length} bench file(s)`);
  for (const file of files) {
    console.log(`\n== ${file.replace(/\.bench\.ts$/, "")} ==`);
    const bench = (await import(join(__dirname, file))) as BenchModule;
    if (typeof bench.run === "function") await bench.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
