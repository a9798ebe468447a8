import type { NotificationText } from "@samstemt/db";
import type { AlertCondition } from "@samstemt/domain";
import { agreementTitles } from "@samstemt/domain/labels";
import { JOB_TIME_ZONE } from "../time-zone";

type Language = "da" | "en";

const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: JOB_TIME_ZONE }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: JOB_TIME_ZONE }),
};

/** The agreements by the one name they have on every screen (the domain's titles). */
function agreementTitlesIn(language: Language) {
  return {
    organisational: agreementTitles.organisational[language],
    citizen: agreementTitles.citizen[language],
  };
}

const agreementNames = {
  da: agreementTitlesIn("da"),
  en: agreementTitlesIn("en"),
};

function headline(condition: AlertCondition, language: Language, date: string) {
  const da = language === "da";
  switch (condition.kind) {
    case "deadline.approaching":
      return da
        ? {
            title: "Fristen for det første samarbejdsmøde nærmer sig",
            body: `Det første samarbejdsmøde skal holdes senest ${date}. Indkald teamet, hvis mødet ikke er aftalt.`,
          }
        : {
            title: "The deadline for the first collaboration meeting is near",
            body: `The first collaboration meeting must be held by ${date}. Call the team if no meeting is arranged.`,
          };
    case "deadline.overdue":
      return da
        ? {
            title: "Fristen for det første samarbejdsmøde er overskredet",
            body: `Det første samarbejdsmøde skulle have været holdt senest ${date}.`,
          }
        : {
            title: "The deadline for the first collaboration meeting has passed",
            body: `The first collaboration meeting should have been held by ${date}.`,
          };
    case "meeting.overdue":
      return da
        ? {
            title: "Teamets næste møde er forsinket",
            body: `Efter den aftalte mødehyppighed skulle teamet have holdt møde senest ${date}.`,
          }
        : {
            title: "The team's next meeting is overdue",
            body: `By the agreed meeting frequency the team should have met by ${date}.`,
          };
    case "changeNotice.unacknowledged":
      return da
        ? {
            title: "En ændringsbesked er ikke kvitteret",
            body: `En ændringsbesked fra ${date} er efter 3 arbejdsdage endnu ikke kvitteret af hele teamet.`,
          }
        : {
            title: "A change notice is not acknowledged",
            body: `A change notice of ${date} has not been acknowledged by the whole team after 3 working days.`,
          };
    case "consent.expiring":
      return da
        ? {
            title: "Et samtykke udløber snart",
            body: `Et samtykke til udveksling af oplysninger udløber ${date}. Tal med borgeren om at forny det, hvis oplysninger fortsat skal udveksles.`,
          }
        : {
            title: "A consent is about to lapse",
            body: `A consent to exchange information lapses on ${date}. Talk to the citizen about renewing it if information is still to be exchanged.`,
          };
    case "agreement.awaitingSignature": {
      const kind = condition.details?.agreementKind ?? "organisational";
      const version = condition.details?.version ?? 1;
      return da
        ? {
            title: `${agreementNames.da[kind]} venter på underskrift`,
            body: `${agreementNames.da[kind]}, version ${version}, er delvist underskrevet og venter på de sidste underskrifter.`,
          }
        : {
            title: `${agreementNames.en[kind]} is waiting for signatures`,
            body: `${agreementNames.en[kind]}, version ${version}, is partly signed and waits for the remaining signatures.`,
          };
    }
  }
}

/**
 * What an alert says, in Danish and English. It names no citizen and no CPR number — the text
 * is sent by e-mail — only a link to the case, where the app shows what the reader may see.
 */
export function alertTexts(
  condition: AlertCondition,
  appBaseUrl: string | null,
): Record<Language, NotificationText> {
  // Without a known address (a worker on its own, told neither PUBLIC_URL nor APP_BASE_URL)
  // the link is the case's path, which the app opens, rather than a guessed host.
  const link = `${appBaseUrl?.replace(/\/+$/, "") ?? ""}/sager/${condition.caseId}`;
  const make = (language: Language): NotificationText => {
    const { title, body } = headline(
      condition,
      language,
      dateFormats[language].format(condition.dueAt),
    );
    const open = language === "da" ? "Åbn sagen" : "Open the case";
    return { title, body: `${body}\n\n${open}: ${link}` };
  };
  return { da: make("da"), en: make("en") };
}
