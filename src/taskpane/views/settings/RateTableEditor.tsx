import * as React from "react";
import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { LateRate, Settings } from "../../../core/types";
import { NumberField } from "../../components/NumberField";
import { useReportField } from "../../components/fieldErrors";
import { dayFromIsoText } from "../../format/dayFromIsoText";
import { useStrings } from "../../i18n/useStrings";
import { columnStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  list: columnStyle(tokens.spacingVerticalS),
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  field: { flexBasis: "130px", flexGrow: 1 },
});

interface RateTableEditorProps {
  draft: Settings;
  onChange(change: Partial<Settings>): void;
}

/** Why the table cannot be saved: a day that is not yyyy-mm-dd, or days not increasing. */
function tableProblem(rates: readonly LateRate[]): "day" | "order" | undefined {
  if (rates.some((rate) => dayFromIsoText(rate.from) === undefined)) return "day";
  if (rates.some((rate, i) => i > 0 && rate.from <= rates[i - 1].from)) return "order";
  return undefined;
}

/**
 * The late-interest rate table the court file uses: each rate from its first day on (the ECB
 * rate + 10 points changes each half-year in France). Empty: the one rate above throughout.
 * A wrong day or days out of order block Save (the settings schema refuses them too).
 */
export function RateTableEditor({ draft, onChange }: RateTableEditorProps): React.JSX.Element {
  const s = useStrings().settings.rateTable;
  const styles = useStyles();
  const rates = draft.lateRates ?? [];
  const problem = tableProblem(rates);
  useReportField("lateRates", s.label, problem !== undefined);
  const set = (i: number, change: Partial<LateRate>) =>
    onChange({ lateRates: rates.map((rate, j) => (j === i ? { ...rate, ...change } : rate)) });
  return (
    <div className={styles.list} role="group" aria-label={s.label} data-testid="rate-table">
      <Text weight="semibold">{s.label}</Text>
      <Text size={200}>{s.hint}</Text>
      {rates.map((rate, i) => (
        <div key={i} className={styles.row}>
          <Field
            className={styles.field}
            label={s.from}
            validationState={dayFromIsoText(rate.from) === undefined ? "error" : "none"}
            validationMessage={dayFromIsoText(rate.from) === undefined ? s.dayFormat : undefined}
          >
            <Input
              value={rate.from}
              placeholder="yyyy-mm-dd"
              onChange={(_e, data) => set(i, { from: data.value.trim() })}
            />
          </Field>
          <NumberField
            label={s.rate}
            value={rate.ratePct}
            min={0}
            max={100}
            fieldId={`lateRate${i}`}
            onChange={(ratePct) => set(i, { ratePct })}
          />
          <Button onClick={() => onChange({ lateRates: rates.filter((_, j) => j !== i) })}>
            {s.remove}
          </Button>
        </div>
      ))}
      {problem === "order" && (
        <Text role="alert" size={200}>
          {s.order}
        </Text>
      )}
      <div>
        <Button
          onClick={() =>
            onChange({
              lateRates: [...rates, { from: "", ratePct: draft.annualRatePct }],
            })
          }
        >
          {s.add}
        </Button>
      </div>
    </div>
  );
}
