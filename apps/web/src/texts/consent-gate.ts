// What a person is told where the citizen's consent keeps something from them (R4): what
// happened and whom to ask, never the content. Danish first.
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const consentGateDa = {
  noticeTold:
    "{{name}} ({{organisation}}) har ændret sin organisations indsats på en måde, der har betydning for samarbejdet. Borgerens samtykke dækker ikke, at beskrivelsen deles med din organisation, så den vises ikke her.",
  noticeAsk: "Spørg {{name}}, hvis du har brug for at vide mere: {{contact}}.",
  noticeAskNoContact: "Spørg {{name}}, hvis du har brug for at vide mere.",
  acknowledgeTold: "Kvittér for, at du er orienteret",
  acknowledgedTold: "Du har kvitteret for, at du er orienteret om ændringen.",
  taskNoticeTold:
    "Kvittér for, at du er orienteret om en ændring hos en samarbejdspartner (siden {{since}})",
  taskNoticeToldHint:
    "Borgerens samtykke dækker ikke beskrivelsen – på sagen står, hvem du kan spørge.",
  taskSignWaits:
    "Venter på samtykke: aftalen kan underskrives, når borgerens samtykke omfatter {{organisations}}.",
  and: " og ",
  tasksWithheld: "Opgaver: vises ikke – borgerens samtykke dækker ikke {{organisation}}.",
};

export const consentGateEn: Shape<typeof consentGateDa> = {
  noticeTold:
    "{{name}} ({{organisation}}) has changed their organisation's intervention in a way that matters for the collaboration. The citizen's consent does not cover sharing the description with your organisation, so it is not shown here.",
  noticeAsk: "Ask {{name}} if you need to know more: {{contact}}.",
  noticeAskNoContact: "Ask {{name}} if you need to know more.",
  acknowledgeTold: "Acknowledge that you have been told",
  acknowledgedTold: "You have acknowledged that you were told of the change.",
  taskNoticeTold: "Acknowledge that you were told of a change at a partner (since {{since}})",
  taskNoticeToldHint:
    "The citizen's consent does not cover the description – the case says whom you can ask.",
  taskSignWaits:
    "Waiting for consent: the agreement can be signed once the citizen's consent covers {{organisations}}.",
  and: " and ",
  tasksWithheld: "Tasks: not shown – the citizen's consent does not cover {{organisation}}.",
};
