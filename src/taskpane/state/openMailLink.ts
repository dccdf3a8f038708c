/** The part of a document openMailLink needs: making a link element. */
export interface LinkMaker {
  createElement(tag: "a"): Pick<HTMLAnchorElement, "href" | "rel" | "click">;
}

/**
 * Open a `mailto:` link in the user's mail app the way a web page does: a click on a plain link.
 * Not with Office.context.ui.openBrowserWindow: its url must be http or https ("Other protocols
 * like mailto aren't supported", Office.UI.openBrowserWindow in Microsoft's reference and in
 * @types/office-js), and the API is not on Excel on the web. Some hosts open nothing for a mail
 * link from an add-in (Excel for Windows, office-js #5011) and no host says whether it did, so
 * the pane always offers Copy beside it and says so after the click (mailOpened).
 */
export function openMailLink(url: string, doc: LinkMaker = document): void {
  if (!/^mailto:/i.test(url)) throw new Error("openMailLink opens mailto: links only");
  const link = doc.createElement("a");
  link.href = url;
  link.rel = "noopener";
  link.click();
}
