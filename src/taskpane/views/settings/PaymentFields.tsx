import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { ibanProblem, isBic } from "../../../core/payment/iban";
import type { Settings } from "../../../core/types";
import { useStrings } from "../../i18n/useStrings";

interface PaymentFieldsProps {
  draft: Settings;
  onChange(change: Partial<Settings>): void;
}

/**
 * The sender's IBAN and BIC. A wrong IBAN (ISO 13616 check digits) is shown as an error here and
 * the settings schema refuses to save it, so letters never carry a QR code to a wrong account.
 */
export function PaymentFields({ draft, onChange }: PaymentFieldsProps): React.JSX.Element {
  const s = useStrings().settings.payment;
  const iban = draft.iban ?? "";
  const bic = draft.bic ?? "";
  const problem = iban === "" ? undefined : ibanProblem(iban);
  const bicWrong = bic !== "" && !isBic(bic);
  return (
    <>
      <Field
        label={s.iban}
        hint={s.ibanHint}
        validationState={problem ? "error" : "none"}
        validationMessage={
          problem === "format" ? s.ibanFormat : problem === "checksum" ? s.ibanChecksum : undefined
        }
      >
        <Input value={iban} onChange={(_e, data) => onChange({ iban: data.value })} />
      </Field>
      <Field
        label={s.bic}
        validationState={bicWrong ? "error" : "none"}
        validationMessage={bicWrong ? s.bicInvalid : undefined}
      >
        <Input value={bic} onChange={(_e, data) => onChange({ bic: data.value })} />
      </Field>
    </>
  );
}
