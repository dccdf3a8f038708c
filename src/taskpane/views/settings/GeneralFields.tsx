import * as React from "react";
import { Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Jurisdiction, Language, Settings } from "../../../core/types";
import { currencyCodes } from "../../../core/settings/currencyRule";
import { useReportField } from "../../components/fieldErrors";
import { NumberField } from "../../components/NumberField";
import { Heading } from "../../components/Heading";
import { SelectField } from "../../components/SelectField";
import { useFormat, useLanguage, useStrings } from "../../i18n/useStrings";
import { JURISDICTION_RULES } from "../../../core/penalty/jurisdictions";
import { DEFAULT_HOLD_DAY } from "../../../core/account/creditHold";
import { boundsFromText, boundsToText } from "./bucketBoundsText";
import { PaymentFields } from "./PaymentFields";
import { RateTableEditor } from "./RateTableEditor";
import { columnStyle } from "../../components/paneStyles";

const JURISDICTIONS: Jurisdiction[] = ["FR", "EU", "UK", "none"];

const useStyles = makeStyles({
  group: columnStyle(tokens.spacingVerticalS),
  // A native select is as wide as its longest option ("XAF – Central African CFA franc"): at
  // 320 px it would push the pane sideways, so it takes the field's width and cuts the text.
  select: {
    minWidth: 0,
    maxWidth: "100%",
    "& select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" },
  },
});

interface GeneralFieldsProps {
  draft: Settings;
  onChange(change: Partial<Settings>): void;
}

/** Contact rules, ageing buckets, penalties, language and sender: everything but ladder and templates. */
export function GeneralFields({ draft, onChange }: GeneralFieldsProps): React.JSX.Element {
  const strings = useStrings();
  const language = useLanguage();
  const rules = JURISDICTION_RULES[draft.jurisdiction];
  const styles = useStyles();
  const [boundsText, setBoundsText] = React.useState(boundsToText(draft.bucketBounds));
  const boundsValid = boundsFromText(boundsText) !== undefined;
  const s = strings.settings;
  const form = strings.settingsForm;
  useReportField("bucketBounds", s.bucketBounds, !boundsValid);
  const format = useFormat();
  return (
    <>
      <div className={styles.group}>
        <NumberField
          label={s.minDays}
          value={draft.minDaysBetweenContacts}
          integer
          min={0}
          max={365}
          fieldId="minDays"
          onChange={(minDaysBetweenContacts) => onChange({ minDaysBetweenContacts })}
        />
        <NumberField
          label={strings.customer.settings.holdDay}
          hint={strings.customer.settings.holdDayHint}
          value={draft.holdDay ?? DEFAULT_HOLD_DAY}
          integer
          min={0}
          onChange={(holdDay) => onChange({ holdDay })}
        />
        <Field
          label={s.bucketBounds}
          hint={s.bucketBoundsHint}
          validationState={boundsValid ? "none" : "error"}
          validationMessage={boundsValid ? undefined : s.bucketBoundsInvalid}
        >
          <Input
            value={boundsText}
            onChange={(_e, data) => {
              setBoundsText(data.value);
              const bounds = boundsFromText(data.value);
              if (bounds) onChange({ bucketBounds: bounds });
            }}
          />
        </Field>
      </div>
      <section className={styles.group} aria-labelledby="penalties-heading">
        <Heading level={3} id="penalties-heading">
          {s.penaltiesHeading}
        </Heading>
        <SelectField<Jurisdiction>
          label={s.jurisdiction}
          selectClassName={styles.select}
          value={draft.jurisdiction}
          options={JURISDICTIONS}
          optionLabel={(jurisdiction) => s.jurisdictions[jurisdiction]}
          // The fixed sum is the law's: a new jurisdiction brings its own.
          onChange={(jurisdiction) =>
            onChange({ jurisdiction, fixedFee: JURISDICTION_RULES[jurisdiction].defaultFixedFee })
          }
        />
        <NumberField
          label={s.rate}
          hint={rules.marginPoints > 0 ? rules.interestRule[language] : undefined}
          value={draft.annualRatePct}
          min={0}
          max={100}
          fieldId="rate"
          onChange={(annualRatePct) => onChange({ annualRatePct })}
        />
        <NumberField
          label={s.fixedFee}
          hint={rules.defaultFixedFee > 0 ? rules.indemnityRule[language] : undefined}
          value={draft.fixedFee}
          min={0}
          max={1_000_000}
          fieldId="fixedFee"
          onChange={(fixedFee) => onChange({ fixedFee })}
        />
        <RateTableEditor draft={draft} onChange={onChange} />
      </section>
      <section className={styles.group} aria-labelledby="sender-heading">
        <Heading level={3} id="sender-heading">
          {s.senderHeading}
        </Heading>
        <SelectField<Settings["language"]>
          label={form.paneLanguage}
          hint={form.paneLanguageHint}
          selectClassName={styles.select}
          value={draft.language}
          options={["auto", "fr", "en"]}
          optionLabel={(option) => s.languages[option]}
          onChange={(option) => onChange({ language: option })}
        />
        <SelectField<Language>
          label={form.workbookLanguage}
          hint={form.workbookLanguageHint}
          selectClassName={styles.select}
          value={
            draft.workbookLanguage === "en"
              ? "en"
              : draft.workbookLanguage === "fr"
                ? "fr"
                : language
          }
          options={["fr", "en"]}
          optionLabel={(option) => s.languages[option]}
          onChange={(option) => onChange({ workbookLanguage: option })}
        />
        <SelectField
          label={s.currency}
          hint={form.currencyHint}
          selectClassName={styles.select}
          value={draft.currency}
          options={currencyCodes()}
          optionLabel={(code) => format.currencyName(code)}
          onChange={(currency) => onChange({ currency })}
        />
        <Field label={s.senderName}>
          <Input
            value={draft.senderName}
            onChange={(_e, data) => onChange({ senderName: data.value })}
          />
        </Field>
        <Field label={s.signature}>
          <Textarea
            value={draft.signature}
            resize="vertical"
            onChange={(_e, data) => onChange({ signature: data.value })}
          />
        </Field>
        <Field label={s.paymentInstructions}>
          <Textarea
            value={draft.paymentInstructions}
            resize="vertical"
            onChange={(_e, data) => onChange({ paymentInstructions: data.value })}
          />
        </Field>
        <PaymentFields draft={draft} onChange={onChange} />
      </section>
    </>
  );
}
