import { citizenDocumentsSent, listOrganisations } from "@samstemt/db";
import {
  agreementDraftFromCase,
  caseActionsFor,
  caseNextMeetingDue,
  caseViewFor,
  consentLapsesSoon,
  consentStatusByOrganisation,
  deadlineApproaching,
} from "@samstemt/domain";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { audit } from "../audit/audit-log";
import { protectedProcedure } from "../trpc";
import { loadVisibleCase } from "./case-access";

/**
 * One case as the signed-in person may see it now (R4): the domain's view, never the stored
 * state. What the citizen's consent does not let flow to their organisation is named as
 * withheld, so the app can say why.
 */
export const caseDetail = protectedProcedure
  .input(z.strictObject({ caseId: z.uuid("Sagens id er ikke gyldigt.") }))
  .query(async ({ ctx, input }) => {
    const now = ctx.now();
    const state = await loadVisibleCase(ctx.db, ctx.actor, input.caseId);
    const view = caseViewFor(state, ctx.actor, now);
    // The list filter and the domain agree on who sees a case (tested); this is the backstop.
    if (!view) throw new TRPCError({ code: "NOT_FOUND", message: "Sagen findes ikke." });
    // The agreements name organisations as the register does, never by id (R10/R11).
    const directory = new Map(
      (await listOrganisations(ctx.db)).map((o) => [o.organisationId, o.name] as const),
    );
    const organisationalPrefill = agreementDraftFromCase(state, "organisational", directory);
    await audit(
      ctx,
      [
        {
          action: "case.read",
          citizenId: state.citizen.citizenId,
          caseId: state.caseId,
          details: { withheld: view.withheld.length },
        },
      ],
      ctx.db,
    );
    return {
      view,
      /** R9: the warning the lists show, decided by the domain. */
      deadlineApproaching: view.deadline !== null && deadlineApproaching(view.deadline),
      /** The steps this person may take now (R5–R8); the commands check again. */
      actions: caseActionsFor(state, ctx.actor),
      /**
       * R9/R10: when the team should meet next — the R9 deadline until the first
       * collaboration meeting, then the agreed frequency. Only for an active case.
       */
      nextMeeting: state.status === "active" ? caseNextMeetingDue(state, now) : null,
      /**
       * R4: for each participating organisation, whether information about the citizen may
       * reach it now, and why not. Which organisations a consent covers is what every member
       * needs to know whom they may tell what; the consent's details stay in `view`.
       */
      consentStatus: consentStatusByOrganisation(
        state.consents,
        state.organisations.map((o) => o.organisationId),
        now,
      ),
      /**
       * R10/R11: what the case already knows for each agreement (citizen's name,
       * coordinator, team and roles), so nobody types it twice (R14) and it stays in step
       * with the case until signed. The initiative's reasons only when they reach this
       * viewer (R4).
       */
      agreementPrefill: {
        organisational: {
          ...organisationalPrefill,
          activationReason: view.initiative.reasons.shown
            ? organisationalPrefill.activationReason
            : null,
        },
        citizen: agreementDraftFromCase(state, "citizen", directory),
      },
      /**
       * F2: what went to the citizen by digital post (signed citizen agreements, meeting
       * minutes) and when: titles and dates only, the documents are the citizen's.
       */
      citizenDocuments: (await citizenDocumentsSent(ctx.db, state.caseId)).map(
        ({ at, title, kind }) => ({ at, title, kind }),
      ),
      /** R4: consents that lapse within 30 days, to be renewed in time. */
      consentsLapsingSoon: state.consents
        .filter((consent) => consentLapsesSoon(consent, now))
        .map((consent) => ({ consentId: consent.consentId, expiresAt: consent.expiresAt })),
    };
  });
