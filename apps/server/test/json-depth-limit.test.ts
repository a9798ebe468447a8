import { describe, expect, it } from "vitest";
import { jsonDepth } from "../src/http/json-depth-limit";

describe("jsonDepth", () => {
  it("counts nesting of objects and arrays, not of plain values", () => {
    expect(jsonDepth("text")).toBe(0);
    expect(jsonDepth({})).toBe(1);
    expect(jsonDepth({ a: [1, { b: null }] })).toBe(3);
  });

  it("measures 45,000 levels without overflowing the stack, and stops early at a limit", () => {
    const deep = JSON.parse(`${"[".repeat(45_000)}${"]".repeat(45_000)}`);
    expect(jsonDepth(deep)).toBe(45_000);
    expect(jsonDepth(deep, 32)).toBe(33);
  });
});
