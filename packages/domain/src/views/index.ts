// Who may see a case, and what of it (R4–R7).

export {
  type CommutativeCaseCommandType,
  commutativeCaseCommands,
  isCommutativeCaseCommand,
} from "../cases/execute-case-command";
// Provenance of the items on a case (R4), and commands that may be re-run after a conflict.
export { type Provenance, ProvenanceSchema, provenanceOf } from "../cases/provenance";
export {
  type AgreementSigning,
  agreementSigningFor,
  mayReadAgreementVersion,
  type SigningBlock,
} from "./agreement-signing";
export {
  type CaseAccess,
  caseAccessFor,
  caseAccessLevels,
  mayViewCase,
} from "./case-access";
export { type CaseActions, caseActionsFor } from "./case-actions";
export {
  type CaseDetail,
  type CaseDetailSources,
  type CitizenDocumentRecord,
  caseDetailFor,
} from "./case-detail-for";
export {
  type AgreementVersionView,
  type CaseItemKind,
  type CaseView,
  type ConsentDetailsView,
  caseItemKinds,
  type MeetingRecordView,
  type PersonRef,
  type ViewItem,
  type WithheldItem,
  type WithheldReason,
  withheldReasons,
} from "./case-view";
export { caseViewFor } from "./case-view-for";
export { informationReach } from "./information-reach";
