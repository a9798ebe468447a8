import { useTranslation } from "react-i18next";
import { useFormat } from "../../components/format";
import type { CaseView } from "./case-types";
import { useOrganisations } from "./use-organisation-names";

interface Happening {
  at: Date;
  what: string;
  who: string | null;
  /** What was typed with it (a leader's remark, a reason), as far as the view shows it (R4). */
  detail: { label: string; text: string } | null;
}

/**
 * What happened on the case, newest first, with who and when (MoJ timeline). Built from the
 * viewer's own view, so it shows nothing the view does not (R4): reasons and minutes stay
 * in their sections, held back where consent does not reach.
 */
export function timelineOf(
  view: CaseView,
  t: (key: string, options?: Record<string, unknown>) => string,
  organisationName: (id: string) => string,
): Happening[] {
  const items: Happening[] = [];
  // An organisation taking part is named by the case itself; the directory names the rest.
  const named = new Map(view.organisations.map((o) => [o.organisationId, o.organisationName]));
  const nameOf = (id: string) => named.get(id) ?? organisationName(id);
  const add = (
    at: Date | null | undefined,
    what: string,
    who: string | null | undefined,
    detail: Happening["detail"] = null,
  ) => {
    if (at) items.push({ at, what, who: who ?? null, detail });
  };
  add(view.initiative.registeredAt, t("timeline.registered"), view.initiative.initiator.name);
  if (view.exclusion)
    add(view.exclusion.decidedAt, t("timeline.excluded"), view.exclusion.decidedBy.name);
  if (view.endorsement) {
    // R5: the leader's remark (endorsed) or reason (declined) goes with the decision.
    const remark = view.endorsement.reason;
    add(
      view.endorsement.decidedAt,
      t(`timeline.${view.endorsement.decision}`),
      view.endorsement.decidedBy.name,
      remark?.shown
        ? {
            label: t(
              view.endorsement.decision === "declined" ? "timeline.reason" : "timeline.remark",
            ),
            text: remark.content,
          }
        : null,
    );
  }
  for (const invitation of view.invitations) {
    if (invitation.implied) continue;
    const organisation = nameOf(invitation.organisationId);
    add(invitation.invitedAt, t("timeline.invited", { organisation }), invitation.invitedBy.name);
    if (invitation.declined) {
      add(
        invitation.declined.declinedAt,
        t("timeline.invitationDeclined", { organisation }),
        invitation.declined.declinedBy.name,
      );
    }
  }
  for (const organisation of view.organisations) {
    add(
      organisation.agreedAt,
      t("timeline.joined", {
        organisation:
          organisation.organisationName ?? organisationName(organisation.organisationId),
      }),
      organisation.agreedBy.name,
    );
  }
  if (view.activation)
    add(view.activation.activatedAt, t("timeline.activated"), view.activation.activatedBy.name);
  for (const former of view.team.formerMembers) {
    add(former.removedAt, t("timeline.memberLeft", { name: former.name }), null);
  }
  for (const meeting of view.meetings) {
    const kind = t(`meetingKind.${meeting.kind}`);
    if (meeting.scheduledBy) {
      add(
        meeting.scheduledBy.recordedAt,
        t("timeline.meetingPlanned", { kind }),
        meeting.scheduledBy.name,
      );
    }
    if (meeting.heldAt) {
      add(meeting.heldAt, t("timeline.meetingHeld", { kind }), meeting.record?.recordedBy.name);
    }
  }
  // R4: consent recorded and withdrawn (the details only as far as the consent reaches).
  for (const consent of view.consents) {
    const recorded = consent.details.recordedBy;
    add(recorded.recordedAt, t("timeline.consentRecorded"), recorded.name);
    if (consent.details.shown && consent.details.content.withdrawnAt) {
      add(
        consent.details.content.withdrawnAt,
        t("timeline.consentWithdrawn"),
        consent.details.content.withdrawalRecordedBy?.name,
      );
    }
  }
  // R4: a registration corrected as a mistake — the registration and its correction.
  for (const corrected of view.correctedConsents) {
    const recorded = corrected.details.recordedBy;
    add(recorded.recordedAt, t("timeline.consentRecorded"), recorded.name);
    add(
      corrected.correctedBy.recordedAt,
      t("timeline.consentCorrected"),
      corrected.correctedBy.name,
      corrected.details.shown
        ? { label: t("timeline.reason"), text: corrected.details.content.correctionReason }
        : null,
    );
  }
  // R13: a change in a partner's intervention.
  for (const notice of view.changeNotices) {
    const by = notice.description.recordedBy;
    add(by.recordedAt, t("timeline.changeNotice"), by.name);
  }
  // R10/R11: each agreement version once every party has signed it.
  for (const kind of ["organisational", "citizen"] as const) {
    for (const version of view.agreements[kind]) {
      add(
        version.signedAt,
        t(`timeline.agreementSigned.${kind}`, { version: version.version }),
        null,
      );
    }
  }
  if (view.closure) add(view.closure.closedAt, t("timeline.closed"), view.closure.closedBy.name);
  // Newest first; what happened at the same instant keeps its order of events, reversed.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.at.getTime() - a.item.at.getTime() || b.index - a.index)
    .map(({ item }) => item);
}

export function CaseTimeline(props: { view: CaseView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisations = useOrganisations();
  const items = timelineOf(props.view, t, organisations.name);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t("timeline.title")}</h2>
      <ol className="timeline">
        {items.map((item, index) => (
          <li key={`${item.at.getTime()}-${index}`}>
            <h3>{item.what}</h3>
            <p className="muted">
              {item.who
                ? t("timeline.byAt", { name: item.who, at: format.dateTime(item.at) })
                : format.dateTime(item.at)}
            </p>
            {item.detail && (
              <p className="typed-text">
                {item.detail.label}: {item.detail.text}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
