/** F2: what went to the citizen by digital post, on the case page. */
export const citizenDocumentsDa = {
  title: "Sendt til borgeren med digital post",
  intro:
    "Den underskrevne Samarbejdsaftale – Borger/patient & Team og referaterne fra samarbejdsmøder sendes til borgerens digitale postkasse.",
  caption: "Dokumenter sendt til borgeren, nyeste først",
  sent: "Sendt",
  document: "Dokument",
  none: "Der er ikke sendt noget til borgeren endnu.",
};

export const citizenDocumentsEn: typeof citizenDocumentsDa = {
  title: "Sent to the citizen by digital post",
  intro:
    "Signed citizen agreements and the minutes of collaboration meetings go to the citizen's digital mailbox.",
  caption: "Documents sent to the citizen, newest first",
  sent: "Sent",
  document: "Document",
  none: "Nothing has been sent to the citizen yet.",
};
