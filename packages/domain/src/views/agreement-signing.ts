import type { Actor } from "../actors/actor";
import {
  type AgreementCompleteness,
  agreementCompleteness,
} from "../agreements/agreement-completeness";
import type { AgreementField } from "../agreements/agreement-fields";
import type { AgreementKind } from "../agreements/agreement-schemas";
import type { AgreementVersion, SignatoryCapacity } from "../agreements/agreement-version";
import { currentMember, participatingOrganisation } from "../cases/case-guards";
import type { CaseState } from "../cases/case-state";
import { informationReach } from "./information-reach";

/**
 * Why a person who signs an agreement in some capacity cannot sign its latest version yet:
 * - `consent`: the version's content was saved by an organisation whose information the
 *   citizen's consent does not let reach the person's organisation (R4) — nobody signs, or
 *   records the citizen's agreement to, contents they may not read;
 * - `incomplete`: fields are still missing (R10/R11).
 */
export type SigningBlock = "consent" | "incomplete";

export interface AgreementSigning {
  /** The latest version, the only one that is signed. */
  version: number;
  /**
   * The capacities this person signs this version in and has not yet signed in — whether or
   * not they can sign now (see `blockedBy`).
   */
  capacities: SignatoryCapacity[];
  /** `null` when the person may sign now in every capacity above. */
  blockedBy: SigningBlock | null;
  /**
   * R4, with `blockedBy: "consent"`: the organisations a consent must name for the content
   * to reach the person — the one that wrote the version, then the person's own.
   */
  consentMustCover: string[];
  /**
   * R10/R11: the fields still missing, the same check that refuses signing. Empty when the
   * person may not read the content (the content's gaps are part of it).
   */
  missing: AgreementField[];
}

/** The capacities an actor signs an agreement in at all (R10 leaders; R11 team and citizen). */
function capacitiesOf(state: CaseState, kind: AgreementKind, actor: Actor): SignatoryCapacity[] {
  if (state.status !== "active") return [];
  if (kind === "organisational") {
    return actor.role === "leader" && participatingOrganisation(state, actor.organisationId)
      ? ["leader"]
      : [];
  }
  return currentMember(state, actor.personId) ? ["team", "citizen"] : [];
}

/**
 * R4, R10, R11: whether the person may read the latest version of an agreement at `at` —
 * its content is the organisation's that saved it, and reaches the person as far as the
 * citizen's consent does.
 */
export function mayReadAgreementVersion(
  state: CaseState,
  version: AgreementVersion,
  actor: Actor,
  at: Date,
): boolean {
  return informationReach(state.consents, actor.organisationId, at).reaches(
    version.savedBy.organisationId,
  );
}

/**
 * R4, R10, R11: how one person stands towards signing the latest version of an agreement at
 * `at` — what they sign as, and what still stands in the way. `null` when there is no
 * version, it is signed, or the person signs it in no capacity (any more). The command
 * (`signAgreement`) refuses exactly when this says `blockedBy`.
 */
export function agreementSigningFor(
  state: CaseState,
  kind: AgreementKind,
  actor: Actor,
  at: Date,
): AgreementSigning | null {
  const versions: AgreementVersion[] = state.agreements[kind];
  const latest = versions.at(-1);
  if (!latest || latest.status === "signed") return null;
  const capacities = capacitiesOf(state, kind, actor).filter(
    (signAs) =>
      !latest.signatures.some(
        (signature) =>
          signature.signAs === signAs &&
          (signAs !== "leader" || signature.organisationId === actor.organisationId),
      ),
  );
  if (capacities.length === 0) return null;
  if (!mayReadAgreementVersion(state, latest, actor, at)) {
    return {
      version: latest.version,
      capacities,
      blockedBy: "consent",
      consentMustCover: [latest.savedBy.organisationId, actor.organisationId],
      missing: [],
    };
  }
  const completeness: AgreementCompleteness = agreementCompleteness(kind, latest.content);
  return {
    version: latest.version,
    capacities,
    blockedBy: completeness.complete ? null : "incomplete",
    consentMustCover: [],
    missing: completeness.missing,
  };
}
