import { sectors, staffRoles } from "@samstemt/domain";
import { z } from "zod";

// Strict inputs (unknown keys refused) with the messages the form shows above each field.

const name = (what: string) =>
  z
    .string({ error: `Skriv ${what}.` })
    .trim()
    .min(1, `Skriv ${what}.`)
    .max(200, "Navnet må højst være 200 tegn.");

/** An empty optional field is sent as null or "" and stored as null. */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .nullable()
    .transform((value) => (value ? value : null));

export const organisationIdSchema = z.uuid({ error: "Vælg en organisation." });
export const unitIdSchema = z.uuid({ error: "Vælg en enhed." });
export const personIdSchema = z.uuid({ error: "Personens id er ikke gyldigt." });

export const OrganisationInputSchema = z.strictObject({
  name: name("organisationens navn"),
  sector: z.enum(sectors, { error: "Vælg organisationens sektor." }),
});

export const UnitInputSchema = z.strictObject({
  organisationId: organisationIdSchema,
  name: name("enhedens navn"),
});

export const PersonInputSchema = z.strictObject({
  unitId: unitIdSchema,
  name: name("personens navn"),
  title: z
    .string({ error: "Skriv personens stillingsbetegnelse." })
    .trim()
    .min(1, "Skriv personens stillingsbetegnelse, fx Sygeplejerske.")
    .max(200, "Stillingsbetegnelsen må højst være 200 tegn."),
  role: z.enum(staffRoles, { error: "Vælg personens rolle: medarbejder, leder eller analytiker." }),
  email: z
    .string({ error: "Skriv personens e-mailadresse." })
    .trim()
    .pipe(z.email("Skriv en e-mailadresse som navn@eksempel.dk.").max(254)),
  phone: optionalText(40, "Telefonnummeret må højst være 40 tegn."),
  subject: optionalText(255, "Login-id'et må højst være 255 tegn."),
});

export const PersonRefSchema = z.strictObject({ personId: personIdSchema });
