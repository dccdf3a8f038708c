/**
 * Save a text as a file through the browser's download (an .eml draft): a temporary object URL
 * on a hidden link. Nothing leaves the machine.
 */
export function downloadText(
  fileName: string,
  content: string | Uint8Array,
  type = "message/rfc822"
): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
