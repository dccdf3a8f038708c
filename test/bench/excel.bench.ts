/**
 * The Office.js adapter through office-addin-mock on 10k, 100k and 500k invoices replicated from
 * the IBM sample: per operation, the number of context.sync() calls and the largest request
 * (write payload or load response, JSON bytes). Target: at most 4 syncs plus one per chunk, and
 * no request over 4 MB (Excel on the web refuses requests over 5 MB).
 */
import { MAX_REQUEST_BYTES } from "../../src/excel/chunking";
import { measureExcel } from "../unit/excel/measureExcel";

const SIZES = [10_000, 100_000, 500_000];
const MB = 1024 * 1024;

export async function run(): Promise<void> {
  console.log(`target: <= 4 syncs + 1 per chunk, largest request <= ${MAX_REQUEST_BYTES / MB} MB`);
  for (const rows of SIZES) {
    for (const figure of await measureExcel(rows)) {
      // A chunk is a request of its own; the fixed syncs carry small ones (names, formats).
      const chunks = figure.requests.filter((bytes) => bytes > MB).length;
      console.log(
        `excel ${figure.operation} ${rows} rows: ${figure.syncs} syncs, largest request ` +
          `${(figure.largestRequestBytes / MB).toFixed(2)} MB ` +
          `(${chunks} chunks over 1 MB + ${figure.syncs - chunks} others)`
      );
    }
  }
}

export default run;
