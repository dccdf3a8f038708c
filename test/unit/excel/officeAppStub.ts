/**
 * office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose import chain
 * fails in this tree (ajv-draft-04 resolves the hoisted ajv 6 instead of ajv 8). The enum below
 * is office-addin-manifest's own; tests (jest.mock) and the bench (require cache) give it to the mock.
 */
export const officeManifestStub = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
