import type { RuleId } from "../errors/rules";
import type {
  AgreementKind,
  CitizenAgreementDraft,
  OrganisationalAgreementDraft,
} from "./agreement-schemas";

export interface AgreementField<Key extends string = string> {
  /** Stable key: the property name in the agreement schema. */
  key: Key;
  /** The label of the seed's template, as users know it. */
  label: { da: string; en: string };
  rule: RuleId;
}

const field = <Key extends string>(
  key: Key,
  da: string,
  en: string,
  rule: RuleId,
): AgreementField<Key> => ({ key, label: { da, en }, rule });

/** R10: the fields of "Samarbejdsaftale – Ledere & Team", in the template's order, + R15. */
export const organisationalAgreementFields: ReadonlyArray<
  AgreementField<keyof OrganisationalAgreementDraft & string>
> = [
  field("citizenName", "Navnet på borger/patient", "Citizen's name", "R10"),
  field("contactPersons", "Navn på kontaktperson(er)", "Contact person(s)", "R10"),
  field(
    "activationReason",
    "Begrundelse for aktivering af samarbejdsmodellen",
    "Reason for activating the model",
    "R10",
  ),
  field("overallGoal", "Målet for den samlede indsats", "Goal of the overall effort", "R10"),
  field(
    "goalReachedWhen",
    "Hvordan ser vi, at målet er nået",
    "How we see the goal is reached",
    "R10",
  ),
  field(
    "alignmentWithCitizenGoal",
    "Obs overensstemmelse med borgerens/patientens mål",
    "Agreement with the citizen's own goal",
    "R10",
  ),
  field("coordinatorName", "Navn på koordinator", "Coordinator's name", "R10"),
  field(
    "teamMembers",
    "Teamets medlemmer og deres roller/opgaver",
    "Team members and their roles/tasks",
    "R10",
  ),
  field("meetingFrequency", "Mødehyppighed i teamet", "Meeting frequency", "R10"),
  field("supervision", "Supervision til teamet ja/nej?", "Supervision for the team, yes/no", "R10"),
  field(
    "supervisor",
    "Hvis supervision – hvem superviserer",
    "If supervision: who supervises",
    "R10",
  ),
  field(
    "supervisionFunding",
    "Hvis supervision – aftaler om finansiering",
    "If supervision: how it is financed",
    "R10",
  ),
  field(
    "communicationChannels",
    "Aftaler angående kommunikationsvej",
    "Agreed communication channels",
    "R15",
  ),
];

/** R11: the fields of "Samarbejdsaftale – Borger/patient & Team", in order, + R15. */
export const citizenAgreementFields: ReadonlyArray<
  AgreementField<keyof CitizenAgreementDraft & string>
> = [
  field("citizenName", "Navnet på borger/patient", "Citizen's name", "R11"),
  field("contactPersons", "Navn på kontaktperson(er)", "Contact person(s)", "R11"),
  field(
    "citizenGoal",
    "Borgerens/patientens mål for den samlede indsats",
    "The citizen's goal for the overall effort",
    "R11",
  ),
  field(
    "teamGoal",
    "Teamets mål for den samlede indsats",
    "The team's goal for the overall effort",
    "R11",
  ),
  field(
    "teamMembers",
    "Teamets medlemmer og deres roller/opgaver",
    "Team members and their roles/tasks",
    "R11",
  ),
  field(
    "citizenExpectations",
    "Borgerens/patientens forventninger til samarbejdet",
    "The citizen's expectations of the collaboration",
    "R11",
  ),
  field(
    "teamExpectations",
    "Teamets forventninger til samarbejdet",
    "The team's expectations of the collaboration",
    "R11",
  ),
  field("meetingFrequency", "Mødehyppighed i teamet", "Meeting frequency", "R11"),
  field(
    "communicationChannels",
    "Aftaler angående kommunikationsvej",
    "Agreed communication channels",
    "R15",
  ),
];

export const agreementFields = (kind: AgreementKind): ReadonlyArray<AgreementField> =>
  kind === "organisational" ? organisationalAgreementFields : citizenAgreementFields;

export const agreementTitles: Record<AgreementKind, { da: string; en: string }> = {
  organisational: {
    da: "Samarbejdsaftale – Ledere & Team",
    en: "Organisational agreement (leaders & team)",
  },
  citizen: {
    da: "Samarbejdsaftale – Borger/patient & Team",
    en: "Citizen agreement (citizen & team)",
  },
};
