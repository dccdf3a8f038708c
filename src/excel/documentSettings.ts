/** The workbook's document settings (saved inside the file): Office.context.document.settings. */
export function getSetting<T>(key: string): T | undefined {
  const value = Office.context.document.settings.get(key) as T | null | undefined;
  return value === null ? undefined : value;
}

export function setSetting(key: string, value: unknown): void {
  Office.context.document.settings.set(key, value);
}

/** Persist the settings in the document; rejects with Office's message when it fails. */
export function saveSettingsAsync(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed)
        reject(new Error(result.error.message));
      else resolve();
    });
  });
}
