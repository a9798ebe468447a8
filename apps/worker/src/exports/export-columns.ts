import { type ExportCaseRow, exportCaseFields } from "@samstemt/db";
import { splitCsvFields } from "./csv-lines";

/**
 * The columns of the case file, in order, with Danish headers. Dates are Danish calendar
 * dates (formatted by the database); yes/no is 1/0; empty is unknown or not applicable. Nothing here names a citizen.
 */
export const caseColumns = [
  ["borger_pseudonym", "Borgerens pseudonym (kun gyldigt i denne udtræksfil)"],
  ["initiativ_dato", "Initiativ taget"],
  ["initiativ_kvartal", "Kvartal for initiativet"],
  ["status", "Sagens status"],
  ["godkendt_dato", "Godkendt af egen leder"],
  ["afvist", "Initiativet afvist"],
  ["undtaget", "Borgeren afviser al hjælp"],
  ["aktiveret_dato", "Modellen aktiveret"],
  ["foerste_moede_dato", "Første samarbejdsmøde holdt"],
  ["frist_dato", "Frist for første samarbejdsmøde"],
  ["frist_status", "Frist: open, overdue, met, missed"],
  ["dage_til_godkendelse", "Dage fra initiativ til godkendelse"],
  ["dage_til_aktivering", "Dage fra initiativ til aktivering"],
  ["dage_til_foerste_moede", "Dage fra initiativ til første møde"],
  ["afsluttet_dato", "Sagen lukket"],
  ["afslutningsaarsag", "Årsag til lukning"],
  ["har_tovholder", "Tovholder udpeget"],
  ["org_aftale_underskrevet", "Samarbejdsaftale – Ledere & Team underskrevet"],
  ["org_aftale_komplet", "Samarbejdsaftale – Ledere & Team komplet"],
  ["org_aftale_manglende_felter", "Manglende felter i Samarbejdsaftale – Ledere & Team"],
  ["borgeraftale_underskrevet", "Samarbejdsaftale – Borger/patient & Team underskrevet"],
  ["borgeraftale_komplet", "Samarbejdsaftale – Borger/patient & Team komplet"],
  ["borgeraftale_manglende_felter", "Manglende felter i Samarbejdsaftale – Borger/patient & Team"],
  ["supervision", "Supervision aftalt"],
  ["moedehyppighed", "Aftalt mødehyppighed, fx 2 week"],
  ["moeder_holdt", "Møder holdt"],
  ["samarbejdsmoeder_holdt", "Samarbejdsmøder holdt"],
  ["moeder_med_borger", "Møder med borgeren til stede"],
  ["moeder_forventet", "Møder forventet efter aftalt hyppighed"],
  ["naeste_moede_forsinket", "Næste møde forsinket"],
  ["aendringsbeskeder", "Ændringsbeskeder"],
  ["ventende_kvitteringer", "Ventende kvitteringer"],
  ["sektorer", "Sektorer der deltager"],
  ["antal_sektorer", "Antal sektorer"],
] as const;

export type CaseColumn = (typeof caseColumns)[number][0];

/**
 * One case's values in column order, for the workbook: the database's fields taken apart
 * (numbers and yes/no as numbers, empty as ""), the pseudonym and the ordered sectors.
 */
export function caseValues(
  row: ExportCaseRow,
  pseudonym: string,
  sectors: (sectors: string) => string,
): Array<string | number> {
  const values: Array<string | number> = [pseudonym];
  const fields = splitCsvFields(row.fields);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    values.push(
      exportCaseFields[i] === "flag" || exportCaseFields[i] === "number"
        ? field === ""
          ? ""
          : Number(field)
        : field,
    );
  }
  const [names, count] = sectors(row.sectors).split(";");
  values.push(names ?? "", Number(count));
  return values;
}
