export { audit } from "./audit/audit-log";
export { actorForSession, endSession, SESSION_COOKIE, startSession } from "./auth/sessions";
export { type Actor, type Context, createContext, createSystemContext } from "./context";
export {
  type AppRouter,
  appRouter,
  createCaller,
  type RouterInputs,
  type RouterOutputs,
} from "./router";
