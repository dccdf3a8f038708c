import type { Locator } from "playwright-core";
import type { Strings } from "../../../src/taskpane/i18n/strings";
import type { PreviewSession } from "./previewSession";

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The Settings view refusing each invalid value at 320 px: it says why beside the field, names
 * the field in the line by Save, and blocks Save until the value is put right; the ladder keeps
 * its from-day order; the as-of date refuses 9999-12-31; only ISO 4217 currencies can be chosen.
 */
export function settingsRefusals(session: PreviewSession, s: Strings, AS_OF: string): void {
  const { pane, shot, expectAccessible } = session;
  test("settings refuse each invalid value, say why, and block Save", async () => {
    const set = s.settings;
    const form = s.settingsForm;
    await pane().getByRole("tab", { name: s.tabs.settings }).click();
    const save = pane().getByRole("button", { name: set.save });
    const level = (n: number) =>
      pane()
        .getByRole("list", { name: set.ladderLabel })
        .getByRole("listitem", { name: set.level(n), exact: true });
    const blockedFor = async (fieldLabel: string) => {
      await expect(save.getAttribute("aria-disabled")).resolves.toBe("true");
      await expect(pane().locator("#settings-blocked").innerText()).resolves.toContain(fieldLabel);
    };
    const cases: { name: string; input: () => Locator; bad: string; why: string; label: string }[] =
      [
        {
          name: "a from-day of 2.5",
          input: () => level(1).getByRole("textbox", { name: set.fromDay }),
          bad: "2.5",
          why: form.wholeNumber,
          label: form.fieldOf(set.fromDay, 1),
        },
        {
          name: "an empty action",
          input: () => level(2).getByRole("textbox", { name: set.action }),
          bad: "",
          why: form.actionRequired,
          label: form.fieldOf(set.action, 2),
        },
        {
          name: "a negative contact gap",
          input: () => pane().getByRole("textbox", { name: set.minDays }),
          bad: "-1",
          why: form.between(0, 365),
          label: set.minDays,
        },
        {
          name: "a rate of 200 %",
          input: () => pane().getByRole("textbox", { name: set.rate }),
          bad: "200",
          why: form.between(0, 100),
          label: set.rate,
        },
        {
          name: "ageing buckets that are not days",
          input: () =>
            pane().getByRole("textbox", { name: new RegExp(`^${escapeRegExp(set.bucketBounds)}`) }),
          bad: "30, abc",
          why: set.bucketBoundsInvalid,
          label: set.bucketBounds,
        },
      ];
    for (const { name, input, bad, why, label } of cases) {
      const box = input();
      const good = await box.inputValue();
      await box.fill(bad);
      await pane().getByText(why).first().waitFor();
      await blockedFor(label);
      await shot(`settings-refused-${name.replace(/\W+/g, "-")}`);
      await box.fill(good);
      await expect(save.getAttribute("aria-disabled")).resolves.toBeNull();
    }
    // Two levels on one day: said, and Save blocked.
    const day2 = level(2).getByRole("textbox", { name: set.fromDay });
    const day2Good = await day2.inputValue();
    await day2.fill("1");
    await pane().getByText(form.sameDay("1, 2", 1)).waitFor();
    await blockedFor(form.fieldOf(set.fromDay, 1));
    await expectAccessible("settings with errors at 320 px");
    await day2.fill(day2Good);
    // A level moved past another is put back in from-day order when the field is left.
    const day1 = level(1).getByRole("textbox", { name: set.fromDay });
    await day1.fill("20");
    await day1.blur();
    const order = await pane()
      .getByRole("list", { name: set.ladderLabel })
      .locator(":scope > li")
      .evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")));
    expect(order.slice(0, 3)).toEqual([set.level(0), set.level(2), set.level(1)]);
    await level(1).getByRole("textbox", { name: set.fromDay }).fill("1");
    await level(1).getByRole("textbox", { name: set.fromDay }).blur();
    // As-of: 9999-12-31 is refused with the range it must be in, and is not applied.
    const asOf = pane().getByLabel(s.asOf.label, { exact: true });
    await asOf.fill("9999-12-31");
    const [before] = s.asOf.outside("\u0000", "\u0000").split("\u0000");
    await pane()
      .getByText(new RegExp(`^${escapeRegExp(before)}`))
      .waitFor();
    await shot("settings-refused-as-of-9999");
    await asOf.fill(AS_OF);
    await expect(
      pane()
        .getByText(new RegExp(`^${escapeRegExp(before)}`))
        .count()
    ).resolves.toBe(0);
    // Currency: only ISO 4217 codes can be chosen, so "XYZ1" cannot be entered.
    const currencies = await pane()
      .getByRole("combobox", { name: set.currency })
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(currencies).toEqual(expect.arrayContaining(["EUR", "GBP", "USD"]));
    expect(currencies).not.toContain("XYZ1");
    for (const code of currencies) expect(code).toMatch(/^[A-Z]{3}$/);
  });
}
