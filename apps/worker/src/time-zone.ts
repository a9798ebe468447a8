import { DANISH_TIME_ZONE } from "@samstemt/domain";

/** Scheduled jobs and alert texts use Danish time: the domain names the zone once. */
export const JOB_TIME_ZONE = DANISH_TIME_ZONE;
