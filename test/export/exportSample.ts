/**
 * npm run export-sample -- OUT.xlsx [--table]: the sample workbook after Analyse (as of
 * 2013-06-30) as an .xlsx file, to open in real Excel (README "Test in real Excel",
 * docs/excel-test-plan.md). --table makes the receivables an Excel table.
 */
import { exportedSample, toXlsx } from "./sampleXlsx";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const table = args.includes("--table");
  const out = args.find((arg) => !arg.startsWith("--"));
  if (!out || !out.toLowerCase().endsWith(".xlsx")) {
    console.error("Usage: npm run export-sample -- OUT.xlsx [--table]");
    process.exitCode = 2;
    return;
  }
  const workbook = await exportedSample(table);
  await toXlsx(workbook).xlsx.writeFile(out);
  console.log(
    `${out}: ${workbook.listSheets().join(", ")}; receivables ${table ? "in a table" : "in A1 form"}, as of 2013-06-30`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
