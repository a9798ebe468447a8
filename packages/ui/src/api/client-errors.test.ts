import { describe, expect, it } from "vitest";
import { errorCode, errorMessage, shouldRetry } from "./client-errors";

const domainFailure = {
  message: "Organisationen er ikke inviteret til sagen.",
  data: {
    code: "FORBIDDEN",
    domainError: {
      code: "ORGANISATION_NOT_INVITED",
      message: {
        da: "Organisationen er ikke inviteret til sagen.",
        en: "The organisation has not been invited to the case.",
      },
    },
  },
};

describe("client errors", () => {
  it("shows the domain's message in the user's language, else the server's text", () => {
    expect(errorMessage(domainFailure, "en")).toBe(
      "The organisation has not been invited to the case.",
    );
    expect(errorMessage(domainFailure, "da")).toBe("Organisationen er ikke inviteret til sagen.");
    const conflict = { message: "Sagen er blevet ændret", data: { code: "CONFLICT" } };
    expect(errorMessage(conflict, "en")).toBe("Sagen er blevet ændret");
    expect(errorMessage(new Error("Failed to fetch"), "da")).toBe("Failed to fetch");
  });

  it("retries what may pass next time, never what cannot", () => {
    expect(errorCode(domainFailure)).toBe("FORBIDDEN");
    expect(shouldRetry(0, domainFailure)).toBe(false);
    expect(shouldRetry(0, new Error("Failed to fetch"))).toBe(true);
    expect(shouldRetry(2, new Error("Failed to fetch"))).toBe(false);
  });
});
