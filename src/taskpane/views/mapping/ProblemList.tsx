import * as React from "react";
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RowProblem } from "../../../core/workbook";
import { useStrings } from "../../i18n/useStrings";
import { describeRowProblem } from "../../state/describeRowProblem";

/** Enough lines to recognise a pattern without burying the Analyse button. */
const SHOWN = 5;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The rows that could not be used, each with its row number and reason. */
export function ProblemList({ problems }: { problems: RowProblem[] }): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.mapping.problems(problems.length)}</MessageBarTitle>
        <ul className={styles.list}>
          {problems.slice(0, SHOWN).map((problem, i) => (
            <li key={i}>
              {strings.mapping.problemLine(
                problem.row,
                problem.column ?? "",
                problem.value ?? "",
                describeRowProblem(problem, strings)
              )}
            </li>
          ))}
        </ul>
        {problems.length > SHOWN && strings.mapping.moreProblems(problems.length - SHOWN)}
      </MessageBarBody>
    </MessageBar>
  );
}
