import { createServer } from "node:net";
import { afterEach, beforeEach, expect } from "@jest/globals";
import nock from "nock";
import { validateRequest } from "./openapi.js";

export const API = "https://api.github.com";

/** One request the app sent, as the mock saw it. */
export interface SentRequest {
  readonly method: string;
  /** Path and query, e.g. `/repos/o/r/pulls/1/files?per_page=100`. */
  readonly path: string;
  readonly body: unknown;
  readonly headers: Readonly<Record<string, unknown>>;
}

const sent: SentRequest[] = [];
const violations: string[] = [];
const unmatched: string[] = [];

function parseBody(raw: string | undefined): unknown {
  if (raw === undefined || raw === "") return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/**
 * A nock scope on the GitHub API whose every intercepted request is recorded and validated
 * against GitHub's OpenAPI description. Violations fail the test (see `useGitHubMock`).
 */
export function github(): nock.Scope {
  const scope = nock(API);
  scope.on(
    "request",
    (
      req: { method: string; path: string; headers: Record<string, unknown> },
      _interceptor: unknown,
      raw: string,
    ) => {
      const body = parseBody(raw);
      sent.push({ method: req.method, path: req.path, body, headers: { ...req.headers } });
      for (const problem of validateRequest(req.method, req.path, body)) violations.push(problem);
    },
  );
  return scope;
}

/** The requests sent since the test began; the installation token request left out unless asked. */
export function requests(options: { readonly withToken?: boolean } = {}): SentRequest[] {
  return sent.filter((r) => options.withToken || !/\/access_tokens$/.test(r.path));
}

/** The requests matching a method and a path pattern. */
export function requestsTo(method: string, path: RegExp | string): SentRequest[] {
  return sent.filter(
    (r) =>
      r.method === method &&
      (typeof path === "string" ? r.path.split("?")[0] === path : path.test(r.path)),
  );
}

/** The body of the only request matching, failing when there is not exactly one. */
export function bodyOf(method: string, path: RegExp | string): Record<string, unknown> {
  const found = requestsTo(method, path);
  expect(found.map((r) => `${r.method} ${r.path}`)).toHaveLength(1);
  return found[0]!.body as Record<string, unknown>;
}

/**
 * Hooks for a test file: network off, and after each test every mock used, no request
 * unmatched, and every request valid against GitHub's OpenAPI description.
 */
export function useGitHubMock(): void {
  beforeEach(() => {
    nock.disableNetConnect();
    sent.length = 0;
    violations.length = 0;
    unmatched.length = 0;
    nock.emitter.on("no match", onNoMatch);
  });
  afterEach(() => {
    nock.emitter.removeListener("no match", onNoMatch);
    const pending = nock.pendingMocks();
    nock.cleanAll();
    nock.enableNetConnect();
    expect({ unmatched, violations, pending }).toEqual({
      unmatched: [],
      violations: [],
      pending: [],
    });
  });
}

function onNoMatch(req: {
  method?: string;
  path?: string;
  href?: string;
  hostname?: string;
}): void {
  // A test talking to the app's own server on loopback (`nock.enableNetConnect("127.0.0.1")`).
  if (req.hostname === "127.0.0.1") return;
  unmatched.push(`${req.method ?? "?"} ${req.path ?? req.href ?? "?"}`);
}

/** A loopback port nothing listens on (Probot's server takes 0 for its default, 3000). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** The installation token every run starts with. */
export function mockToken(scope: nock.Scope, installationId = 2): nock.Scope {
  return scope.post(`/app/installations/${installationId}/access_tokens`).reply(201, {
    token: "ghs_test",
    expires_at: "2099-01-01T00:00:00Z",
    permissions: {
      checks: "write",
      pull_requests: "write",
      issues: "read",
      contents: "read",
      metadata: "read",
    },
  });
}
