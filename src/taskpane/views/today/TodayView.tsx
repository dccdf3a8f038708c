import * as React from "react";
import { Badge, Link, Text } from "@fluentui/react-components";
import { filterWorklist, type WorklistFilter } from "../../../core/account/filterWorklist";
import { customerKey } from "../../../core/history/customerKey";
import type { WorklistLine } from "../../../core/account/worklist";
import type { DunningLevel } from "../../../core/types";
import { Heading } from "../../components/Heading";
import { useFormat, useStrings } from "../../i18n/useStrings";
import type { Portfolio } from "../../state/portfolio";
import { useAccountStyles } from "../account/useAccountStyles";
import { riskBadgeColor } from "../riskBadgeColor";
import { describeLineNext, describeWhy } from "./describeWhy";
import { WorklistFilters } from "./WorklistFilters";

/** Lines shown at once: a day's work, few enough to stay fast. */
const SHOWN = 50;

interface TodayViewProps {
  portfolio?: Portfolio;
  ladder: readonly DunningLevel[];
  onOpen(line: WorklistLine): void;
}

/** Today's worklist: one line per customer to act on, most at stake first, by segment. */
export function TodayView({ portfolio, ladder, onOpen }: TodayViewProps): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useAccountStyles();
  const [filter, setFilter] = React.useState<WorklistFilter>({});
  const t = strings.customer.today;
  const all = portfolio?.worklist ?? [];
  const lines = React.useMemo(() => filterWorklist(all, filter), [all, filter]);
  return (
    <section className={styles.section} aria-labelledby="today-heading">
      <Heading level={2} id="today-heading">
        {t.heading}
      </Heading>
      <Text className={styles.hint}>{t.hint}</Text>
      <WorklistFilters
        filter={filter}
        bucketLabels={portfolio?.aged.labels ?? []}
        ladder={ladder}
        onChange={setFilter}
      />
      <Text aria-live="polite">{t.count(lines.length, all.length)}</Text>
      {lines.length === 0 ? (
        <Text className={styles.hint}>{t.empty}</Text>
      ) : (
        <ol className={styles.list} aria-label={t.heading} data-testid="worklist">
          {lines.slice(0, SHOWN).map((line) => (
            <li
              key={line.customer}
              className={styles.card}
              data-customer={line.customer}
              data-tier={line.tier}
              data-loss={line.expectedLoss}
              data-overdue={line.overdue}
              data-score={line.score}
            >
              <div className={styles.row}>
                <Link as="button" aria-label={t.open(line.customer)} onClick={() => onOpen(line)}>
                  <span className={styles.wrap}>{line.customer}</span>
                </Link>
                <Badge appearance="tint" color={riskBadgeColor(line.riskClass)}>
                  {line.score}
                </Badge>
                {portfolio?.holds.has(customerKey(line.customer)) && (
                  <Badge appearance="filled" color="danger">
                    {strings.customer.hold.badge}
                  </Badge>
                )}
              </div>
              <Text data-testid="why">{describeWhy(line, strings, format)}</Text>
              <Text weight="semibold">{describeLineNext(line, strings)}</Text>
              <Text className={styles.hint}>
                {t.stake(format.money(line.expectedLoss), format.money(line.overdue), line.score)}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
