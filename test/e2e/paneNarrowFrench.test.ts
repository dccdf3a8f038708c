import { narrowScenario } from "./support/narrowScenario";

/** Every view of the pane at 320 px in French: see support/narrowScenario.ts. */
// Each step scans the page with axe, slow on a loaded machine.
jest.setTimeout(240_000);

narrowScenario("fr");
