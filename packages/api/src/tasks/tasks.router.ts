import { router } from "../trpc";
import { myTasks } from "./my-tasks";

/** "Mine opgaver": what waits for the signed-in person. */
export const tasksRouter = router({ mine: myTasks });
