/** The two letters of a payment plan: the proposal, and the reminder of a missed instalment. */
export type PlanLetterKind = "planProposal" | "missedInstalment";

export interface PlanTemplate {
  subject: string;
  body: string;
}
