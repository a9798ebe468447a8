import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from "@tanstack/react-router";
import { RootLayout } from "./layout/root-layout";
import { NotFoundPage, RouteError, RoutePending } from "./layout/route-states";
import { validateAdminSearch } from "./pages/admin/admin-search";

export const rootRoute = createRootRoute({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
});

// Each page is its own chunk, loaded when first opened: the first page a user sees carries
// only the shell and itself.
const tasksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/",
  component: lazyRouteComponent(() => import("./pages/tasks/tasks-page"), "TasksPage"),
});
const casesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sager",
  component: lazyRouteComponent(() => import("./pages/cases/cases-page"), "CasesPage"),
});
// One case: the frame (heading, facts, the case's sub-navigation) loads the case once; each
// part of the case has its own address under it, so a bookmark opens the part one works on.
export const caseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sager/$caseId",
  component: lazyRouteComponent(() => import("./pages/case/case-page"), "CasePage"),
});
const caseOverviewRoute = createRoute({
  getParentRoute: () => caseRoute,
  path: "/",
  component: lazyRouteComponent(
    () => import("./pages/case/case-section-pages"),
    "CaseOverviewPage",
  ),
});
const caseTeamRoute = createRoute({
  getParentRoute: () => caseRoute,
  path: "team",
  component: lazyRouteComponent(() => import("./pages/case/case-section-pages"), "CaseTeamPage"),
});
const caseMeetingsRoute = createRoute({
  getParentRoute: () => caseRoute,
  path: "moeder",
  component: lazyRouteComponent(
    () => import("./pages/case/case-section-pages"),
    "CaseMeetingsPage",
  ),
});
const caseAgreementsRoute = createRoute({
  getParentRoute: () => caseRoute,
  path: "aftaler",
  component: lazyRouteComponent(
    () => import("./pages/case/case-section-pages"),
    "CaseAgreementsPage",
  ),
});
const caseConsentRoute = createRoute({
  getParentRoute: () => caseRoute,
  path: "samtykke",
  component: lazyRouteComponent(() => import("./pages/case/case-section-pages"), "CaseConsentPage"),
});
const caseChangeNoticesRoute = createRoute({
  getParentRoute: () => caseRoute,
  path: "aendringer",
  component: lazyRouteComponent(
    () => import("./pages/case/case-section-pages"),
    "CaseChangeNoticesPage",
  ),
});
const caseTimelineRoute = createRoute({
  getParentRoute: () => caseRoute,
  path: "tidslinje",
  component: lazyRouteComponent(
    () => import("./pages/case/case-section-pages"),
    "CaseTimelinePage",
  ),
});
export const agreementRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sager/$caseId/aftaler/$kind",
  component: lazyRouteComponent(() => import("./pages/agreement/agreement-page"), "AgreementPage"),
});
const newInitiativeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/ny",
  // The check-your-answers step has its own address, so the browser's Back returns to the form.
  validateSearch: (search: Record<string, unknown>): { trin?: "kontrol" } =>
    search.trin === "kontrol" ? { trin: "kontrol" } : {},
  component: lazyRouteComponent(
    () => import("./pages/new-initiative/new-initiative-page"),
    "NewInitiativePage",
  ),
});
export const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/soeg",
  validateSearch: (search: Record<string, unknown>): { q?: string } =>
    typeof search.q === "string" && search.q.length <= 100 ? { q: search.q } : {},
  component: lazyRouteComponent(() => import("./pages/search/search-page"), "SearchPage"),
});
const notificationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/notifikationer",
  component: lazyRouteComponent(
    () => import("./pages/notifications/notifications-page"),
    "NotificationsPage",
  ),
});
// Administration: administrators only; the page says so to anyone else.
export const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/administration",
  validateSearch: validateAdminSearch,
  component: lazyRouteComponent(() => import("./pages/admin/admin-page"), "AdminPage"),
});
// Leaders: initiatives whose CPR number was known under another name.
const identityChecksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/identitetstjek",
  component: lazyRouteComponent(
    () => import("./pages/identity-checks/identity-checks-page"),
    "IdentityChecksPage",
  ),
});

const routeTree = rootRoute.addChildren([
  tasksRoute,
  casesRoute,
  caseRoute.addChildren([
    caseOverviewRoute,
    caseTeamRoute,
    caseMeetingsRoute,
    caseAgreementsRoute,
    caseConsentRoute,
    caseChangeNoticesRoute,
    caseTimelineRoute,
  ]),
  agreementRoute,
  newInitiativeRoute,
  searchRoute,
  notificationsRoute,
  adminRoute,
  identityChecksRoute,
]);

export const router = createRouter({
  routeTree,
  defaultPendingComponent: RoutePending,
  defaultErrorComponent: RouteError,
  defaultPendingMs: 300,
  scrollRestoration: true,
});

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
