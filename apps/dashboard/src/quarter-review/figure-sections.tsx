import { useTranslation } from "react-i18next";
import { FigureLink, FigureList } from "./figure-list";
import { formatters } from "./format";
import { SmallCount } from "./small-count";
import type { QuarterReviewData } from "./types";

/** The leader's cases by where they are in the model today. */
const statusesNow = [
  "initiatedNow",
  "endorsedNow",
  "activeNow",
  "closedNow",
  "declinedNow",
  "excludedNow",
] as const;

/** Every figure of the quarter, grouped the way a leader reads them before the meeting. */
export function FigureSections(props: { data: QuarterReviewData }) {
  const { t, i18n } = useTranslation();
  const { data } = props;
  const format = formatters(i18n.language, data.timeZone);
  const figures = data.figures;
  if (!figures) return null;
  const c = figures.counts;
  const now = data.current.counts;
  const decided = c.deadlineDecided;
  const meetings = figures.collaborationMeetings;
  const activeInQuarter = c.active;
  return (
    <>
      <section aria-labelledby="h-deadline">
        <h2 id="h-deadline">{t("sections.deadline")}</h2>
        <FigureList
          testId="deadline-figures"
          items={[
            {
              figure: "deadlineMet",
              value: c.deadlineMet,
              display: format.share(decided === 0 ? null : c.deadlineMet / decided),
              note: (
                <>
                  <SmallCount value={c.deadlineMet} /> {t("review.of")}{" "}
                  <SmallCount value={decided} words="review.casesWord" />
                </>
              ),
            },
            { figure: "deadlineMissed", value: c.deadlineMissed },
            {
              figure: "deadlineSoon",
              value: now.deadlineSoon,
              note: t("review.now"),
            },
            { figure: "overdueNow", value: now.overdueNow, note: t("review.now") },
            { figure: "deadlineOpen", value: now.deadlineOpen, note: t("review.now") },
          ]}
        />
      </section>

      <section aria-labelledby="h-status">
        <h2 id="h-status">{t("sections.statusNow")}</h2>
        <FigureList
          testId="status-figures"
          items={statusesNow.map((figure) => ({ figure, value: now[figure] }))}
        />
        <p className="muted">
          {t("review.statusTotal")}{" "}
          <SmallCount value={statusesNow.reduce((sum, figure) => sum + now[figure], 0)} />
        </p>
      </section>

      <section aria-labelledby="h-flow">
        <h2 id="h-flow">{t("sections.flow")}</h2>
        <FigureList
          items={(
            [
              "registered",
              "endorsed",
              "declined",
              "excluded",
              "activated",
              "active",
              "closed",
            ] as const
          ).map((figure) => ({ figure, value: c[figure] }))}
        />
        {data.closingReasons.length > 0 && (
          <table className="compact">
            <caption>{t("review.closingReasonsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("review.reason")}</th>
                <th scope="col">{t("review.cases")}</th>
              </tr>
            </thead>
            <tbody>
              {data.closingReasons.map((row) => (
                <tr key={row.reason}>
                  <th scope="row">{t(`closingReasons.${row.reason}`)}</th>
                  <td>
                    <FigureLink figure="closed" closingReason={row.reason}>
                      <SmallCount value={row.count} />
                    </FigureLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="h-lead">
        <h2 id="h-lead">{t("sections.leadTimes")}</h2>
        <table className="compact">
          <caption>{t("review.leadTimesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("review.from")}</th>
              <th scope="col">{t("review.cases")}</th>
              <th scope="col">{t("review.median")}</th>
              <th scope="col">{t("review.p90")}</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ["endorsement", "endorsed"],
                ["activation", "activated"],
                ["firstMeeting", "firstMeetingHeld"],
              ] as const
            ).map(([lead, figure]) => (
              <tr key={lead}>
                <th scope="row">{t(`leadTimes.${lead}`)}</th>
                <td>
                  {c[figure] > 0 ? (
                    <FigureLink figure={figure}>
                      <SmallCount value={c[figure]} />
                    </FigureLink>
                  ) : (
                    0
                  )}
                </td>
                <td>{format.days(figures.leadTimes[lead].median)}</td>
                <td>{format.days(figures.leadTimes[lead].p90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="h-meetings">
        <h2 id="h-meetings">{t("sections.meetings")}</h2>
        <FigureList
          items={[
            {
              figure: "meetingWithoutCitizen",
              value: meetings - figures.collaborationMeetingsWithCitizen,
              note: (
                <>
                  {t("review.citizenPresentShare", {
                    share: format.share(
                      meetings === 0 ? null : figures.collaborationMeetingsWithCitizen / meetings,
                    ),
                  })}{" "}
                  (<SmallCount value={meetings} words="review.meetingsHeld" />)
                </>
              ),
            },
            {
              figure: "behindFrequency",
              value: now.behindFrequency,
              note: (
                <>
                  {t("review.meetingsAgainstFrequency", {
                    count: data.current.meetingsHeld,
                    held: data.current.meetingsHeld,
                    expected: data.current.meetingsExpected,
                  })}{" "}
                  (<SmallCount value={now.withFrequency} words="review.casesWithFrequency" />)
                </>
              ),
            },
            { figure: "nextMeetingOverdue", value: now.nextMeetingOverdue, note: t("review.now") },
          ]}
        />
      </section>

      <section aria-labelledby="h-gaps">
        <h2 id="h-gaps">{t("sections.gaps")}</h2>
        <p className="muted">
          {t("review.gapsIntro")} (<SmallCount value={now.activeNow} words="review.activeCases" />)
        </p>
        <FigureList
          testId="gap-figures"
          items={(
            [
              "noCoordinator",
              "organisationalAgreementUnsigned",
              "citizenAgreementUnsigned",
              "agreementFieldsMissing",
              "noticesUnacknowledged",
              "consentLapsing",
              "supervisionYes",
              "supervisionNo",
              "supervisionUndecided",
            ] as const
          ).map((figure) => ({ figure, value: now[figure] }))}
        />
      </section>

      <section aria-labelledby="h-sectors" className="sectors-section">
        <h2 id="h-sectors">{t("sections.sectors")}</h2>
        <table className="compact">
          <caption>{t("review.sectorsCaption", { count: activeInQuarter })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("review.sector")}</th>
              <th scope="col">{t("review.cases")}</th>
              <th scope="col">{t("review.shareOfActive")}</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                "sectorMunicipality",
                "sectorRegion",
                "sectorGeneralPractice",
                "sectorProbationService",
                "crossSectoral",
              ] as const
            ).map((figure) => (
              <tr key={figure}>
                <th scope="row">{t(`figures.${figure}`)}</th>
                <td>
                  {c[figure] > 0 ? (
                    <FigureLink figure={figure}>
                      <SmallCount value={c[figure]} />
                    </FigureLink>
                  ) : (
                    0
                  )}
                </td>
                <td>{format.share(activeInQuarter === 0 ? null : c[figure] / activeInQuarter)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
