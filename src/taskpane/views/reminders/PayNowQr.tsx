import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PayNow } from "../../../core/payment/payNow";
import { useFormat, useStrings } from "../../i18n/useStrings";

const useStyles = makeStyles({
  figure: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  // The code stays white with a quiet zone in dark themes too: banking apps need the contrast.
  image: { width: "120px", height: "120px", imageRendering: "pixelated", flexShrink: 0 },
  caption: { flexBasis: "140px", flexGrow: 1, color: tokens.colorNeutralForeground2 },
});

/** The letter's EPC QR code as the e-mail shows it, with what it pays (amount and reference). */
export function PayNowQr({ payNow }: { payNow: PayNow }): React.JSX.Element | null {
  const styles = useStyles();
  const strings = useStrings();
  const format = useFormat();
  if (!payNow.qr) return null;
  const caption = strings.reminders.payNowQr(format.money(payNow.amount), payNow.reference);
  return (
    <figure className={styles.figure} data-testid="pay-now-qr">
      <img className={styles.image} src={payNow.qr} alt={caption} />
      <Text as="p" size={200} className={styles.caption}>
        {caption}
      </Text>
    </figure>
  );
}
