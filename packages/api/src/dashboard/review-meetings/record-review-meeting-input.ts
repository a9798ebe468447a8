import { QuarterLabelSchema } from "@samstemt/db";
import { z } from "zod";

/** A calendar date as the form's three fields give it (DKFDS datofelter), checked to exist. */
export const DateFieldsSchema = z
  .object({
    day: z.coerce.number().int().min(1).max(31),
    month: z.coerce.number().int().min(1).max(12),
    year: z.coerce.number().int().min(2018).max(2100),
  })
  .refine(({ day, month, year }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day, {
    message: "Datoen findes ikke",
  })
  .transform(
    ({ day, month, year }) =>
      `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  );

const Text = (max: number) => z.string().trim().max(max);

/** R12: what a leader records about a review meeting. */
export const RecordReviewMeetingInputSchema = z.object({
  quarter: QuarterLabelSchema,
  heldOn: DateFieldsSchema,
  participantIds: z.array(z.string().min(1).max(64)).max(50),
  supervisionDecision: Text(4000).min(1, "Skriv, hvad I besluttede om supervision"),
  evaluationDecision: Text(4000).min(1, "Skriv, hvad I besluttede om evaluering"),
  otherDecisions: Text(4000),
  followUps: z
    .array(
      z.object({
        description: Text(1000).min(1, "Skriv, hvad der skal følges op på"),
        ownerName: Text(200).min(1, "Skriv, hvem der har ansvaret"),
        dueOn: DateFieldsSchema,
      }),
    )
    .max(30),
  closeFollowUpIds: z.array(z.string().min(1).max(64)).max(100),
});
