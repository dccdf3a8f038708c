import fc from "fast-check";

/**
 * One property of `npm run fuzz`: a fast-check property and how many cases it runs. A fuzz file
 * (test/fuzz/*.fuzz.ts) exports `properties: FuzzProperty[]`; run.ts runs them all and prints the
 * number of cases of each. Heavy on purpose: these never run in `npm test`.
 */
export interface FuzzProperty {
  name: string;
  property: fc.IRawProperty<unknown>;
  /** Cases at FUZZ_SCALE=1. */
  runs: number;
}

/** A fuzz property from a fast-check property (sync or async). */
export function fuzzProperty<Ts extends [unknown, ...unknown[]]>(
  name: string,
  runs: number,
  property: fc.IRawProperty<Ts>
): FuzzProperty {
  return { name, runs, property: property as unknown as fc.IRawProperty<unknown> };
}
