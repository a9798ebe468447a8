import { router } from "../trpc";
import { me } from "./me";

export const authRouter = router({ me });
