import { createRoot } from "react-dom/client";

/* global document */

// Entry of the task pane bundle; the pane itself is built in src/taskpane by its owner.
const container = document.getElementById("container");
if (container) createRoot(container).render(<p>Credit Control</p>);
