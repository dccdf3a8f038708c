import { LOCALES, roundTripProperty } from "../unit/support/localeRoundTrip";
import { fuzzProperty } from "./fuzzProperty";

/** The locale round trip of the unit test, over all its cultures with many more cases. */
export const properties = [
  fuzzProperty(
    `amounts and due dates read back alike in the pane and the functions, ${LOCALES.length} locales`,
    24000,
    roundTripProperty
  ),
];
