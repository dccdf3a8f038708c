import { setFunctionsLocale } from "../functions/functionsLocale";
import { hasExcelApi, OPTIONAL_EXCEL_API } from "./requirements";
import { queueWorkbookCulture } from "./workbookCulture";

/**
 * Gives the CREDIT functions Excel's culture once Office is ready (one sync, read only).
 * Cells calculated before it arrived used Office's content language; when that model reads
 * differently (an English Office on a German Windows), Excel is asked for one full
 * recalculation so that no cell keeps a value read under the wrong model.
 */
export async function shareWorkbookLocale(): Promise<void> {
  if (!hasExcelApi(OPTIONAL_EXCEL_API.separators)) return;
  await Excel.run(async (context) => {
    const culture = queueWorkbookCulture(context);
    await context.sync();
    if (setFunctionsLocale(culture.locale())) {
      context.application.calculate("Full");
      await context.sync();
    }
  });
}
