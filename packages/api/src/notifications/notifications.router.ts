import { router } from "../trpc";
import { deadLetters, retryDeadLetter } from "./dead-letters";
import { markRead } from "./mark-read";
import { myNotifications } from "./my-notifications";
import { myPreferences, setPreferences } from "./preferences";

/** Alerts in the app (issue 12), and the worker's dead letters for administrators. */
export const notificationsRouter = router({
  mine: myNotifications,
  markRead,
  preferences: myPreferences,
  setPreferences,
  deadLetters,
  retryDeadLetter,
});
