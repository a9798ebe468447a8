import { createContext } from "react";

/** The quarter the figures on screen belong to, so a figure's link opens its cases in it. */
export const ReviewQuarter = createContext<string | null>(null);
