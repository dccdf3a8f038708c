import * as React from "react";
import { createPortal } from "react-dom";
import { makeStaticStyles } from "@fluentui/react-components";

/**
 * The print stylesheet: on paper (or "Save as PDF") only the statement shows; on screen the
 * printable copy stays hidden (the pane shows the same figures in its own layout).
 */
const usePrintStyles = makeStaticStyles(`
@media screen { .cc-print-root { display: none; } }
@media print {
  body > :not(.cc-print-root) { display: none !important; }
  body:not([data-cc-print="court"]) > .cc-print-root.cc-court { display: none !important; }
  body[data-cc-print="court"] > .cc-print-root:not(.cc-court) { display: none !important; }
  .cc-print-root { display: block; font-family: "Segoe UI", Arial, sans-serif; font-size: 12px; color: #000; background: #fff; }
  @page { margin: 16mm; }
}
`);

/**
 * The statement of account (or the court file) as the page to print, put directly under <body>
 * so the print stylesheet can hide everything else. `html` comes from core's statementHtml or
 * courtFileHtml: every text from the workbook is escaped there, and it holds no script or link
 * (the statement's only image is its EPC QR code, a data: URI).
 */
export function PrintableStatement({
  html,
  court = false,
}: {
  html: string;
  /** The court file's page: printed only by printCourtFile, the statement otherwise. */
  court?: boolean;
}): React.JSX.Element | null {
  usePrintStyles();
  const [host] = React.useState(() => {
    const element = document.createElement("div");
    element.className = court ? "cc-print-root cc-court" : "cc-print-root";
    element.setAttribute("data-testid", "printable-statement");
    return element;
  });
  React.useEffect(() => {
    document.body.appendChild(host);
    return () => host.remove();
  }, [host]);
  return createPortal(<div dangerouslySetInnerHTML={{ __html: html }} />, host);
}

/** Print the court file's page alone (the statement's page stays off the paper meanwhile). */
export function printCourtFile(): void {
  document.body.setAttribute("data-cc-print", "court");
  try {
    window.print();
  } finally {
    document.body.removeAttribute("data-cc-print");
  }
}
