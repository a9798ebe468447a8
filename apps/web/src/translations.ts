export const webDa = {
  section: "Koordinering",
  myCases: {
    title: "Mine sager",
    intro: "Sager, hvor du har taget initiativet, er med i teamet eller er leder for enheden.",
    caption: "Mine sager, nyeste initiativ først",
    citizen: "Borger",
    status: "Status",
    initiative: "Initiativ",
    coordinator: "Tovholder",
    deadline: "Første samarbejdsmøde (frist)",
    noCoordinator: "Ingen tovholder endnu",
    empty: "Du har ingen sager endnu.",
    initiatedBy: "{{name}}, {{unit}}",
  },
  invitations: {
    title: "Invitationer til {{organisation}}",
    intro:
      "En leder har bedt jeres organisation om at deltage i samarbejdet om en borger. Borgerens oplysninger vises først, når I har tilsluttet jer sagen. Ring eller skriv til lederen, hvis I vil vide mere, før I siger ja.",
    caption: "Invitationer, nyeste først",
    invitedBy: "Inviteret af",
    invitedAt: "Inviteret",
    caseStatus: "Sagens status",
    action: "Handling",
    join: "Tilslut os sagen",
    // Starts with the button's visible text (WCAG 2.5.3 Label in Name).
    joinLabel: "Tilslut os sagen fra {{name}}, inviteret {{date}}",
    joining: "Tilslutter …",
    joined: "{{organisation}} deltager nu i sagen. Den står under Mine sager.",
    failed: "Tilslutningen lykkedes ikke: {{message}}",
  },
};

export const webEn: typeof webDa = {
  section: "Coordination",
  myCases: {
    title: "My cases",
    intro: "Cases you took the initiative for, are on the team of, or lead the unit of.",
    caption: "My cases, newest initiative first",
    citizen: "Citizen",
    status: "Status",
    initiative: "Initiative",
    coordinator: "Coordinator",
    deadline: "First collaboration meeting (deadline)",
    noCoordinator: "No coordinator yet",
    empty: "You have no cases yet.",
    initiatedBy: "{{name}}, {{unit}}",
  },
  invitations: {
    title: "Invitations to {{organisation}}",
    intro:
      "A leader has asked your organisation to take part in the collaboration around a citizen. The citizen's details are shown once you have joined the case. Call or write to the leader if you want to know more before you agree.",
    caption: "Invitations, newest first",
    invitedBy: "Invited by",
    invitedAt: "Invited",
    caseStatus: "Case status",
    action: "Action",
    join: "Join the case",
    joinLabel: "Join the case from {{name}}, invited {{date}}",
    joining: "Joining …",
    joined: "{{organisation}} now takes part in the case. It is listed under My cases.",
    failed: "Joining did not work: {{message}}",
  },
};
