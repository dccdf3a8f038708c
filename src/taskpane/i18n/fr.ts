// Over 250 lines: the French text table of the pane, data only, key for key the same as en.ts.
/** French texts of the task pane: the same keys as `en.ts`, checked by the `Strings` type. */
import type { Params } from "./en";
import type { Strings } from "./strings";
import { SHEET_WORDS } from "../../core/sheet/sheetWords";
import { accountFr } from "./accountFr";
import { ACTION_NAMES } from "../../core/policy/actionNames";
import { rowProblemsFr } from "./rowProblemsFr";
import { plural } from "./plural";

/** "1 jour" / "3 jours" (and "0 jour": French puts 0 in the singular). */
const days = (count: number | string) =>
  plural("fr", Number(count), { one: `${count} jour`, other: `${count} jours` });
/** Le retard d’une facture, aussi avant son échéance : « 3 jours de retard », « échéance dans 2 jours ». */
const lateness = (daysOverdue: number | string) => {
  const value = Number(daysOverdue);
  if (value > 0) return `${days(value)} de retard`;
  return value === 0 ? "échéance aujourd’hui" : `échéance dans ${days(-value)}`;
};
/** Quand un niveau s’applique : « dès le jour 15 », « dès l’échéance », « dès 5 jours avant l’échéance ». */
const fromDay = (day: number | string) => {
  const value = Number(day);
  if (value > 0) return `dès le jour ${value}`;
  return value === 0 ? "dès l’échéance" : `dès ${days(-value)} avant l’échéance`;
};
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const fr: Strings = {
  app: {
    title: "Gestion du crédit client",
    tabsLabel: "Vues",
    dismiss: "Fermer",
  },
  asOf: {
    label: "Date d’arrêté",
    hint: "Les retards et les prochaines actions sont calculés à cette date.",
    invalid: "Saisissez une date valide.",
    outside: (min, max) =>
      `Choisissez une date du ${min} au ${max} : des chiffres à une date si éloignée d’aujourd’hui n’ont pas de sens.`,
    future:
      "Cette date est postérieure à aujourd’hui : les retards comptent des jours pas encore passés et les règlements à venir manquent.",
  },
  busy: {
    loading: "Lecture de la feuille…",
    analysing: "Écriture des colonnes d’analyse…",
    report: "Écriture de la balance âgée…",
    saving: "Enregistrement des paramètres…",
    drafting: "Préparation des relances…",
    recording: "Enregistrement des relances dans le classeur…",
    selecting: "Sélection des lignes…",
  },
  done: {
    analysed: (rows) =>
      plural("fr", rows, {
        one: `Analyse écrite sur ${rows} ligne.`,
        other: `Analyse écrite sur ${rows} lignes.`,
      }),
    report: "La feuille de balance âgée est à jour.",
    saved: "Paramètres enregistrés dans le classeur.",
    recorded: (count) =>
      plural("fr", count, {
        one: `${count} relance enregistrée dans la feuille et le journal des relances.`,
        other: `${count} relances enregistrées dans la feuille et le journal des relances.`,
      }),
    recordedKept: (count, rows) =>
      plural("fr", count, {
        one: `Ligne ${rows} : les cellules Dernière relance et Niveau contiennent ce que vous avez saisi, elles sont conservées ; cette relance ne figure que dans le journal des relances.`,
        other: `Lignes ${rows} : les cellules Dernière relance et Niveau contiennent ce que vous avez saisi, elles sont conservées ; ces relances ne figurent que dans le journal des relances.`,
      }),
    copied: "Copié. Collez-le dans votre e-mail.",
    drafted: (count) =>
      plural("fr", count, { one: `${count} brouillon prêt.`, other: `${count} brouillons prêts.` }),
  },
  tabs: {
    overview: "Synthèse",
    selection: "Sélection",
    reminders: "Relances",
    settings: "Paramètres",
  },
  columns: {
    customer: "Client",
    invoiceNumber: "N° de facture",
    invoiceDate: "Date de facture",
    dueDate: "Échéance",
    amount: "Montant",
    paid: "Montant réglé",
    paidDate: "Date de règlement",
    open: "Reste dû",
    email: "E-mail",
    disputed: "Litige",
    promiseDate: "Date de paiement promise",
    creditLimit: "Encours autorisé",
    lastReminder: "Dernière relance",
    lastLevel: "Niveau de la dernière relance",
    language: "Langue",
  },
  rowProblems: rowProblemsFr,
  mapping: {
    heading: "Vérifiez les colonnes",
    found: (sheet, row, count) =>
      `Feuille « ${sheet} » : en-têtes en ligne ${row}, ${count} factures lues.`,
    intro:
      "Chaque champ ci-dessous utilise une colonne de votre feuille. Corrigez-le si la proposition est fausse.",
    notUsed: "(non utilisée)",
    memoryColumn: (header) =>
      `Tenue par le complément dans sa propre colonne « ${header} » (mise à jour par « Marquer comme envoyée » ; les formules la lisent).`,
    memoryColumnLater: (header) =>
      `Tenue par le complément dans sa propre colonne « ${header} », ajoutée au premier « Marquer comme envoyée » (les formules la lisent).`,
    required: "obligatoire",
    samples: (values) => `Exemples : ${values}`,
    noSamples: "Aucune valeur dans cette colonne.",
    confidence: { high: "certaine", medium: "probable", low: "à vérifier" },
    confidenceLabel: (label) => `Correspondance ${label}`,
    problems: (count) =>
      plural("fr", count, {
        one: `${count} ligne n’a pas pu être utilisée`,
        other: `${count} lignes n’ont pas pu être utilisées`,
      }),
    problemLine: (row, column, value, reason) =>
      `Ligne ${row}${column ? `, ${column}` : ""}${value ? ` (« ${value} »)` : ""} : ${reason}`,
    moreProblems: (count) => `… et ${count} autres.`,
    missingRequired: (fields) => `Choisissez une colonne pour : ${fields}.`,
    missingColumn: (field) =>
      `Aucune colonne n’est choisie pour « ${field} », et l’analyse en a besoin. Choisissez sa colonne dans la liste ci-dessous.`,
    moved: (header, from, to) =>
      `La colonne « ${header} » servait pour « ${from} » : elle sert maintenant pour « ${to} », et « ${from} » n’a plus de colonne.`,
    toCheck: (count) =>
      count === 0
        ? "Toutes les colonnes ont été reconnues avec certitude."
        : plural("fr", count, {
            one: `${count} champ à vérifier :`,
            other: `${count} champs à vérifier :`,
          }),
    showAll: (count) => `Afficher les ${count} champs`,
    showFewer: "N’afficher que les champs à vérifier",
    reread: "Relire",
    analyse: "Analyser",
  },
  overview: {
    heading: "Synthèse",
    refresh: "Actualiser",
    editColumns: "Colonnes",
    ageingReport: "Balance âgée",
    reportTitle: "Balance âgée",
    reportTotal: "Total",
    kpisLabel: "Indicateurs",
    notAvailable: "n.d.",
    notAvailableHint: "Pas assez de données dans la feuille",
    kpi: {
      outstanding: "Encours",
      overdueShare: "Part échue",
      dso: "DSO",
      dsoCountback: "DSO (méthode par épuisement)",
      bestPossibleDso: "Meilleur DSO possible",
      averageDaysDelinquent: "Retard moyen (ADD)",
      cei: "Efficacité du recouvrement (CEI)",
      recoveryRate: "Taux de recouvrement",
      averageCollectionDays: "Délai moyen d’encaissement",
      doubtfulShare: "Part douteuse",
    },
    days: (value) => `${value} j`,
    kpiHelp: {
      outstanding: "Ce que les clients doivent. Formule : somme des restes dus, avoirs déduits.",
      overdueShare: "La part de l’encours dont l’échéance est passée. Formule : échu ÷ encours.",
      dso: "Délai moyen de paiement clients : combien de jours de ventes restent impayés. Formule : encours ÷ ventes à crédit de la période × jours de la période.",
      dsoCountback:
        "DSO par épuisement : les jours de ventes les plus récentes dont la somme atteint l’encours, en remontant par tranches de 30 jours depuis la date d’arrêté.",
      bestPossibleDso:
        "Le DSO si chaque client payait à l’échéance. Formule : montants non échus ÷ ventes à crédit de la période × jours de la période.",
      averageDaysDelinquent:
        "Les jours de DSO dus aux retards de paiement. Formule : DSO − meilleur DSO possible.",
      cei: "Indice d’efficacité du recouvrement : la part de ce qui pouvait être encaissé qui l’a été. Formule : (créances au début + ventes − créances à la fin) ÷ (créances au début + ventes − montants non échus à la fin) × 100.",
      recoveryRate:
        "Formule : montants encaissés sur la période ÷ (créances au début de la période + ventes de la période).",
      averageCollectionDays:
        "Nombre moyen de jours entre la date de facture et la date de règlement des factures réglées sur la période.",
      doubtfulShare:
        "Reste dû de la dernière tranche d’ancienneté ou en risque critique. Formule : ce montant ÷ encours.",
    },
    kpiPeriod: (days) =>
      plural("fr", days, {
        one: `Période : le ${days} jour précédant la date d’arrêté (inclus).`,
        other: `Période : les ${days} jours précédant la date d’arrêté (inclus).`,
      }),
    kpiAtAsOf: "À la date d’arrêté.",
    ageingHeading: "Balance âgée",
    forecast: {
      heading: "Encaissements attendus",
      hint: "Chaque facture ouverte aux délais récents de son client, semaine par semaine ; au-delà de la dernière tranche d’ancienneté ou en risque critique : improbable.",
      label: "Encaissements attendus par semaine",
      week: (date) => `Dès le ${date}`,
      later: "Plus tard",
      unlikely: "Improbable",
      reportTitle: "Encaissements attendus, 12 prochaines semaines",
      periodColumn: "Période",
      amountColumn: "Attendu",
    },
    ageingLabel: "Reste dû par ancienneté",
    bucket: (label) => (label === "Current" ? "Non échu" : `${label} jours`),
    bucketValue: (amount, share) => `${amount} (${share})`,
    topRiskHeading: "Clients les plus à risque",
    topRiskHint: "Choisissez un client pour sélectionner ses factures dans la feuille.",
    riskColumn: "Risque",
    overdueColumn: "Échu",
    openColumn: "Reste dû",
    customerColumn: "Client",
    noOpen: "Aucune facture ouverte à cette date.",
    selectCustomer: (customer) => `Sélectionner les factures de ${customer}`,
  },
  selection: {
    heading: "Sélection",
    empty: "Sélectionnez une ou plusieurs lignes de factures dans la feuille.",
    notInvoices: "Les lignes sélectionnées ne sont pas des factures du tableau analysé.",
    count: (count) =>
      plural("fr", count, {
        one: `${count} facture sélectionnée`,
        other: `${count} factures sélectionnées`,
      }),
    invoice: (number) => `Facture ${number}`,
    due: "Échéance",
    daysOverdue: "Jours de retard",
    open: "Reste dû",
    bucket: "Ancienneté",
    status: "Statut",
    risk: (score, riskClass) => `Risque ${score}/100 (${riskClass})`,
    expected: "Paiement attendu",
    expectation: {
      promise: () => "la date promise",
      noHistory: () => "l’échéance : pas encore d’historique de paiement",
      after: (delay, recent, settled) =>
        `paie ${days(delay)} après l’échéance ces derniers temps (médiane de ses ${recent} dernières factures réglées sur ${settled})`,
      before: (delay, recent, settled) =>
        `paie ${days(delay)} avant l’échéance ces derniers temps (médiane de ses ${recent} dernières factures réglées sur ${settled})`,
      disputed: (text, extra) => `${text}, ${days(extra)} de plus pour le litige`,
      overdue: (text) => `${text} ; ce jour est passé, donc dès la date d’arrêté`,
    },
    factorsHeading: "Ce qui fait ce score",
    factorLine: (points, text) => `+${points} : ${text}`,
    waitFromDay: SHEET_WORDS.fr.waitFromDay,
    waitIn: SHEET_WORDS.fr.waitIn,
    waitAlreadySent: SHEET_WORDS.fr.waitAlreadySent,
    noFactors: "Rien n’augmente le risque.",
    nextHeading: "Prochaine action",
    why: (reason) => `Pourquoi : ${reason}`,
    draft: "Préparer les relances",
    totals: {
      label: "Totaux de la sélection",
      open: "Factures ouvertes",
      openAmount: "Reste dû",
      overdueAmount: "Dont échu",
      customers: "Clients avec des factures ouvertes",
      paid: "Factures réglées (non affichées)",
      allPaid: "Toutes les factures sélectionnées sont réglées : rien à relancer.",
    },
    more: (count) =>
      plural("fr", count, {
        one: `${count} autre facture ouverte sélectionnée ; les premières sont affichées.`,
        other: `${count} autres factures ouvertes sélectionnées ; les premières sont affichées.`,
      }),
  },
  riskClass: { Low: "faible", Medium: "moyen", High: "élevé", Critical: "critique" },
  status: {
    paid: "Réglée",
    disputed: "En litige",
    promise: "Paiement promis",
    "broken promise": "Promesse non tenue",
  },
  actions: ACTION_NAMES.fr,
  factors: {
    daysOverdue: (value) => `${days(value)} de retard`,
    averageDaysLate: (value) => `paie en moyenne avec ${days(value)} de retard`,
    usualDelayAfter: (value) => `paie d’habitude ${days(value)} après l’échéance`,
    usualDelayBefore: (value) =>
      `paie d’habitude seulement ${days(value)} avant l’échéance (aucun point dès 30 jours d’avance)`,
    severeLateShare: (value) => `paie ${value} des factures avec plus de 10 jours de retard`,
    fewSettled: (value) =>
      plural("fr", Number(value), {
        one: `seulement ${value} facture réglée à ce jour`,
        other: `seulement ${value} factures réglées à ce jour`,
      }),
    lateShare: (value) => `paie ${value} des factures en retard`,
    disputed: () => "la facture est en litige",
    remindersSent: (value) =>
      plural("fr", Number(value), {
        one: `${value} relance déjà envoyée`,
        other: `${value} relances déjà envoyées`,
      }),
    creditUse: (value) => `utilise ${value} de son encours autorisé`,
    other: (key, value) => `${key} : ${value}`,
    assumed: (text) => `${text} (supposé : pas encore d’historique de paiement)`,
  },
  reasons: {
    creditNote: () => "Un avoir est déduit des relances, jamais relancé.",
    paid: () => "La facture est réglée.",
    disputed: () => "La facture est en litige : réglez le litige avant toute relance.",
    promise: () => "Le client a promis de payer et la date n’est pas encore passée.",
    emptyLadder: () => "Le circuit de relance n’a aucun niveau.",
    unknownDaysOverdue: () => "L’échéance est inconnue.",
    beforeFirstLevel: (p: Params) =>
      `${capital(lateness(p.daysOverdue))} : « ${p.action} » ne s’applique que ${fromDay(p.fromDay)}.`,
    due: (p: Params) =>
      `${capital(lateness(p.daysOverdue))} : « ${p.action} » s’applique ${fromDay(p.fromDay)}.`,
    riskBroughtForward: (p: Params) =>
      `${capital(lateness(p.daysOverdue))}, et le risque élevé avance « ${p.action} » de ${days(p.leadDays)}.`,
    brokenPromise: (p: Params) =>
      `Le client n’a pas tenu sa promesse de paiement : passez à « ${p.action} ».`,
    oneAboveLastLevel: (p: Params) =>
      `Le niveau ${p.lastLevel} est le dernier envoyé : un niveau à la fois, donc « ${p.action} ».`,
    formalNoticeFirst: (p: Params) =>
      `La mise en demeure précède toute étape ultérieure : « ${p.action} ».`,
    levelAlreadySent: (p: Params) =>
      `Le niveau « ${p.sentAction} » est déjà envoyé ; « ${p.action} » s’applique ${fromDay(p.fromDay)}.`,
    lastLevelSent: (p: Params) => `Le dernier niveau du circuit, « ${p.action} », est déjà envoyé.`,
    contactInterval: (p: Params) =>
      `${Number(p.daysSinceContact) === 0 ? "Contacté aujourd’hui" : `Dernier contact il y a ${days(p.daysSinceContact)}`} ; attendez ${days(p.minDays)} entre deux contacts (encore ${days(p.days)}).`,
  },
  settings: {
    heading: "Paramètres",
    ladderHeading: "Circuit de relance",
    ladderLabel: "Niveaux du circuit de relance",
    level: (level) => `Niveau ${level}`,
    fromDay: "À partir du jour",
    action: "Action",
    channel: "Canal",
    tone: "Ton",
    addLevel: "Ajouter un niveau",
    removeLevel: (level) => `Supprimer le niveau ${level}`,
    minDays: "Jours minimum entre deux contacts",
    bucketBounds: "Tranches d’ancienneté (bornes en jours)",
    bucketBoundsHint: "Par exemple 30, 60, 90",
    bucketBoundsInvalid: "Donnez des nombres de jours entiers et croissants, par ex. 30, 60, 90.",
    rateTable: {
      label: "Barème des taux pour le dossier judiciaire",
      hint: "Chaque taux d’intérêt de retard à partir de son premier jour (aaaa-mm-jj), tel qu’en vigueur alors. Vide : le taux ci-dessus sur toute la période.",
      from: "À partir du",
      rate: "Taux (% par an)",
      remove: "Retirer",
      add: "Ajouter un taux",
      dayFormat: "Écrivez le jour en aaaa-mm-jj, par exemple 2024-01-01.",
      order: "Chaque période doit commencer après celle du dessus.",
    },
    payment: {
      iban: "Votre IBAN (coordonnées et QR code de paiement sur les courriers)",
      ibanHint:
        "Les courriers portent un QR code lisible par les applis bancaires (EPC) quand l’IBAN et le BIC sont renseignés.",
      ibanFormat: "Ce n’est pas un IBAN : code pays, deux chiffres de contrôle, puis le compte.",
      ibanChecksum:
        "Les chiffres de contrôle de cet IBAN ne correspondent pas : vérifiez-le sur votre RIB.",
      bic: "Votre BIC",
      bicInvalid: "Un BIC compte 8 ou 11 lettres et chiffres, par ex. BNPAFRPP.",
    },
    penaltiesHeading: "Pénalités de retard",
    jurisdiction: "Droit applicable",
    jurisdictions: {
      FR: "France (Code de commerce)",
      EU: "Union européenne (directive 2011/7/UE)",
      UK: "Royaume-Uni (Late Payment Act)",
      none: "Aucun",
    },
    rate: "Taux d’intérêt de retard (% par an)",
    fixedFee: "Indemnité forfaitaire par facture",
    senderHeading: "Expéditeur",
    language: "Langue",
    languages: { auto: "Automatique", fr: "Français", en: "English" },
    senderName: "Nom de l’expéditeur",
    signature: "Signature",
    paymentInstructions: "Instructions de paiement",
    currency: "Devise",
    currencyHint: "Code à trois lettres, par ex. EUR",
    templatesHeading: "Modèles de relance",
    templateLevel: "Niveau",
    templateLanguage: "Langue du modèle",
    subject: "Objet",
    body: "Corps du message",
    callScript: "Script d’appel",
    placeholders: "Champs de fusion",
    resetTemplate: "Revenir au texte par défaut",
    save: "Enregistrer les paramètres",
    invalidNumber: "Saisissez un nombre.",
    channels: {
      email: "E-mail",
      phone: "Téléphone",
      letter: "Lettre recommandée",
      agency: "Agence / tribunal",
    },
    tones: { friendly: "Amical", courteous: "Courtois", firm: "Ferme", formal: "Formel" },
  },
  settingsForm: {
    wholeNumber: "Saisissez un nombre entier de jours, sans décimales.",
    number: "Saisissez un nombre.",
    atLeast: (min) => `Saisissez un nombre supérieur ou égal à ${min}.`,
    between: (min, max) => `Saisissez un nombre compris entre ${min} et ${max}.`,
    actionRequired: "Donnez un nom à l’action de ce niveau.",
    sameDay: (levels, day) =>
      `Les niveaux ${levels} commencent tous au jour ${day} : donnez à chaque niveau son propre jour.`,
    ladderOrder: "Les niveaux sont rangés dans l’ordre de leur jour de départ.",
    fieldOf: (field, level) => `${field} (niveau ${level})`,
    blocked: (fields) => `Pas encore enregistré : corrigez ${fields}.`,
    paneLanguage: "Langue du volet",
    paneLanguageHint: "Seulement ce que vous lisez ici ; le classeur garde sa propre langue.",
    workbookLanguage: "Langue du classeur",
    workbookLanguageHint:
      "En-têtes, noms de feuilles et valeurs des colonnes d’analyse (Non échu, Élevé, Relance 1…).",
    currencyHint: "Devise ISO 4217 des montants de la feuille.",
  },
  savedSettings: {
    names: {
      jurisdiction: "Juridiction",
      annualRatePct: "Taux des intérêts de retard",
      fixedFee: "Indemnité forfaitaire par facture",
      ladder: "Échelle de relance",
      minDaysBetweenContacts: "Délai minimal entre deux contacts",
      bucketBounds: "Tranches d’ancienneté",
      language: "Langue",
      workbookLanguage: "Langue du classeur",
      currency: "Devise",
      senderName: "Nom de l’expéditeur",
      signature: "Signature",
      paymentInstructions: "Instructions de paiement",
      templates: "Modèles de relance",
      holdDay: "Jour de blocage du compte",
      iban: "IBAN",
      bic: "BIC",
      lateRates: "Barème des taux d’intérêt de retard",
      consumers: "Clients consommateurs",
    },
    replaced: (list) =>
      `Des paramètres enregistrés dans ce classeur n’étaient pas valides et ont repris leur valeur par défaut : ${list}. Vérifiez-les dans Paramètres.`,
    notSaved: (list) => `Paramètres non enregistrés : corrigez d’abord ${list}.`,
  },
  crashed: {
    title: "Le volet s’est arrêté sur une erreur inattendue",
    text: "L’étape qui a échoué n’a rien écrit dans le classeur. Rechargez le volet pour continuer.",
    detail: (message) => `Erreur : ${message}`,
    reload: "Recharger le volet",
  },
  reminders: {
    heading: "Relances",
    payNowQr: (amount, reference) =>
      `QR code EPC pour l’application bancaire du client, dans l’e-mail HTML et le .eml : ${amount}, ${reference}`,
    draft: "Préparer les relances de la sélection",
    empty: "Sélectionnez des factures dans la feuille, puis préparez les relances.",
    nothing: "Aucune relance à envoyer pour les factures sélectionnées.",
    draftLabel: (customer) => `Relance à ${customer}`,
    level: (level, action) => `Niveau ${level} : ${action}`,
    to: "À",
    noEmail:
      "Pas d’adresse e-mail dans la feuille : ajoutez le destinataire dans votre messagerie.",
    subject: "Objet",
    body: "Message",
    total: (total, count) =>
      plural("fr", count, {
        one: `${total}, ${count} facture`,
        other: `${total}, ${count} factures`,
      }),
    copy: "Copier",
    copyFailed:
      "Le presse-papiers n’est pas disponible ici. Sélectionnez le texte du message et copiez-le.",
    mailOpened:
      "Votre messagerie devrait s’ouvrir avec le brouillon. Sinon (certaines versions d’Excel n’ouvrent aucun lien de messagerie depuis un complément), utilisez Copier.",
    openMail: "Ouvrir dans la messagerie",
    tooLong:
      "Ce message est trop long pour un lien de messagerie. Téléchargez plutôt le fichier .eml.",
    downloadEml: "Télécharger le .eml",
    downloadAll: "Tout télécharger",
    markSent: "Marquer comme envoyée",
    markAllSent: "Tout marquer comme envoyé",
    skip: "Passer",
    undo: "Annuler le dernier marquage",
    undone:
      "Le dernier marquage est annulé : la feuille et le journal des relances sont comme avant.",
    recordsOn: (date) =>
      `« Marquer comme envoyée » enregistre la date du ${date} (aujourd’hui), pas la date d’analyse.`,
    sendAnyway: "Envoyer quand même",
    includeEdited:
      "Vous avez modifié le brouillon de ce client. Inclure la facture le réécrit et vos modifications sont perdues.",
    includeConfirm: "Inclure et réécrire",
    includeCancel: "Garder mes modifications",
    excludedHeading: "Non incluses",
    excludedLine: (invoice, customer, reason) => `${invoice} (${customer}) : ${reason}`,
    includeAnyway: "Inclure quand même",
    compactLabel: (count) => `${count} brouillons, un seul ouvert à la fois`,
    compactLine: (customer, total) => `${customer} · ${total}`,
    showAllExcluded: (count) => `Afficher les ${count} factures non incluses`,
    includeLabel: (invoice) => `Inclure quand même la facture ${invoice}`,
  },
  /** The worklist, the customer account, statements and payment plans (issue 12). */
  customer: accountFr,
  errors: {
    title: "Un point demande votre attention",
    generic: (message) => `L’opération n’a pas abouti : ${message}`,
    codes: {
      "empty-sheet":
        "La feuille active est vide. Ouvrez la feuille de vos factures, puis relisez-la.",
      "header-only": "La feuille a des titres de colonnes mais aucune facture en dessous.",
      "merged-header":
        "La ligne des titres de colonnes contient des cellules fusionnées. Annulez la fusion pour que chaque colonne ait son titre.",
      "missing-column":
        "Une colonne obligatoire (client, n° de facture ou échéance) est introuvable. Choisissez-la dans la liste des colonnes.",
      "mixed-date-formats":
        "Les dates d’une colonne sont écrites dans des ordres différents (jour/mois et mois/jour). Écrivez-les toutes de la même façon.",
      "no-header":
        "Aucune ligne de titres de colonnes trouvée. Mettez des titres comme Client, Facture, Échéance au-dessus de vos factures.",
      "no-sheet": "Le classeur n’a aucune feuille à lire.",
      "sheet-missing":
        "La feuille analysée n’existe plus. Choisissez Actualiser pour lire la feuille active.",
      "sheet-changed":
        "La feuille a changé depuis sa lecture : une facture a bougé, a changé, a disparu ou a été ajoutée. Rien n’a été écrit. Choisissez Actualiser, puis recommencez.",
      "sheet-protected":
        "La feuille est protégée. Ôtez la protection (Révision > Ôter la protection de la feuille) et réessayez.",
      "two-header-rows":
        "Deux lignes ressemblent à des titres de colonnes. Gardez une seule ligne de titres au-dessus de vos factures.",
      "edit-mode":
        "Excel est en train de modifier une cellule. Appuyez sur Entrée ou Échap, puis réessayez.",
      "grid-full":
        "La feuille n’a plus de place pour les colonnes ou les lignes du complément (elle atteint la dernière colonne ou ligne d’Excel). Déplacez vos données ou supprimez les colonnes inutilisées, puis réessayez.",
      "host-too-old":
        "Cette version d’Excel est trop ancienne pour le complément (API Excel 1.9 ou plus récente). Mettez Excel à jour ou utilisez Excel sur le web.",
      unsupported:
        "Cette version d’Excel ne prend pas en charge cette fonction. Mettez Excel à jour ou utilisez Excel sur le web.",
      "invalid-settings": "Paramètres non enregistrés : une valeur n’est pas valide.",
      "date-system-1904":
        "Ce classeur utilise le calendrier depuis 1904, que Credit Control ne prend pas en charge : ses dates seraient lues avec 4 ans (1 462 jours) d’écart. Rien n’a été lu ni écrit.",
    },
  },
  host: {
    selectedSome: (selected: number, blocks: number) =>
      selected === 1
        ? `Cette version d’Excel ne sélectionne qu’un bloc de lignes à la fois : le premier des ${blocks} blocs est sélectionné.`
        : `Excel a sélectionné les ${selected} premiers des ${blocks} blocs de lignes.`,
    noDownloads:
      "Excel pour Mac n’enregistre pas les fichiers des compléments : copiez plutôt chaque message dans votre messagerie.",
    downloadAllZip: "Tout télécharger (.zip)",
  },
};
