import * as React from "react";
import { AMOUNT_BANDS, type AmountBand } from "../../../core/account/amountBand";
import type { WorklistFilter } from "../../../core/account/filterWorklist";
import type { RiskClass } from "../../../core/risk/riskClass";
import type { DunningLevel } from "../../../core/types";
import { SelectField } from "../../components/SelectField";
import { useStrings } from "../../i18n/useStrings";
import { actionName } from "../selection/describeNextAction";
import { useAccountStyles } from "../account/useAccountStyles";

const RISK_CLASSES: RiskClass[] = ["Low", "Medium", "High", "Critical"];

interface WorklistFiltersProps {
  filter: WorklistFilter;
  bucketLabels: string[];
  ladder: readonly DunningLevel[];
  onChange(filter: WorklistFilter): void;
}

/** The segment of the worklist: amount band, oldest bucket, risk class and action level. */
export function WorklistFilters(props: WorklistFiltersProps): React.JSX.Element {
  const { filter, bucketLabels, ladder, onChange } = props;
  const strings = useStrings();
  const styles = useAccountStyles();
  const t = strings.customer.today;
  const pick = <K extends keyof WorklistFilter>(key: K, value: WorklistFilter[K] | undefined) =>
    onChange({ ...filter, [key]: value });
  return (
    <div className={styles.row} role="group" aria-label={t.filters}>
      <SelectField<AmountBand | "">
        label={t.band}
        className={styles.field}
        value={filter.band ?? ""}
        options={AMOUNT_BANDS}
        optionLabel={(band) => (band ? t.bands[band] : t.any)}
        empty={t.any}
        onChange={(band) => pick("band", band || undefined)}
      />
      <SelectField
        label={t.bucket}
        className={styles.field}
        value={filter.bucketIndex === undefined ? "" : String(filter.bucketIndex)}
        options={bucketLabels.map((_label, i) => String(i))}
        optionLabel={(i) => strings.overview.bucket(bucketLabels[Number(i)])}
        empty={t.any}
        onChange={(i) => pick("bucketIndex", i === "" ? undefined : Number(i))}
      />
      <SelectField<RiskClass | "">
        label={t.riskClass}
        className={styles.field}
        value={filter.riskClass ?? ""}
        options={RISK_CLASSES}
        optionLabel={(cls) => (cls ? (strings.riskClass[cls] ?? cls) : t.any)}
        empty={t.any}
        onChange={(cls) => pick("riskClass", cls || undefined)}
      />
      <SelectField
        label={t.level}
        className={styles.field}
        value={filter.level === undefined ? "" : String(filter.level)}
        options={ladder.map((step) => String(step.level))}
        optionLabel={(level) =>
          actionName(ladder.find((step) => String(step.level) === level)?.action ?? "", strings)
        }
        empty={t.any}
        onChange={(level) => pick("level", level === "" ? undefined : Number(level))}
      />
    </div>
  );
}
