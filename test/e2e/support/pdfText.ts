import { execFileSync } from "child_process";
import { join } from "path";

/** The text of a PDF file and its page count, extracted by pdf.js in a child process. */
export function pdfText(path: string): { pages: number; text: string } {
  const out = execFileSync(process.execPath, [join(__dirname, "extractPdfText.mjs"), path], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as { pages: number; text: string };
}
