export { createSession, type NewSession } from "./create-session";
export { deleteSession, type EndedSession, touchSession } from "./delete-session";
export { type DemoPersonListing, listDemoPeople } from "./demo-people";
export {
  findLiveSession,
  findSessionPerson,
  type LiveSession,
  type SessionPerson,
} from "./session-person";
export {
  findPersonBySubject,
  findPersonByUsername,
  findPersonWithPlaceBySubject,
  type PersonWithPlace,
  type SignInPerson,
} from "./sign-in-person";
