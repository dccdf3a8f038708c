import { defaultSettings } from "../../../../src/core/settings/defaultSettings";
import { customerAccount } from "../../../../src/taskpane/state/customerAccount";
import { computePortfolio } from "../../../../src/taskpane/state/portfolio";
import { invoiceBuilder } from "../../support/invoiceBuilder";

const AS_OF = 45383; // 2024-04-01, a Monday

describe("customerAccount's expected receipts", () => {
  const invoice = invoiceBuilder(1000);
  const invoices = [
    // Acme paid its last two invoices 5 days after the due date.
    invoice("Acme", AS_OF - 60, { paidDate: AS_OF - 55 }),
    invoice("Acme", AS_OF - 30, { paidDate: AS_OF - 25 }),
    invoice("Acme", AS_OF + 3, { amount: 400 }),
    invoice("Acme", AS_OF - 200, { amount: 250 }),
    invoice("Zeta", AS_OF + 3, { amount: 9000 }),
  ];
  const settings = defaultSettings();
  const portfolio = computePortfolio(invoices, AS_OF, settings);
  const account = customerAccount("Acme", portfolio, undefined, AS_OF, settings.bucketBounds);

  it("counts only the customer's invoices, on the days the customer usually pays", () => {
    // Due in 3 days, paid 5 days late as usual: day 8, the second week.
    expect(account.forecast.weeks[1]).toBe(400);
    expect(account.forecast.weeks.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it("puts what is past the last ageing bucket under unlikely, as the overview does", () => {
    expect(account.forecast.unlikely).toBe(250);
    expect(account.forecast.total).toBe(650);
    expect(portfolio.forecast.total).toBe(9650);
  });
});
