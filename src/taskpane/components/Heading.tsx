import * as React from "react";
import { Text, makeStyles } from "@fluentui/react-components";

const SIZES = { 1: 500, 2: 400, 3: 300 } as const;

const useStyles = makeStyles({ root: { margin: 0 } });

interface HeadingProps {
  level: 1 | 2 | 3;
  id?: string;
  children: React.ReactNode;
}

/**
 * Headings are focus targets: after an action the pane moves focus to the heading of its result
 * (focusResult), so they take focus by script (tabIndex -1), never by Tab.
 */

/** A real h1/h2/h3 (screen readers navigate by them) in the Fluent type ramp. */
export function Heading({ level, id, children }: HeadingProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <Text
      as={`h${level}`}
      id={id}
      tabIndex={id ? -1 : undefined}
      size={SIZES[level]}
      weight="semibold"
      block
      className={styles.root}
    >
      {children}
    </Text>
  );
}
