/**
 * `npm run fuzz`: runs every test/fuzz/*.fuzz.ts in name order (only those whose name starts with
 * the first argument, when given). Each file exports `properties` (see fuzzProperty.ts). Prints
 * the cases run per property and in all; a failure prints fast-check's counterexample and seed
 * and the run exits with code 1. FUZZ_SCALE=0.1 runs a tenth of the cases, FUZZ_SEED=n replays.
 */
import fc from "fast-check";
import { readdirSync } from "fs";
import { join } from "path";
import type { FuzzProperty } from "./fuzzProperty";

interface FuzzModule {
  properties?: readonly FuzzProperty[];
}

function scale(): number {
  const value = Number(process.env.FUZZ_SCALE ?? "1");
  return Number.isFinite(value) && value > 0 ? value : 1;
}

function seed(): number | undefined {
  const value = process.env.FUZZ_SEED;
  return value === undefined || value === "" ? undefined : Number(value);
}

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((file) => file.endsWith(".fuzz.ts"))
    .filter((file) => only === undefined || file.startsWith(only))
    .sort();
  console.log(`node ${process.version}, ${files.length} fuzz file(s), scale ${scale()}`);
  let total = 0;
  let failures = 0;
  for (const file of files) {
    console.log(`\n== ${file.replace(/\.fuzz\.ts$/, "")} ==`);
    const module = (await import(join(__dirname, file))) as FuzzModule;
    for (const { name, property, runs } of module.properties ?? []) {
      const numRuns = Math.max(1, Math.round(runs * scale()));
      const details = await fc.check(property, { numRuns, seed: seed() });
      total += details.numRuns;
      if (details.failed) {
        failures++;
        console.log(`FAILED ${name} after ${details.numRuns} cases (seed ${details.seed})`);
        console.log(fc.defaultReportMessage(details));
      } else console.log(`ok ${name}: ${details.numRuns} cases`);
    }
  }
  console.log(`\n${total} cases in all, ${failures} propert${failures === 1 ? "y" : "ies"} failed`);
  if (failures > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
