import type { Language } from "../../core/types";

/** The preview page's own words (the pane has its own in src/taskpane/i18n). */
export const PREVIEW_STRINGS = {
  en: {
    title: "Credit Control – preview without Excel",
    asOf: (date: string) => `Sample workbook as of ${date}`,
    fileAsOf: (name: string, date: string) => `${name} as of ${date}`,
    language: "Language",
    dark: "Dark theme",
    sheet: (name: string) => `Sheet ${name}`,
    sheets: "Sheets",
    pane: "Task pane",
    open: "Open a file (.xlsx, .csv)",
    download: "Download (.xlsx)",
    unreadable: (name: string, reason: string) =>
      `${name} could not be opened: ${reason} The workbook shown is unchanged.`,
    reasons: {
      type: "only .xlsx and .csv files can be opened.",
      empty: "it holds no sheet or no rows.",
      corrupt: "it is not a valid .xlsx file (a password-protected or .xls file cannot be read).",
    },
  },
  fr: {
    title: "Credit Control – aperçu sans Excel",
    asOf: (date: string) => `Classeur d’exemple au ${date}`,
    fileAsOf: (name: string, date: string) => `${name} au ${date}`,
    language: "Langue",
    dark: "Thème sombre",
    sheet: (name: string) => `Feuille ${name}`,
    sheets: "Feuilles",
    pane: "Volet Office",
    open: "Ouvrir un fichier (.xlsx, .csv)",
    download: "Télécharger (.xlsx)",
    unreadable: (name: string, reason: string) =>
      `Impossible d’ouvrir ${name} : ${reason} Le classeur affiché n’a pas changé.`,
    reasons: {
      type: "seuls les fichiers .xlsx et .csv peuvent être ouverts.",
      empty: "il ne contient aucune feuille ou aucune ligne.",
      corrupt:
        "ce n’est pas un fichier .xlsx valide (un fichier protégé par mot de passe ou un .xls ne peut pas être lu).",
    },
  },
} satisfies Record<Language, unknown>;

export type PreviewStrings = (typeof PREVIEW_STRINGS)["en"];
