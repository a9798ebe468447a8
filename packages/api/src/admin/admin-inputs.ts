import { sectors, staffRoles, textIssue, textIssues } from "@samstemt/domain";
import { z } from "zod";

// Strict inputs (unknown keys refused) with the messages the form shows above each field.

/**
 * One line of visible text: no NUL bytes, lone surrogates, control or bidi characters (the
 * domain's text rules, so nothing fails at the database instead of at the door).
 */
const line = (schema: z.ZodString) =>
  schema.superRefine((text, context) => {
    const issue = textIssue(text, { multiline: false });
    if (issue !== null) context.addIssue({ code: "custom", message: textIssues[issue].da });
  });

const name = (what: string) =>
  line(
    z
      .string({ error: `Skriv ${what}.` })
      .trim()
      .normalize("NFC")
      .min(1, `Skriv ${what}.`)
      .max(200, "Navnet må højst være 200 tegn."),
  );

/** An empty optional field is sent as null or "" and stored as null. */
const optionalLine = (max: number, tooLong: string, normalize: boolean) =>
  line(
    normalize
      ? z.string().trim().normalize("NFC").max(max, tooLong)
      : z.string().trim().max(max, tooLong),
  )
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
  title: line(
    z
      .string({ error: "Skriv personens stillingsbetegnelse." })
      .trim()
      .normalize("NFC")
      .min(1, "Skriv personens stillingsbetegnelse, fx Sygeplejerske.")
      .max(200, "Stillingsbetegnelsen må højst være 200 tegn."),
  ),
  role: z.enum(staffRoles, { error: "Vælg personens rolle: medarbejder, leder eller analytiker." }),
  email: z
    .string({ error: "Skriv personens e-mailadresse." })
    .trim()
    .pipe(z.email("Skriv en e-mailadresse som navn@eksempel.dk.").max(254)),
  phone: optionalLine(40, "Telefonnummeret må højst være 40 tegn.", true),
  // The identity provider's subject is compared byte for byte: never normalised.
  subject: optionalLine(255, "Login-id'et må højst være 255 tegn.", false),
});

export const PersonRefSchema = z.strictObject({ personId: personIdSchema });

/**
 * What an edit form showed, compared with what is stored byte for byte (no trimming or
 * normalising): the save is refused as `changed_meanwhile` if it is no longer so.
 */
export const ExpectedOrganisationSchema = z.strictObject({
  name: line(z.string().max(1000)),
  sector: z.enum(sectors),
});
export const ExpectedUnitSchema = z.strictObject({ name: line(z.string().max(1000)) });

/**
 * The person as the edit form showed them, compared with what is stored, byte for byte: so
 * no trimming or normalising here, only the limits that keep it a harmless comparison.
 */
const shown = line(z.string().max(1000));
export const ExpectedPersonSchema = z.strictObject({
  unitId: unitIdSchema,
  name: shown,
  title: shown,
  role: z.enum(staffRoles),
  email: shown,
  phone: shown.nullable(),
  subject: shown.nullable(),
});
