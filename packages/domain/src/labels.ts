/**
 * `@samstemt/domain/labels`: how the model's codes read in a user interface, Danish and
 * English. Kept out of the main entry so rule-only consumers do not carry UI text.
 */
export { agreementTitles } from "./agreements/agreement-fields";
export { quarterDisplayName } from "./indicators/quarter-label";
export { exclusionAlternativeLabels } from "./initiative/exclusion";
export { initiativeReasonLabels } from "./initiative/initiative";
