import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PaneErrorBoundary } from "../../../../src/taskpane/components/PaneErrorBoundary";
import { en } from "../../../../src/taskpane/i18n/en";
import { fr } from "../../../../src/taskpane/i18n/fr";

/**
 * React calls getDerivedStateFromError and renders again when a child throws; the server
 * renderer does not run boundaries, so the test takes those two steps itself.
 */
function renderAfter(error: unknown, strings = en, onReload = () => undefined): string {
  const boundary = new PaneErrorBoundary({ strings, onReload, children: null });
  boundary.state = PaneErrorBoundary.getDerivedStateFromError(error);
  return renderToStaticMarkup(<>{boundary.render()}</>);
}

describe("PaneErrorBoundary", () => {
  it("renders its children while nothing failed", () => {
    const boundary = new PaneErrorBoundary({
      strings: en,
      onReload: () => undefined,
      children: <p>pane</p>,
    });
    expect(renderToStaticMarkup(<>{boundary.render()}</>)).toBe("<p>pane</p>");
  });

  it("shows the message, the error's first line and a way back instead of a blank pane", () => {
    const html = renderAfter(new RangeError("Invalid currency code : E1\n    at format"));
    expect(html).toContain('role="alert"');
    expect(html).toContain(en.crashed.title);
    expect(html).toContain("Error: Invalid currency code : E1");
    expect(html).not.toContain("at format");
    expect(html).toContain(`>${en.crashed.reload}</button>`);
  });

  it("speaks French in a French pane", () => {
    const html = renderAfter("boom", fr);
    expect(html).toContain("Le volet s’est arrêté sur une erreur inattendue");
    expect(html).toContain("Recharger le volet");
  });
});
