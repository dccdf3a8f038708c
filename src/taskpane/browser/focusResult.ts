/**
 * After an action, bring its result into view and move focus there (a heading or the status
 * message), on the next frame so that the view it renders exists. Keyboard and screen-reader
 * users land where the work ended, and a pane scrolled down shows its tabs again.
 */
export function focusResult(id: string): void {
  requestAnimationFrame(() => {
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: "nearest" });
    target.focus({ preventScroll: true });
  });
}
