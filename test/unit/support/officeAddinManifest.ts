/**
 * Stands in for office-addin-manifest under jest (see jest.config.js). office-addin-mock imports
 * that package for one enum, and the package pulls ESM-only dependencies (strip-bom 5,
 * node-fetch 3) that jest's CommonJS runtime cannot load on Node 20. This is the package's own
 * OfficeApp enum; nothing else of it is used by the mock.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
