import { describe, expect, it } from "@jest/globals";
import type { Octokit } from "../../../src/app/github.js";
import {
  type DeliveryAttempt,
  memorySweepStore,
  sweep,
  toRedeliver,
} from "../../../src/app/redeliver.js";
import { github, requestsTo, useGitHubMock } from "../../helpers/github.js";
import { createProbot } from "../../helpers/probot.js";

const NOW = Date.parse("2025-06-03T12:00:00Z");
const HOUR = 60 * 60 * 1000;

let seq = 0;
function attempt(
  guid: string,
  minutesAgo: number,
  status: number,
  redelivery = false,
): DeliveryAttempt {
  seq += 1;
  return {
    // GitHub's ids grow with time.
    id: 10_000_000 - minutesAgo * 100 + (seq % 100),
    guid,
    delivered_at: new Date(NOW - minutesAgo * 60 * 1000).toISOString(),
    redelivery,
    status_code: status,
    event: "pull_request",
    action: "opened",
  };
}

/** A row of `GET /app/hook/deliveries` with every field GitHub sends. */
function row(a: DeliveryAttempt): Record<string, unknown> {
  return {
    ...a,
    duration: 0.5,
    status: a.status_code === 0 ? "failed to connect" : `${a.status_code}`,
    installation_id: 2,
    repository_id: 1296269,
    throttled_at: null,
  };
}

async function appOctokit(): Promise<Octokit> {
  const probot = await createProbot();
  return (await probot.auth()) as Octokit;
}

describe("which deliveries a sweep redelivers", () => {
  it("takes each delivery whose attempts all failed and that nobody redelivered, once, newest attempt", () => {
    const failedTwice = [attempt("a", 50, 503), attempt("a", 40, 0)];
    const chosen = toRedeliver([
      ...failedTwice,
      attempt("b", 30, 200),
      attempt("c", 30, 500),
      attempt("c", 20, 202, true),
      attempt("d", 10, 502),
      attempt("d", 5, 500, true),
      attempt("e", 3, 301),
    ]);
    expect(chosen.map((a) => [a.guid, a.id])).toEqual([["a", failedTwice[1]!.id]]);
  });
});

describe("a redelivery sweep (GET /app/hook/deliveries, POST …/attempts)", () => {
  useGitHubMock();

  it("pages by cursor back to the window's start and redelivers each failed delivery once", async () => {
    const recent = [
      attempt("ok", 1, 200),
      attempt("down-1", 2, 0),
      attempt("down-2", 3, 503),
      attempt("fixed", 4, 200, true),
    ];
    const older = [attempt("fixed", 70, 500), attempt("too-old", 5 * 60, 500)];
    const scope = github();
    scope.get("/app/hook/deliveries").query({ per_page: "100" }).reply(200, recent.map(row), {
      link: '<https://api.github.com/app/hook/deliveries?per_page=100&cursor=v1_1004>; rel="next"',
    });
    scope
      .get("/app/hook/deliveries")
      .query({ per_page: "100", cursor: "v1_1004" })
      .reply(200, older.map(row), {
        link: '<https://api.github.com/app/hook/deliveries?per_page=100&cursor=v1_1006>; rel="next"',
      });
    scope.post(`/app/hook/deliveries/${recent[1]!.id}/attempts`).reply(202, {});
    scope.post(`/app/hook/deliveries/${recent[2]!.id}/attempts`).reply(202, {});

    const store = memorySweepStore();
    const result = await sweep(await appOctokit(), store, { now: NOW, windowMs: 4 * HOUR });
    // Oldest first, so that a pull request's deliveries come back in the order they were sent.
    expect(result.redelivered.map((r) => r.guid)).toEqual(["down-2", "down-1"]);
    expect(result.refused).toEqual([]);
    // The page past the window was never asked for.
    expect(requestsTo("GET", "/app/hook/deliveries")).toHaveLength(2);
    expect(await store.since()).toBe(NOW);
  });

  it("never redelivers a delivery twice, and the next sweep looks back only to the previous one", async () => {
    const failed = attempt("down", 10, 0);
    const scope = github();
    scope
      .get("/app/hook/deliveries")
      .query({ per_page: "100" })
      .twice()
      .reply(200, [row(failed)]);
    scope.post(`/app/hook/deliveries/${failed.id}/attempts`).once().reply(202, {});

    const store = memorySweepStore();
    const octokit = await appOctokit();
    await sweep(octokit, store, { now: NOW, windowMs: 72 * HOUR });
    // GitHub has not listed the redelivery yet: the claim alone keeps it from a second one.
    const again = await sweep(octokit, store, { now: NOW + 60_000, windowMs: 72 * HOUR });
    expect(again.redelivered).toEqual([]);
    expect(await store.since()).toBe(NOW + 60_000);
  });

  it("reports a redelivery GitHub refuses and goes on with the others", async () => {
    const gone = attempt("gone", 5, 500);
    const down = attempt("down", 6, 0);
    const scope = github();
    scope
      .get("/app/hook/deliveries")
      .query({ per_page: "100" })
      .reply(200, [row(gone), row(down)]);
    scope
      .post(`/app/hook/deliveries/${gone.id}/attempts`)
      .reply(422, { message: "Validation Failed" });
    scope.post(`/app/hook/deliveries/${down.id}/attempts`).reply(202, {});

    const result = await sweep(await appOctokit(), memorySweepStore(), {
      now: NOW,
      windowMs: HOUR,
    });
    expect(result.redelivered.map((r) => r.guid)).toEqual(["down"]);
    expect(result.refused).toEqual([
      { guid: "gone", error: expect.stringContaining("Validation Failed") },
    ]);
  });

  it("does nothing while another replica holds the sweep lock", async () => {
    const store = memorySweepStore();
    const release = await store.lock(1000);
    const result = await sweep(await appOctokit(), store, { now: NOW, windowMs: HOUR });
    expect(result).toEqual({ swept: false, listed: 0, redelivered: [], refused: [] });
    await release?.();
  });
});
