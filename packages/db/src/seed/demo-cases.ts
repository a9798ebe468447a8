import type { CaseStatus, ClosingReason, InitiativeReasonCategory } from "@samstemt/domain";

export interface DemoMember {
  username: string;
  task: string;
  coordinator?: boolean;
  notDirectlyInvolved?: boolean;
}

export interface DemoMeeting {
  kind: "collaboration" | "preparatory";
  /** Days after the initiative. */
  heldAfterDays: number;
  citizenPresent: boolean;
}

export interface DemoCase {
  citizen: string;
  status: CaseStatus;
  initiator: string;
  /** How many days before the seed the initiative was taken. */
  initiativeDaysAgo: number;
  reasons: InitiativeReasonCategory[];
  reasonText: string;
  declineReason?: string;
  closing?: { reason: ClosingReason; note: string | null };
  endorsedAfterDays?: number;
  /** R6: leaders (by username) whose organisations the endorsing leader has invited; not joined yet. */
  invitedLeaders?: string[];
  activatedAfterDays?: number;
  closedAfterDays?: number;
  members?: DemoMember[];
  meetings?: DemoMeeting[];
  /** A collaboration meeting planned this many days from the seed. */
  plannedInDays?: number;
}

// Twelve fictional citizens in every stage of the model, so each screen has something to show.
export const demoCases: DemoCase[] = [
  {
    citizen: "Kasper Nielsen-Bjerre",
    status: "initiated",
    initiator: "mads",
    initiativeDaysAgo: 2,
    reasons: ["substance_abuse", "repeated_contacts_without_progress"],
    reasonText: "Mange henvendelser til bostøtten, ingen bedring. Hash og alkohol dagligt.",
  },
  {
    citizen: "Louise Thygesen",
    status: "initiated",
    initiator: "jonas",
    initiativeDaysAgo: 12,
    reasons: ["self_harm", "repeated_admissions"],
    reasonText: "Tredje indlæggelse i år efter samme mønster.",
  },
  {
    citizen: "Henrik Abildgaard",
    status: "excluded",
    initiator: "ali",
    initiativeDaysAgo: 40,
    reasons: ["substance_abuse", "outward_reacting_behaviour"],
    reasonText: "Borgeren afviser alle tilbud om hjælp.",
  },
  {
    citizen: "Maja Søgaard",
    status: "endorsed",
    initiator: "camilla",
    initiativeDaysAgo: 9,
    endorsedAfterDays: 1,
    invitedLeaders: ["hanne", "eva"],
    reasons: ["child_to_adult_transition"],
    reasonText: "Overgang fra børne- og ungepsykiatri, ingen fast kontakt i voksenpsykiatrien.",
  },
  {
    citizen: "Dennis Hvid",
    status: "declined",
    initiator: "sofie",
    initiativeDaysAgo: 30,
    reasons: ["repeated_admissions"],
    reasonText: "Indlagt to gange.",
    declineReason:
      "Borgeren har allerede et koordineret forløb i psykiatrien; vi følger op om tre måneder.",
  },
  {
    citizen: "Jannie Krog",
    status: "active",
    initiator: "mads",
    initiativeDaysAgo: 27,
    endorsedAfterDays: 1,
    activatedAfterDays: 5,
    reasons: ["self_harm", "substance_abuse"],
    reasonText: "Selvskade og misbrug; ingen tager det samlede ansvar.",
    members: [
      { username: "mads", task: "Kontaktperson, bostøtte", coordinator: true },
      { username: "jonas", task: "Behandler, distriktspsykiatrien" },
      { username: "ali", task: "Misbrugsbehandling" },
    ],
    plannedInDays: 2,
  },
  {
    citizen: "Brian Kragh",
    status: "active",
    initiator: "nadia",
    initiativeDaysAgo: 45,
    endorsedAfterDays: 2,
    activatedAfterDays: 8,
    reasons: ["outward_reacting_behaviour", "substance_abuse"],
    reasonText: "Udadreagerende adfærd; prøveløsladt med tilsyn.",
    members: [
      { username: "nadia", task: "Tilsyn, Kriminalforsorgen" },
      {
        username: "camilla",
        task: "Myndighedsrådgiver",
        coordinator: true,
        notDirectlyInvolved: true,
      },
      { username: "sofie", task: "Sygeplejerske, sengeafsnit" },
    ],
  },
  {
    citizen: "Anja Lykke",
    status: "active",
    initiator: "jonas",
    initiativeDaysAgo: 80,
    endorsedAfterDays: 1,
    activatedAfterDays: 6,
    reasons: ["repeated_admissions", "self_harm"],
    reasonText: "Gentagne akutte indlæggelser.",
    members: [
      { username: "jonas", task: "Behandler, distriktspsykiatrien", coordinator: true },
      { username: "mads", task: "Kontaktperson, bostøtte" },
      { username: "lars", task: "Egen læge" },
    ],
    meetings: [
      { kind: "preparatory", heldAfterDays: 14, citizenPresent: false },
      { kind: "collaboration", heldAfterDays: 21, citizenPresent: true },
      { kind: "collaboration", heldAfterDays: 63, citizenPresent: false },
    ],
  },
  {
    citizen: "Morten Juhl",
    status: "active",
    initiator: "ali",
    initiativeDaysAgo: 70,
    endorsedAfterDays: 3,
    activatedAfterDays: 20,
    reasons: ["substance_abuse", "repeated_contacts_without_progress"],
    reasonText: "Dobbeltdiagnose; mange kontakter uden fremdrift.",
    members: [
      { username: "ali", task: "Misbrugskonsulent", coordinator: true },
      { username: "jonas", task: "Behandler, distriktspsykiatrien" },
    ],
    meetings: [{ kind: "collaboration", heldAfterDays: 38, citizenPresent: true }],
  },
  {
    citizen: "Sanne Vinther",
    status: "active",
    initiator: "camilla",
    initiativeDaysAgo: 16,
    endorsedAfterDays: 1,
    activatedAfterDays: 3,
    reasons: ["self_harm"],
    reasonText: "Selvskade, bor alene uden netværk.",
    members: [
      { username: "camilla", task: "Myndighedsrådgiver", coordinator: true },
      { username: "sofie", task: "Sygeplejerske, sengeafsnit" },
      { username: "lars", task: "Egen læge" },
    ],
    meetings: [{ kind: "collaboration", heldAfterDays: 12, citizenPresent: true }],
  },
  {
    citizen: "Frederik Østerby",
    status: "closed",
    initiator: "mads",
    initiativeDaysAgo: 200,
    endorsedAfterDays: 2,
    activatedAfterDays: 7,
    closedAfterDays: 180,
    reasons: ["repeated_admissions"],
    reasonText: "Mange korte indlæggelser; ingen fast kontakt efter udskrivelse.",
    closing: { reason: "goal_reached", note: "Borgeren har fast bolig og stabil behandling." },
    members: [
      { username: "mads", task: "Kontaktperson, bostøtte", coordinator: true },
      { username: "jonas", task: "Behandler, distriktspsykiatrien" },
    ],
    meetings: [{ kind: "collaboration", heldAfterDays: 25, citizenPresent: true }],
  },
  {
    citizen: "Tina Brandt",
    status: "closed",
    initiator: "nadia",
    initiativeDaysAgo: 150,
    endorsedAfterDays: 4,
    activatedAfterDays: 10,
    closedAfterDays: 120,
    reasons: ["outward_reacting_behaviour"],
    reasonText: "Trusler mod personale på bosted; tilsyn fra Kriminalforsorgen.",
    closing: { reason: "citizen_moved", note: "Fraflyttet til anden region." },
    members: [
      { username: "nadia", task: "Tilsyn, Kriminalforsorgen", coordinator: true },
      { username: "ali", task: "Misbrugskonsulent" },
    ],
    // 25 days is within one month whatever the month (R9), so the figures never drift.
    meetings: [{ kind: "collaboration", heldAfterDays: 25, citizenPresent: false }],
  },
];
