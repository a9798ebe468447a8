/** Resolving a provisional registration against the CPR register (issue 10). */
export const identityDa = {
  check: "Kontrollér mod CPR-registret",
  confirmTitle: "Kontrollér {{name}} mod CPR-registret",
  confirmIntro:
    "Slå CPR-nummeret op i CPR-registret, og skriv navnet, som det står der. Passer det med den borger, Samstemt kender under CPR-nummeret, bliver initiativet knyttet til borgerens registrering. Passer det ikke, er CPR-nummeret formentlig tastet forkert: afvis initiativet, så initiativtageren kan registrere det igen med det rigtige nummer.",
  registerName: "Navn i CPR-registret",
  registerNameHint: "For- og efternavn, som CPR-registret viser dem.",
  confirm: "Knyt til borgerens registrering",
  confirmed:
    "Initiativet for {{name}} er nu knyttet til borgerens registrering og står under borgerens navn fra CPR-registret.",
  declineOnCase: "Gå til sagen for {{name}} for at afvise initiativet",
  errors: { registerName: "Skriv navnet fra CPR-registret." },
};

export const identityEn: typeof identityDa = {
  check: "Check against the CPR register",
  confirmTitle: "Check {{name}} against the CPR register",
  confirmIntro:
    "Look the CPR number up in the CPR register and write the name as it stands there. If it is the citizen Samstemt knows under the CPR number, the initiative is joined to the citizen's record. If not, the CPR number was probably mistyped: decline the initiative, so the initiator can register it again with the right number.",
  registerName: "Name in the CPR register",
  registerNameHint: "First and last name, as the CPR register shows them.",
  confirm: "Join to the citizen's record",
  confirmed:
    "The initiative for {{name}} is now joined to the citizen's record and shows the citizen's name from the CPR register.",
  declineOnCase: "Go to the case for {{name}} to decline the initiative",
  errors: { registerName: "Write the name from the CPR register." },
};
