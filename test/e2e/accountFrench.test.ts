import { accountScenario } from "./support/accountScenario";

/** La journée du chargé de recouvrement en français : la même suite sur l'échantillon français. */
accountScenario("fr", {
  analyse: "Analyser",
  today: "Aujourd’hui",
  account: "Compte",
  kind: "Quoi",
  kinds: { note: "Note", call: "Appel", promise: "Promesse de paiement", dispute: "Litige" },
  outcome: "Issue",
  reason: "Motif",
  invoices: "Factures (numéros séparés par des virgules)",
  amount: "Montant",
  promiseDate: "Date de paiement promise",
  note: "Note",
  record: "Enregistrer",
  recorded: "Enregistré dans la feuille Suivi client.",
  print: "Imprimer ou enregistrer en PDF",
  planCount: "Nombre d’échéances",
  planFirst: "Première échéance",
  planCreate: "Enregistrer l’échéancier",
  planCreated: "Échéancier enregistré dans la feuille Échéanciers.",
  brokenPromise: /Promesse de paiement non tenue/,
  moneyLocale: "fr-FR",
});
