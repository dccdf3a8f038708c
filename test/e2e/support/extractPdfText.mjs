// The text of a PDF, page by page, with pdf.js (Mozilla): run as `node extractPdfText.mjs file.pdf`.
// A separate process because pdf.js ships as ES modules only, which jest's CommonJS runtime
// cannot load.
import { readFileSync } from "fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await getDocument({ data, useSystemFonts: false, disableFontFace: true }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text: pages.join("\n") }));
