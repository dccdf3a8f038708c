import { penaltyCells } from "../../../src/functions/penalty";

/** What =CREDIT.PENALTY(amount, due, asOf, rate, fee) shows in one cell. */
export const penaltyOf = (amount: number, due: number, asOf: number, rate: number, fee: number) =>
  penaltyCells([[amount]], [[due]], [[asOf]], [[rate]], [[fee]])[0][0] as number;
