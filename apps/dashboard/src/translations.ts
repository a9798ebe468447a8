export const dashboardDa = {
  section: "Ledelsesoverblik",
  leadersOnly: "Overblikket er for ledere. Du er logget ind som {{role}}.",
  summary: {
    title: "Overblik for {{unit}}, {{organisation}}",
    intro:
      "Tal for sager, som er startet i {{unit}}, som {{organisation}} deltager i, eller hvor jeres medarbejdere er i teamet. Ingen borgere nævnes her.",
    deadlineHeading: "Første samarbejdsmøde inden for en måned",
    metShare: "Holdt inden for fristen",
    metShareNone: "Endnu ingen møder",
    metOfDecided: "{{met}} af {{decided}} sager",
    approaching: "Frist inden for {{days}} dage",
    overdue: "Frist overskredet, møde ikke holdt",
    open: "Frist løber",
    statusHeading: "Sager efter status",
    total: "I alt",
    statusCaption: "Antal sager efter status",
    status: "Status",
    count: "Antal",
  },
};

export const dashboardEn: typeof dashboardDa = {
  section: "Leader overview",
  leadersOnly: "The overview is for leaders. You are signed in as {{role}}.",
  summary: {
    title: "Overview for {{unit}}, {{organisation}}",
    intro:
      "Figures for cases started in {{unit}}, that {{organisation}} takes part in, or that have your staff on the team. No citizen is named here.",
    deadlineHeading: "First collaboration meeting within one month",
    metShare: "Held within the deadline",
    metShareNone: "No meetings yet",
    metOfDecided: "{{met}} of {{decided}} cases",
    approaching: "Deadline within {{days}} days",
    overdue: "Deadline passed, no meeting held",
    open: "Deadline running",
    statusHeading: "Cases by status",
    total: "Total",
    statusCaption: "Number of cases by status",
    status: "Status",
    count: "Number",
  },
};
