import { describe, expect, it } from "@jest/globals";
import { validateRequest } from "../helpers/openapi.js";

describe("OpenAPI request validation (the guard every app test relies on)", () => {
  it("accepts a documented request", () => {
    expect(
      validateRequest("POST", "/repos/o/r/check-runs", {
        name: "speckit-gate",
        head_sha: "a".repeat(40),
        status: "completed",
        conclusion: "success",
        completed_at: "2025-06-01T10:00:00.000Z",
        output: { title: "No plan changes", summary: "Nothing to gate." },
      }),
    ).toEqual([]);
    expect(
      validateRequest("GET", "/repos/o/r/pulls/2/files?per_page=100&page=2", undefined),
    ).toEqual([]);
    expect(validateRequest("GET", "/repos/o/r/contents/.github/speckit.yml", undefined)).toEqual(
      [],
    );
  });

  it("rejects a body GitHub would refuse", () => {
    const problems = validateRequest("POST", "/repos/o/r/check-runs", {
      name: "speckit-gate",
      head_sha: "a".repeat(40),
      conclusion: "passed",
      output: { title: "x", summary: "y", annotations: [{ path: "p", start_line: 1 }] },
    });
    expect(problems.join("\n")).toMatch(/conclusion/);
    expect(problems.join("\n")).toMatch(/annotation_level|end_line|message/);
  });

  it("rejects unknown paths, methods and query parameters", () => {
    expect(validateRequest("POST", "/repos/o/r/pulls/2/files", { x: 1 })).toHaveLength(1);
    expect(validateRequest("GET", "/repos/o/r/pulls/2/files?perpage=100", undefined)[0]).toMatch(
      /perpage/,
    );
    expect(validateRequest("GET", "/repos/o/r/no-such-thing", undefined)[0]).toMatch(
      /not an operation/,
    );
  });

  it("holds GraphQL requests to one read-only query with declared variables", () => {
    expect(
      validateRequest("POST", "/graphql", {
        query: "query($a: String!) { x(a: $a) }",
        variables: { a: "1" },
      }),
    ).toEqual([]);
    expect(validateRequest("POST", "/graphql", { query: "mutation { x }" })).toHaveLength(1);
    expect(validateRequest("POST", "/graphql", { query: "query { x(a: $a) }" })[0]).toMatch(/\$a/);
  });
});
