import type {
  CitizenAgreement,
  OrganisationalAgreement,
} from "../src/agreements/agreement-schemas";

export const completeOrganisationalAgreement: OrganisationalAgreement = {
  citizenName: "Jens Jensen",
  contactPersons: [
    { name: "Karen Kontakt", organisation: "Aarhus Kommune", phone: "12345678", email: null },
  ],
  activationReason: "Gentagne indlæggelser",
  overallGoal: "Stabil bolig og behandling",
  goalReachedWhen: "Ingen akutte indlæggelser i seks måneder",
  alignmentWithCitizenGoal: "Jens ønsker at blive boende",
  coordinatorName: "Karen Kontakt",
  teamMembers: [
    { name: "Karen Kontakt", organisation: "Aarhus Kommune", roleOrTasks: "Kontaktperson" },
    { name: "Peter Psykiater", organisation: "Region Midt", roleOrTasks: "Psykiater" },
  ],
  meetingFrequency: { every: 1, unit: "month", note: null },
  supervision: false,
  supervisor: null,
  supervisionFunding: null,
  communicationChannels: [{ channel: "Sikker mail", purpose: "Løbende orientering" }],
};

export const completeCitizenAgreement: CitizenAgreement = {
  citizenName: "Jens Jensen",
  contactPersons: [{ name: "Karen Kontakt", organisation: null, phone: null, email: null }],
  citizenGoal: "At beholde min lejlighed",
  teamGoal: "Færre indlæggelser",
  teamMembers: [
    { name: "Karen Kontakt", organisation: "Aarhus Kommune", roleOrTasks: "Kontaktperson" },
  ],
  citizenExpectations: "At blive hørt",
  teamExpectations: "At Jens kommer til møderne",
  meetingFrequency: { every: 2, unit: "week", note: null },
  communicationChannels: [{ channel: "Telefon", purpose: null }],
};
