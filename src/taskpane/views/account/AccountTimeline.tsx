import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { TimelineEvent } from "../../../core/account/timeline";
import type { DunningLevel } from "../../../core/types";
import { Heading } from "../../components/Heading";
import { useFormat, useStrings } from "../../i18n/useStrings";
import { describeEvent } from "./describeEvent";
import { useAccountStyles } from "./useAccountStyles";

interface AccountTimelineProps {
  events: TimelineEvent[];
  emails: string[];
  ladder: readonly DunningLevel[];
}

/** Contacts, then everything recorded about the customer, newest first, each dated. */
export function AccountTimeline({
  events,
  emails,
  ladder,
}: AccountTimelineProps): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useAccountStyles();
  const a = strings.customer.account;
  return (
    <>
      <section className={styles.section} aria-labelledby="contacts-heading">
        <Heading level={3} id="contacts-heading">
          {a.contacts}
        </Heading>
        {emails.length === 0 ? (
          <Text className={styles.hint}>{a.noContacts}</Text>
        ) : (
          <ul className={styles.bullets}>
            {emails.map((email) => (
              <li key={email} className={styles.wrap}>
                {email}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={styles.section} aria-labelledby="timeline-heading">
        <Heading level={3} id="timeline-heading">
          {a.timeline}
        </Heading>
        {events.length === 0 ? (
          <Text className={styles.hint}>{a.timelineEmpty}</Text>
        ) : (
          <ol className={styles.list} data-testid="timeline" aria-labelledby="timeline-heading">
            {events.map((event, i) => (
              <li key={i} className={styles.card} data-kind={event.kind}>
                <Text size={200} className={styles.hint}>
                  {format.date(event.date)}
                </Text>
                <Text className={styles.wrap}>{describeEvent(event, strings, format, ladder)}</Text>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
