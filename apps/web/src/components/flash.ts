/**
 * A message carried to the next page once ("Initiativet er registreret"), shown in that
 * page's live region. Kept in memory only: a reload does not repeat it.
 */
let pending: string | null = null;
export const flash = {
  set(message: string) {
    pending = message;
  },
  take(): string {
    const message = pending ?? "";
    pending = null;
    return message;
  },
};
