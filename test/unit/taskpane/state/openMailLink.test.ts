import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { openMailLink } from "../../../../src/taskpane/state/openMailLink";

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

// Office.UI.openBrowserWindow: "The full URL to be opened including protocol (http or https) ...
// Other protocols like mailto aren't supported." (Microsoft's reference, @types/office-js).
describe("opening a draft in the mail app", () => {
  const openBrowserWindow = jest.fn();
  beforeEach(() => {
    openBrowserWindow.mockReset();
    (globalThis as Record<string, unknown>).Office = { context: { ui: { openBrowserWindow } } };
  });
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
  });

  it("clicks a plain mailto link and never hands mailto to openBrowserWindow", () => {
    const clicked: string[] = [];
    const link = { href: "", rel: "", click: () => clicked.push(link.href) };
    openMailLink("mailto:ap%40acme.test?subject=Invoice%20F-1", { createElement: () => link });
    expect(clicked).toEqual(["mailto:ap%40acme.test?subject=Invoice%20F-1"]);
    expect(link.rel).toBe("noopener");
    expect(openBrowserWindow).not.toHaveBeenCalled();
  });

  it("refuses anything but a mailto link", () => {
    const link = { href: "", rel: "", click: jest.fn() };
    expect(() => openMailLink("https://example.test", { createElement: () => link })).toThrow(
      /mailto/
    );
    expect(link.click).not.toHaveBeenCalled();
  });

  it("has no code that calls openBrowserWindow (mailto is not a protocol it opens)", () => {
    const root = join(__dirname, "../../../../src");
    const callers = sources(root).filter((file) =>
      /openBrowserWindow\s*\(/.test(readFileSync(file, "utf8"))
    );
    expect(callers).toEqual([]);
  });
});
