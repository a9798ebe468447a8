import { adminDa, adminEn } from "./texts/admin";
import { agreementsDa, agreementsEn } from "./texts/agreements";
import { citizenDocumentsDa, citizenDocumentsEn } from "./texts/citizen-documents";
import { consentGateDa, consentGateEn } from "./texts/consent-gate";
import { identityDa, identityEn } from "./texts/identity";
import { pagesDa, pagesEn } from "./texts/pages";
import { part2Da, part2En } from "./texts/part2";

export const webDa = {
  section: "Koordinering",
  ...pagesDa,
  ...part2Da,
  ...agreementsDa,
  ...adminDa,
  identityConfirm: identityDa,
  citizenDocuments: citizenDocumentsDa,
  consentGate: consentGateDa,
  myCases: {
    title: "Mine sager",
    listTitle: "Sager, du arbejder med",
    intro: "Sager, hvor du har taget initiativet, er med i teamet eller er leder for enheden.",
    caption: "Mine sager, nyeste initiativ først",
    citizen: "Borger",
    status: "Status",
    initiative: "Initiativ",
    coordinator: "Tovholder",
    deadline: "Første samarbejdsmøde (frist)",
    noCoordinator: "Ingen tovholder endnu",
    empty: "Du har ingen sager endnu.",
    emptyAction: "Registrér et initiativ",
    initiatedBy: "{{name}}, {{unit}}",
  },
  invitations: {
    title: "Invitationer til {{organisation}}",
    intro:
      "En leder har bedt jeres organisation om at deltage i samarbejdet om en borger. Her vises kun, hvem der spørger – ikke borgeren. Ring eller skriv til lederen, hvis I vil vide mere, før I svarer.",
    caption: "Invitationer, nyeste først",
    invitedBy: "Inviteret af",
    invitedAt: "Inviteret",
    caseStatus: "Sagens status",
    action: "Handling",
    join: "Deltag i sagen",
    // Start with the buttons' visible text (WCAG 2.5.3 Label in Name).
    joinLabel: "Deltag i sagen – inviteret af {{name}}, {{date}}",
    joined: "{{organisation}} deltager nu i sagen. Den står under Mine sager.",
    decline: "Afslå",
    declineLabel: "Afslå invitationen fra {{name}}, {{date}}",
    reason: "Begrundelse (kan læses af dem, der arbejder med sagen)",
    reasonRequired: "Skriv en begrundelse for at afslå.",
    confirmDecline: "Afslå invitationen",
    cancel: "Fortryd",
    declined:
      "{{organisation}} har afslået invitationen. De, der arbejder med sagen, kan se begrundelsen.",
    failed: "Det lykkedes ikke: {{message}}",
  },
};

export const webEn: typeof webDa = {
  section: "Coordination",
  ...pagesEn,
  ...part2En,
  ...agreementsEn,
  ...adminEn,
  identityConfirm: identityEn,
  citizenDocuments: citizenDocumentsEn,
  consentGate: consentGateEn,
  myCases: {
    title: "My cases",
    listTitle: "Cases you work on",
    intro: "Cases you took the initiative for, are on the team of, or lead the unit of.",
    caption: "My cases, newest initiative first",
    citizen: "Citizen",
    status: "Status",
    initiative: "Initiative",
    coordinator: "Coordinator",
    deadline: "First collaboration meeting (deadline)",
    noCoordinator: "No coordinator yet",
    empty: "You have no cases yet.",
    emptyAction: "Register an initiative",
    initiatedBy: "{{name}}, {{unit}}",
  },
  invitations: {
    title: "Invitations to {{organisation}}",
    intro:
      "A leader has asked your organisation to take part in the collaboration around a citizen. Only who is asking is shown here – not the citizen. Call or write to the leader if you want to know more before you answer.",
    caption: "Invitations, newest first",
    invitedBy: "Invited by",
    invitedAt: "Invited",
    caseStatus: "Case status",
    action: "Action",
    join: "Join the case",
    joinLabel: "Join the case – invited by {{name}}, {{date}}",
    joined: "{{organisation}} now takes part in the case. It is listed under My cases.",
    decline: "Decline",
    declineLabel: "Decline the invitation from {{name}}, {{date}}",
    reason: "Reason (people working on the case can read it)",
    reasonRequired: "Write a reason for declining.",
    confirmDecline: "Decline the invitation",
    cancel: "Cancel",
    declined:
      "{{organisation}} has declined the invitation. People working on the case can see the reason.",
    failed: "That did not work: {{message}}",
  },
};
