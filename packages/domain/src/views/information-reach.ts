import { consentPurposes } from "../consent/consent";
import { type ConsentCoverage, mayShareInformation } from "../consent/may-share-information";

/**
 * R4: from which organisations information about the citizen may reach the viewer's
 * organisation at instant `at`. The viewer's own organisation always; another one when a
 * consent covers the flow from it to the viewer's — for either purpose: a consent recorded
 * on the case is the citizen's consent to exchange information in this collaboration, and
 * `mayShareInformation` already holds each purpose to its own form and expiry (an
 * unwritten or year-old consent for other purposes covers nothing).
 */
export function informationReach(
  consents: readonly ConsentCoverage[],
  viewerOrganisationId: string,
  at: Date,
) {
  const known = new Map<string, boolean>();
  const reaches = (from: string): boolean => {
    let answer = known.get(from);
    if (answer === undefined) {
      answer = consentPurposes.some((purpose) =>
        mayShareInformation(consents, from, viewerOrganisationId, at, purpose),
      );
      known.set(from, answer);
    }
    return answer;
  };
  /** The viewer's organisation and every organisation a consent lets information come from. */
  const organisations = (): string[] =>
    [...new Set([viewerOrganisationId, ...consents.flatMap((c) => c.organisationIds)])]
      .filter(reaches)
      .sort();
  return { reaches, organisations };
}
