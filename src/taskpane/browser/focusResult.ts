/** Frames to wait for the result's view: React renders a state set after an await when it can. */
const MAX_FRAMES = 60;

/**
 * After an action, bring its result into view and move focus there (a heading or the status
 * message), once the view it renders exists: React 18 may render the new tab a few frames later
 * on a busy machine, so each frame looks again, up to about a second. Keyboard and screen-reader
 * users land where the work ended, and a pane scrolled down shows its tabs again.
 */
export function focusResult(id: string, frames = MAX_FRAMES): void {
  requestAnimationFrame(() => {
    const target = document.getElementById(id);
    if (!target) {
      if (frames > 1) focusResult(id, frames - 1);
      return;
    }
    target.scrollIntoView({ block: "nearest" });
    target.focus({ preventScroll: true });
  });
}
