import { existsSync } from "fs";
import { join } from "path";

/** Where Chrome, Chromium or Edge usually is, by platform; CHROME_PATH wins over all of them. */
function candidates(): string[] {
  const env = process.env;
  const list = [env.CHROME_PATH ?? ""];
  if (process.platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter(
      Boolean
    ) as string[];
    for (const root of roots) {
      list.push(
        join(root, "Google", "Chrome", "Application", "chrome.exe"),
        join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
        join(root, "Chromium", "Application", "chrome.exe")
      );
    }
  } else if (process.platform === "darwin") {
    list.push(
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge"
    );
  } else {
    list.push(
      "/usr/bin/chromium",
      "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome",
      "/usr/bin/google-chrome-stable",
      "/snap/bin/chromium",
      "/usr/bin/microsoft-edge"
    );
  }
  return list.filter((path) => path !== "");
}

/**
 * The browser the end-to-end tests drive. Missing is a failure, never a skip: the tests are the
 * proof that the pane works, and a silent skip would hide that nothing was checked.
 */
export function findChrome(): string {
  const found = candidates().find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    "No Chrome, Chromium or Edge found for the end-to-end tests. Install one " +
      "(Debian/Ubuntu: `sudo apt-get install chromium`; macOS/Windows: install Google Chrome), " +
      "or set CHROME_PATH to the browser's executable. Looked in: " +
      candidates().join(", ")
  );
}
