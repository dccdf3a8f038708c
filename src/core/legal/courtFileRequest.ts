import type { Language } from "../types";
import type { CourtFile } from "./courtFile";

/** The court file sheet: one customer's itemised claim (core/legal/courtFile), in a language. */
export interface CourtFileRequest {
  file: CourtFile;
  /** Language of the sheet's labels and name ("Court file" / "Injonction de payer"); English when absent. */
  language?: Language;
}
