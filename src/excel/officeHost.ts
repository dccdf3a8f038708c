import type { PaneHost } from "../taskpane/host/paneHost";
import { todayInBrowser } from "../taskpane/host/todayInBrowser";

/**
 * The pane's host in Excel. Shown: Office.addin.onVisibilityModeChanged (SharedRuntime 1.1),
 * where the pane may be loaded hidden. Downloads: Excel for Mac ignores a download started by an
 * add-in (office-js #2700, #3385, #4681), so the pane offers copy there instead.
 */
export function officeHost(): PaneHost {
  const context = typeof Office === "undefined" ? undefined : Office.context;
  const platform = context?.platform as string | undefined;
  const sharedRuntime = context?.requirements?.isSetSupported("SharedRuntime", "1.1") === true;
  return {
    canDownload: platform !== "Mac" && platform !== "iOS",
    today: () => todayInBrowser(),
    ...(sharedRuntime ? { onShown } : {}),
  };
}

function onShown(handler: () => void): () => void {
  let remove: (() => Promise<void>) | undefined;
  let removed = false;
  void Office.addin
    .onVisibilityModeChanged((message) => {
      if (message.visibilityMode === "Taskpane") handler();
    })
    .then((removeHandler) => {
      remove = removeHandler;
      if (removed) void remove();
    });
  return () => {
    removed = true;
    if (remove) void remove();
  };
}
