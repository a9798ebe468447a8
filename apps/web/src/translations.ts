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
};
