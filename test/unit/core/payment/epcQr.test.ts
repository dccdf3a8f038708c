import jsQR from "jsqr";
import { epcPayload } from "../../../../src/core/payment/epcPayload";
import { ibanProblem, isBic } from "../../../../src/core/payment/iban";
import { qrMatrix } from "../../../../src/core/payment/qrMatrix";
import { defaultSettings } from "../../../../src/core/settings/defaultSettings";
import {
  assertSettingsValid,
  settingsProblems,
  validateSettings,
} from "../../../../src/core/settings/validateSettings";
import { en } from "../../../../src/taskpane/i18n/en";
import { fr } from "../../../../src/taskpane/i18n/fr";

/** The QR matrix as RGBA pixels, 4 per module, with a 4-module quiet zone: what a camera sees. */
function pixels(matrix: boolean[][], scale = 4): { data: Uint8ClampedArray; size: number } {
  const size = (matrix.length + 8) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < scale; y++) {
        for (let x = 0; x < scale; x++) {
          const at = (((r + 4) * scale + y) * size + (c + 4) * scale + x) * 4;
          data[at] = data[at + 1] = data[at + 2] = 0;
        }
      }
    })
  );
  return { data, size };
}

const transfer = {
  bic: "BNPA FRPP XXX",
  name: "Atelier Dupont SARL",
  iban: "FR76 3000 6000 0112 3456 7890 189",
  amount: 1234.5,
  remittance: "Factures F-2024-001, F-2024-007",
};

describe("EPC QR code (EPC069-12, SCT)", () => {
  it("writes the payload's eleven lines in the order the standard gives", () => {
    expect(epcPayload(transfer).split("\n")).toEqual([
      "BCD",
      "002",
      "1",
      "SCT",
      "BNPAFRPPXXX",
      "Atelier Dupont SARL",
      "FR7630006000011234567890189",
      "EUR1234.50",
      "",
      "",
      "Factures F-2024-001, F-2024-007",
    ]);
  });

  it("decodes back (jsQR) to exactly the payload, accents included", () => {
    for (const t of [transfer, { ...transfer, name: "Société Générale Équipements", amount: 40 }]) {
      const payload = epcPayload(t);
      const { data, size } = pixels(qrMatrix(payload));
      const decoded = jsQR(data, size, size);
      expect(decoded?.data).toBe(payload);
    }
  });
});

describe("IBAN check (ISO 13616 mod 97)", () => {
  it("accepts valid IBANs written with or without spaces", () => {
    expect(ibanProblem("FR76 3000 6000 0112 3456 7890 189")).toBeUndefined();
    expect(ibanProblem("de89370400440532013000")).toBeUndefined();
    expect(ibanProblem("GB29 NWBK 6016 1331 9268 19")).toBeUndefined();
  });

  it("refuses a wrong check digit or a typo, and what is not an IBAN", () => {
    expect(ibanProblem("FR77 3000 6000 0112 3456 7890 189")).toBe("checksum");
    expect(ibanProblem("FR76 3000 6000 0112 3456 7890 198")).toBe("checksum");
    expect(ibanProblem("1234")).toBe("format");
    expect(ibanProblem("")).toBe("format");
  });

  it("checks a BIC's shape", () => {
    expect(isBic("BNPAFRPP")).toBe(true);
    expect(isBic("BNPA FRPP XXX")).toBe(true);
    expect(isBic("BNP")).toBe(false);
  });
});

describe("IBAN and BIC settings", () => {
  it("refuses to save a wrong IBAN, with the reason, and keeps a valid one without spaces", () => {
    const wrong = { ...defaultSettings(), iban: "FR77 3000 6000 0112 3456 7890 189" };
    const problems = settingsProblems(wrong);
    expect(problems.map((p) => p.setting)).toEqual(["iban"]);
    expect(() => assertSettingsValid(wrong)).toThrow();
    const { settings, replaced } = validateSettings({
      iban: "fr76 3000 6000 0112 3456 7890 189",
      bic: "bnpa frpp",
    });
    expect(replaced).toEqual([]);
    expect(settings.iban).toBe("FR7630006000011234567890189");
    expect(settings.bic).toBe("BNPAFRPP");
  });

  it("has the pane's message for each IBAN problem in French and English", () => {
    expect(en.settings.payment.ibanChecksum).toMatch(/check digits/);
    expect(fr.settings.payment.ibanChecksum).toMatch(/chiffres de contrôle/);
    expect(fr.settings.payment.ibanFormat).not.toBe(en.settings.payment.ibanFormat);
  });
});
