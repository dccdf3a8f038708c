import QRCode from "qrcode";

/**
 * The QR code of a text as rows of dark (true) and light modules, without the quiet zone: error
 * correction M, as EPC069-12 asks. Made by the `qrcode` package's create(), which needs no DOM.
 */
export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const size = modules.size;
  const rows: boolean[][] = [];
  for (let r = 0; r < size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < size; c++) row.push(modules.get(r, c) === 1);
    rows.push(row);
  }
  return rows;
}

/** The QR code as an SVG image (4-module quiet zone), for letters and the pane's preview. */
export function qrSvg(text: string, modulePixels = 4): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + 8;
  let path = "";
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) path += `M${c + 4} ${r + 4}h1v1h-1z`;
    })
  );
  const pixels = size * modulePixels;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pixels}" height="${pixels}" ` +
    `viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" ` +
    `height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
