import * as React from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { MemoryWorkbook } from "../memoryWorkbook";
import { bookFromFile, UnreadableFile } from "../xlsx/bookFromFile";
import type { PreviewStrings } from "./previewStrings";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The file input is reached through its button: hidden from view, not from the page.
  input: { display: "none" },
});

interface FileButtonsProps {
  workbook: MemoryWorkbook;
  /** The name Download gives the file (the opened file's, or the sample's). */
  fileName: string;
  locale: string;
  strings: PreviewStrings;
  onOpened(workbook: MemoryWorkbook, fileName: string): void;
}

/**
 * "Open a file" reads the user's .xlsx or .csv into the in-memory workbook, and "Download" saves
 * the analysed workbook as .xlsx: both in the browser, nothing is uploaded. exceljs is loaded only
 * when one of them is used.
 */
export function FileButtons(props: FileButtonsProps): React.JSX.Element {
  const { workbook, fileName, locale, strings, onOpened } = props;
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [problem, setProblem] = React.useState<string>();
  const [busy, setBusy] = React.useState(false);

  const open = async (file: File) => {
    setBusy(true);
    setProblem(undefined);
    try {
      onOpened(await bookFromFile(file.name, await file.arrayBuffer(), locale), file.name);
    } catch (error) {
      const reason = error instanceof UnreadableFile ? error.reason : "corrupt";
      setProblem(strings.unreadable(file.name, strings.reasons[reason]));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  };

  const download = async () => {
    setBusy(true);
    try {
      const { toXlsx } = await import("../xlsx/writeXlsx");
      const buffer = await toXlsx(workbook).xlsx.writeBuffer();
      const blob = new Blob([buffer], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = fileName.replace(/\.(csv|xlsx)$/i, "") + ".xlsx";
      link.click();
      // Revoked after the click has started the download.
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.row}>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv"
        className={styles.input}
        data-testid="preview-open-input"
        aria-label={strings.open}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void open(file);
        }}
      />
      <Button disabled={busy} onClick={() => input.current?.click()}>
        {strings.open}
      </Button>
      <Button disabled={busy} onClick={() => void download()} data-testid="preview-download">
        {strings.download}
      </Button>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
