import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { AMOUNT_BANDS, type AmountBand } from "../../../core/account/amountBand";
import type { WorklistFilter } from "../../../core/account/filterWorklist";
import type { RiskClass } from "../../../core/risk/riskClass";
import type { DunningLevel } from "../../../core/types";
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
      <Field label={t.band} className={styles.field}>
        <Select
          value={filter.band ?? ""}
          onChange={(_e, d) => pick("band", (d.value || undefined) as AmountBand | undefined)}
        >
          <option value="">{t.any}</option>
          {AMOUNT_BANDS.map((band) => (
            <option key={band} value={band}>
              {t.bands[band]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.bucket} className={styles.field}>
        <Select
          value={filter.bucketIndex === undefined ? "" : String(filter.bucketIndex)}
          onChange={(_e, d) => pick("bucketIndex", d.value === "" ? undefined : Number(d.value))}
        >
          <option value="">{t.any}</option>
          {bucketLabels.map((label, i) => (
            <option key={label} value={String(i)}>
              {strings.overview.bucket(label)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.riskClass} className={styles.field}>
        <Select
          value={filter.riskClass ?? ""}
          onChange={(_e, d) => pick("riskClass", (d.value || undefined) as RiskClass | undefined)}
        >
          <option value="">{t.any}</option>
          {RISK_CLASSES.map((cls) => (
            <option key={cls} value={cls}>
              {strings.riskClass[cls] ?? cls}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.level} className={styles.field}>
        <Select
          value={filter.level === undefined ? "" : String(filter.level)}
          onChange={(_e, d) => pick("level", d.value === "" ? undefined : Number(d.value))}
        >
          <option value="">{t.any}</option>
          {ladder.map((step) => (
            <option key={step.level} value={String(step.level)}>
              {actionName(step.action, strings)}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
