import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Heading } from "../../components/Heading";
import { useFormat, useStrings } from "../../i18n/useStrings";
import type { Portfolio } from "../../state/portfolio";
import type { CustomerRisk } from "../../state/topRiskCustomers";
import { AgeingBars } from "./AgeingBars";
import { CashForecastChart } from "./CashForecastChart";
import { KpiGrid } from "./KpiGrid";
import { kpiTiles } from "./kpiTiles";
import { DisputesByReason } from "./DisputesByReason";
import { TopRiskTable } from "./TopRiskTable";
import { columnStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  root: columnStyle(tokens.spacingVerticalL),
  section: columnStyle(tokens.spacingVerticalS),
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

interface OverviewViewProps {
  portfolio?: Portfolio;
  busy: boolean;
  onRefresh(): void;
  onReport(): void;
  onEditColumns(): void;
  onSelectCustomer(customer: CustomerRisk): void;
}

/** The portfolio at a glance: key figures, ageing, and the customers to call first. */
export function OverviewView(props: OverviewViewProps): React.JSX.Element {
  const { portfolio, busy, onRefresh, onReport, onEditColumns, onSelectCustomer } = props;
  const strings = useStrings();
  const format = useFormat();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="overview-heading">
      <Heading level={2} id="overview-heading">
        {strings.overview.heading}
      </Heading>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onRefresh}>
          {strings.overview.refresh}
        </Button>
        <Button disabled={busy || !portfolio} onClick={onReport}>
          {strings.overview.ageingReport}
        </Button>
        <Button disabled={busy} onClick={onEditColumns}>
          {strings.overview.editColumns}
        </Button>
      </div>
      {portfolio && (
        <>
          <KpiGrid tiles={kpiTiles(portfolio.kpis, strings, format)} />
          <section className={styles.section} aria-labelledby="ageing-heading">
            <Heading level={3} id="ageing-heading">
              {strings.overview.ageingHeading}
            </Heading>
            <AgeingBars labels={portfolio.kpis.bucketLabels} totals={portfolio.kpis.buckets} />
          </section>
          <section className={styles.section} aria-labelledby="forecast-heading">
            <Heading level={3} id="forecast-heading">
              {strings.overview.forecast.heading}
            </Heading>
            <Text className={styles.hint}>{strings.overview.forecast.hint}</Text>
            <CashForecastChart forecast={portfolio.forecast} />
          </section>
          <section className={styles.section} aria-labelledby="top-risk-heading">
            <Heading level={3} id="top-risk-heading">
              {strings.overview.topRiskHeading}
            </Heading>
            <Text className={styles.hint}>{strings.overview.topRiskHint}</Text>
            <TopRiskTable customers={portfolio.topRisk} onSelect={onSelectCustomer} />
          </section>
          <DisputesByReason disputed={portfolio.disputed} />
        </>
      )}
    </section>
  );
}
