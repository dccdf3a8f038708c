import { DEFAULT_LADDER, formalNoticeIndex } from "../../../../src/core/policy/defaultLadder";
import { ladderFromRange } from "../../../../src/core/policy/ladderFromRange";

const reasonOf = (rows: unknown[][]) => {
  const result = ladderFromRange(rows);
  return result.ok ? "accepted" : result.reason;
};

describe("ladderFromRange: good ranges", () => {
  it("reads the default ladder written out in a sheet, header and all", () => {
    const result = ladderFromRange([
      ["From day", "Action", "Channel", "Tone"],
      [-5, "Courtesy reminder", "email", "friendly"],
      [1, "Reminder 1", "email", "courteous"],
      [15, "Reminder 2", "email", "firm"],
      [30, "Phone call", "phone", "firm"],
      [45, "Formal notice", "Registered letter + email", "formal"],
      [60, "Collection agency / legal action", "agency / court", "formal"],
    ]);
    expect(result).toEqual({ ok: true, value: DEFAULT_LADDER });
  });

  it("infers channel and tone from the action when only two columns are given", () => {
    const result = ladderFromRange([
      [-3, "Petit rappel amical"],
      [1, "Reminder 1"],
      [15, "Reminder 2"],
      [30, "Phone call"],
      [45, "Formal notice"],
      [60, "Collection agency / legal action"],
    ]);
    expect(result.ok && result.value.map((l) => [l.level, l.channel, l.tone])).toEqual([
      [0, "email", "friendly"],
      [1, "email", "courteous"],
      [2, "email", "firm"],
      [3, "phone", "firm"],
      [4, "letter", "formal"],
      [5, "agency", "formal"],
    ]);
  });

  it("skips blank rows, reads numbers typed as text and French channels and tones", () => {
    const result = ladderFromRange([
      ["", null, undefined],
      ["Jour", "Action", "Canal", "Ton"],
      ["  10 ", " Relance 1 ", "Courriel", "Courtois"],
      [],
      ["+25", "Appel", "Téléphone", "Ferme"],
      ["40", "Mise en demeure", "Lettre recommandée", "Formel"],
    ]);
    expect(result).toEqual({
      ok: true,
      value: [
        { level: 0, fromDay: 10, action: "Relance 1", channel: "email", tone: "courteous" },
        { level: 1, fromDay: 25, action: "Appel", channel: "phone", tone: "firm" },
        { level: 2, fromDay: 40, action: "Mise en demeure", channel: "letter", tone: "formal" },
      ],
    });
    expect(result.ok && formalNoticeIndex(result.value)).toBe(2);
  });

  it("does not take a French 'Rappel' for a phone call", () => {
    const result = ladderFromRange([[5, "Rappel 1"]]);
    expect(result.ok && result.value[0].channel).toBe("email");
  });

  it("ignores columns after the fourth", () => {
    const result = ladderFromRange([[1, "Reminder", "email", "firm", "a note"]]);
    expect(result.ok && result.value).toEqual([
      { level: 0, fromDay: 1, action: "Reminder", channel: "email", tone: "firm" },
    ]);
  });
});

describe("ladderFromRange: bad ranges give a clear reason", () => {
  it.each<[string, unknown[][], string]>([
    [
      "empty range",
      [],
      "the policy range holds no level: give a from-day and an action on each row",
    ],
    [
      "only a header",
      [["From day", "Action"]],
      "the policy range holds no level: give a from-day and an action on each row",
    ],
    [
      "decreasing days",
      [
        [1, "A"],
        [15, "B"],
        [10, "C"],
      ],
      "policy row 3: from-days must increase, but day 10 comes after day 15",
    ],
    [
      "repeated day",
      [
        [1, "A"],
        [1, "B"],
      ],
      "policy row 2: from-days must increase, but day 1 comes after day 1",
    ],
    [
      "fractional day",
      [[1.5, "A"]],
      "policy row 1: the from-day 1.5 is not a whole number of days",
    ],
    [
      "text day after the header",
      [
        ["Day", "Action"],
        ["soon", "A"],
      ],
      'policy row 2: the from-day "soon" is not a whole number of days',
    ],
    [
      "blank day",
      [
        [1, "A"],
        ["", "B"],
      ],
      "policy row 2: the from-day (first column) is empty",
    ],
    ["missing action", [[1, ""]], "policy row 1: the action (second column) is empty"],
    ["action not a text", [[1, 42]], "policy row 1: the action 42 is not a text"],
    [
      "unknown channel",
      [[1, "A", "pigeon"]],
      'policy row 1: the channel "pigeon" is not one of email, phone, letter, agency',
    ],
    [
      "unknown tone",
      [[1, "A", "email", "sarcastic"]],
      'policy row 1: the tone "sarcastic" is not one of friendly, courteous, firm, formal',
    ],
  ])("%s", (_case, rows, reason) => {
    expect(reasonOf(rows)).toBe(reason);
  });

  it("refuses something that is not a range without throwing", () => {
    expect(reasonOf("1,Reminder" as unknown as unknown[][])).toBe(
      "the policy must be a range of from-day and action"
    );
  });
});
