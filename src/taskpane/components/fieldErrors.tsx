import * as React from "react";

/**
 * Fields of the settings form that hold a value the settings cannot take (a "2.5" in a whole-day
 * field, a blank number): each reports itself here by a stable id with the label the Save
 * message names, so Save is blocked and says which field to fix.
 */
export type ReportField = (id: string, label: string, invalid: boolean) => void;

const FieldErrorsContext = React.createContext<ReportField | undefined>(undefined);

export const FieldErrorsProvider = FieldErrorsContext.Provider;

/** The form's invalid fields (id -> label) and the function fields report through. */
export function useFieldErrorState(): [Record<string, string>, ReportField] {
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const report = React.useCallback<ReportField>((id, label, invalid) => {
    setErrors((current) => {
      if (invalid ? current[id] === label : !(id in current)) return current;
      const next = { ...current };
      if (invalid) next[id] = label;
      else delete next[id];
      return next;
    });
  }, []);
  return [errors, report];
}

/** Report `invalid` for field `id` while the field is shown; a field that goes away is valid. */
export function useReportField(id: string | undefined, label: string, invalid: boolean): void {
  const report = React.useContext(FieldErrorsContext);
  React.useEffect(() => {
    if (!report || id === undefined) return undefined;
    report(id, label, invalid);
    return () => report(id, label, false);
  }, [report, id, label, invalid]);
}
