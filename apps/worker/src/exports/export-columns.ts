import type { ExportCaseRow } from "@samstemt/db";

/**
 * The columns of the case file, in order, with Danish headers. Dates are Danish calendar
 * dates (formatted by the database); yes/no is 1/0; empty is unknown or not applicable. Nothing here names a citizen.
 */
export const caseColumns = [
  ["borger_pseudonym", "Borgerens pseudonym (kun gyldigt i denne udtræksfil)"],
  ["initiativ_dato", "Initiativ taget"],
  ["initiativ_kvartal", "Kvartal for initiativet"],
  ["status", "Sagens status"],
  ["godkendt_dato", "Godkendt af egen leder (R5)"],
  ["afvist", "Initiativet afvist (R5)"],
  ["undtaget", "Borgeren afviser al hjælp (R3)"],
  ["aktiveret_dato", "Modellen aktiveret (R6)"],
  ["foerste_moede_dato", "Første samarbejdsmøde holdt (R9)"],
  ["frist_dato", "Frist for første samarbejdsmøde (R9)"],
  ["frist_status", "Frist: open, overdue, met, missed"],
  ["dage_til_godkendelse", "Dage fra initiativ til godkendelse"],
  ["dage_til_aktivering", "Dage fra initiativ til aktivering"],
  ["dage_til_foerste_moede", "Dage fra initiativ til første møde"],
  ["afsluttet_dato", "Sagen afsluttet"],
  ["afslutningsaarsag", "Årsag til afslutning"],
  ["har_tovholder", "Tovholder udpeget (R7)"],
  ["org_aftale_underskrevet", "Organisatorisk aftale underskrevet (R10)"],
  ["org_aftale_komplet", "Organisatorisk aftale komplet (R10)"],
  ["org_aftale_manglende_felter", "Manglende felter i organisatorisk aftale"],
  ["borgeraftale_underskrevet", "Borgeraftale underskrevet (R11)"],
  ["borgeraftale_komplet", "Borgeraftale komplet (R11)"],
  ["borgeraftale_manglende_felter", "Manglende felter i borgeraftale"],
  ["supervision", "Supervision aftalt"],
  ["moedehyppighed", "Aftalt mødehyppighed, fx 2 week"],
  ["moeder_holdt", "Møder holdt"],
  ["samarbejdsmoeder_holdt", "Samarbejdsmøder holdt"],
  ["moeder_med_borger", "Møder med borgeren til stede"],
  ["moeder_forventet", "Møder forventet efter aftalt hyppighed"],
  ["naeste_moede_forsinket", "Næste møde forsinket"],
  ["aendringsbeskeder", "Ændringsbeskeder (R13)"],
  ["ventende_kvitteringer", "Ventende kvitteringer (R13)"],
  ["sektorer", "Sektorer der deltager"],
  ["antal_sektorer", "Antal sektorer"],
] as const;

export type CaseColumn = (typeof caseColumns)[number][0];

const flag = (value: boolean | null) => (value === null ? "" : value ? 1 : 0);
const number = (value: number | null) => (value === null ? "" : value);

/** One case's values in column order. */
export function caseValues(row: ExportCaseRow, pseudonym: string): Array<string | number> {
  return [
    pseudonym,
    row.initiative_date,
    row.initiative_quarter,
    row.status,
    row.endorsed_date ?? "",
    flag(row.declined),
    flag(row.excluded),
    row.activated_date ?? "",
    row.first_meeting_date ?? "",
    row.deadline_date ?? "",
    row.deadline_state ?? "",
    number(row.days_to_endorsement),
    number(row.days_to_activation),
    number(row.days_to_first_meeting),
    row.closed_date ?? "",
    row.closing_reason ?? "",
    flag(row.has_coordinator),
    flag(row.organisational_agreement_signed),
    flag(row.organisational_agreement_complete),
    row.organisational_agreement_missing_fields,
    flag(row.citizen_agreement_signed),
    flag(row.citizen_agreement_complete),
    row.citizen_agreement_missing_fields,
    flag(row.supervision),
    row.meeting_every === null ? "" : `${row.meeting_every} ${row.meeting_unit ?? ""}`.trim(),
    row.meetings_held,
    row.collaboration_meetings_held,
    row.citizen_present_meetings,
    number(row.meetings_expected),
    flag(row.next_meeting_overdue),
    row.change_notices,
    row.pending_acknowledgements,
    [...row.sectors].sort().join(" "),
    row.sector_count,
  ];
}
