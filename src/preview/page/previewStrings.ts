import type { Language } from "../../core/types";

/** The preview page's own words (the pane has its own in src/taskpane/i18n). */
export const PREVIEW_STRINGS = {
  en: {
    title: "Credit Control – preview without Excel",
    asOf: (date: string) => `Sample workbook as of ${date}`,
    language: "Language",
    dark: "Dark theme",
    sheet: (name: string) => `Sheet ${name}`,
    sheets: "Sheets",
    pane: "Task pane",
  },
  fr: {
    title: "Credit Control – aperçu sans Excel",
    asOf: (date: string) => `Classeur d’exemple au ${date}`,
    language: "Langue",
    dark: "Thème sombre",
    sheet: (name: string) => `Feuille ${name}`,
    sheets: "Feuilles",
    pane: "Volet Office",
  },
} satisfies Record<Language, unknown>;
