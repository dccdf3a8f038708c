import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/**
 * Tabster (Fluent UI v9's focus manager) puts focusable, aria-hidden `<i data-tabster-dummy>`
 * guards around TabList and other focus zones: by design they pass focus on at once and must stay
 * hidden from screen readers (fluentui#25133, #27517; tabster#288). Microsoft's own Accessibility
 * Insights suppresses exactly this result (accessibility-insights-web#7605); so do we, for those
 * nodes and that rule only.
 */
function isTabsterGuard(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && /data-tabster-dummy/.test(html);
}

/**
 * The preview's grid stands for Excel's own sheet, which the add-in does not render: scanning its
 * thousands of cells doubled the time of every scan without testing anything of ours. Everything
 * else is scanned: the pane, Fluent's portals (menus, dialogs, listboxes) and the preview's bar.
 */
const EXCEL_STAND_IN = '[data-testid="sheet-grid"]';

/**
 * Serious and critical accessibility violations on the page, one line each ("rule: target"),
 * so a failing test says what to fix. Minor and moderate ones are reported by axe but not
 * asserted here.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude(EXCEL_STAND_IN).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) =>
      violation.nodes
        .filter((node) => !isTabsterGuard(violation.id, node.html))
        .map(
          (node) =>
            `${violation.id} (${violation.impact}): ${node.target.join(" ")} – ${violation.help}`
        )
    );
}
