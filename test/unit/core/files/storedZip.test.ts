import JSZip from "jszip";
import { storedZip } from "../../../../src/core/files/storedZip";

describe("storedZip: all drafts in one download", () => {
  it("is an archive a standard reader opens, with every file, its UTF-8 name and content intact", async () => {
    const files = [
      {
        fileName: "2024-04-01 ACME SA - Relance 1.eml",
        content: "Subject: Relance\r\n\r\nMerci, à bientôt €",
      },
      { fileName: "2024-04-01 Bêta - Reminder 2.eml", content: "Subject: Reminder\r\n\r\nHello" },
    ];
    const zip = await JSZip.loadAsync(storedZip(files, new Date(2024, 3, 1, 10, 30)));
    const names = Object.keys(zip.files);
    expect(names).toEqual(files.map((f) => f.fileName));
    for (const file of files)
      expect(await zip.file(file.fileName)?.async("string")).toBe(file.content);
    expect(zip.files[files[0].fileName].date.getFullYear()).toBe(2024);
  });

  it("is an empty archive when there is nothing to put in", async () => {
    const zip = await JSZip.loadAsync(storedZip([], new Date(2024, 0, 1)));
    expect(Object.keys(zip.files)).toEqual([]);
  });
});
