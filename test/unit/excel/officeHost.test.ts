import { officeHost } from "../../../src/excel/officeHost";
import { freshAsOf } from "../../../src/taskpane/host/paneHost";

type Handler = (message: { visibilityMode: string }) => void;

/** Office as the host gives it: a platform, requirement sets, Office.addin (shared runtime). */
function installOffice(platform: string, sharedRuntime = true) {
  const handlers = new Set<Handler>();
  (globalThis as Record<string, unknown>).Office = {
    context: {
      platform,
      requirements: {
        isSetSupported: (name: string) => name !== "SharedRuntime" || sharedRuntime,
      },
    },
    addin: {
      onVisibilityModeChanged: async (handler: Handler) => {
        handlers.add(handler);
        return async () => {
          handlers.delete(handler);
        };
      },
    },
  };
  return (mode: string) => handlers.forEach((handler) => handler({ visibilityMode: mode }));
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("the pane's host in Excel", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Office);

  it("tells the pane each time it is shown, not when it is hidden, until unsubscribed", async () => {
    const emit = installOffice("PC");
    const host = officeHost();
    let shown = 0;
    const unsubscribe = host.onShown?.(() => shown++) as () => void;
    await settle();
    emit("Taskpane");
    emit("Hidden");
    emit("Taskpane");
    expect(shown).toBe(2);
    unsubscribe();
    await settle();
    emit("Taskpane");
    expect(shown).toBe(2);
  });

  it("has no shown event without the shared runtime (the pane is then loaded when opened)", () => {
    installOffice("PC", false);
    expect(officeHost().onShown).toBeUndefined();
  });

  it("says downloads do not work in Excel for Mac and on iPad (office-js #2700, #3385, #4681)", () => {
    installOffice("Mac");
    expect(officeHost().canDownload).toBe(false);
    installOffice("iOS");
    expect(officeHost().canDownload).toBe(false);
    installOffice("OfficeOnline");
    expect(officeHost().canDownload).toBe(true);
    installOffice("PC");
    expect(officeHost().canDownload).toBe(true);
  });
});

describe("freshAsOf: the date a pane computes at when it is shown or writes", () => {
  it("follows today unless the user chose a date", () => {
    expect(freshAsOf(45382, false, 45383)).toBe(45383);
    expect(freshAsOf(45000, true, 45383)).toBe(45000);
  });
});
