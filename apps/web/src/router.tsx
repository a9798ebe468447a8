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
export const caseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sager/$caseId",
  component: lazyRouteComponent(() => import("./pages/case/case-page"), "CasePage"),
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
// Administration (issue 10): administrators only; the page says so to anyone else.
export const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/administration",
  validateSearch: validateAdminSearch,
  component: lazyRouteComponent(() => import("./pages/admin/admin-page"), "AdminPage"),
});
// Leaders: initiatives whose CPR number was known under another name (issue 10).
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
  caseRoute,
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
