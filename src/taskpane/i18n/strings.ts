/** The shape every language file must have: English is the reference. */
import { en } from "./en";

export type Strings = typeof en;
