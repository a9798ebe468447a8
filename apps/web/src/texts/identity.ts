/** A leader checks a registration's CPR number against the CPR register (R5). */
export const identityDa = {
  check: "Tjek mod CPR-registret",
  confirmTitle: "Tjek CPR-nummeret for {{name}} mod CPR-registret",
  confirmIntro:
    "Slå CPR-nummeret op i CPR-registret. Er det den borger, initiativet handler om, så skriv navnet, som det står i registret, og bekræft: initiativet står derefter under det navn. Viser registret en anden borger, er nummeret tastet forkert: afvis initiativet på sagen, så initiativtageren kan registrere det igen med det rigtige nummer.",
  registerName: "Navn i CPR-registret",
  registerNameHint: "For- og efternavn, som CPR-registret viser dem.",
  confirm: "Bekræft CPR-nummeret",
  confirmed:
    "CPR-nummeret i initiativet for {{name}} er tjekket mod CPR-registret. Initiativet står nu under navnet fra registret.",
  declineOnCase:
    "Viser registret en anden borger? Gå til sagen for {{name}} for at afvise initiativet",
  errors: { registerName: "Skriv navnet fra CPR-registret." },
};

export const identityEn: typeof identityDa = {
  check: "Check against the CPR register",
  confirmTitle: "Check the CPR number for {{name}} against the CPR register",
  confirmIntro:
    "Look the CPR number up in the CPR register. If it is the citizen the initiative is about, write the name as it stands in the register and confirm: the initiative then shows that name. If the register shows somebody else, the number was mistyped: decline the initiative on the case, so the initiator can register it again with the right number.",
  registerName: "Name in the CPR register",
  registerNameHint: "First and last name, as the CPR register shows them.",
  confirm: "Confirm the CPR number",
  confirmed:
    "The CPR number in the initiative for {{name}} has been checked against the CPR register. The initiative now shows the name from the register.",
  declineOnCase:
    "Does the register show somebody else? Go to the case for {{name}} to decline the initiative",
  errors: { registerName: "Write the name from the CPR register." },
};
