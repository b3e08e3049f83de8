import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { validateRequest } from "./openapi.js";
import { HEAD } from "./payloads.js";
import { answerGraphql, type Files, fixture, PLAN, repoFiles } from "./scenario.js";

/**
 * A stand-in for GitHub's API over real HTTP, for tests that run the built server as child
 * processes (GHE_HOST=127.0.0.1:<port>, GHE_PROTOCOL=http). It answers what a pull request's
 * run asks, keeps the check runs and comments it is sent, validates every request against
 * GitHub's OpenAPI description, and lists the app's webhook deliveries for the redelivery sweep.
 */

export interface SeenRequest {
  readonly method: string;
  /** Relative to the API root (`/repos/…`, `/graphql`), with the query. */
  readonly path: string;
  readonly body: unknown;
  readonly delivery: string | null;
  readonly installation: number | null;
  readonly at: number;
}

export interface CheckRun {
  readonly id: number;
  readonly pull: number | null;
  readonly headSha: string;
  readonly externalId: string;
  readonly conclusion: string;
  readonly title: string;
  readonly summary: string;
  readonly delivery: string | null;
}

export interface Comment {
  readonly id: number;
  readonly issue: number;
  body: string;
}

/** A failure to answer instead of the usual response. */
export interface Failure {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers?: Record<string, string>;
  /** How many requests fail; then the usual answer again. */
  times: number;
}

export interface HookDelivery {
  readonly id: number;
  readonly guid: string;
  readonly delivered_at: string;
  readonly redelivery: boolean;
  readonly status_code: number;
  readonly event: string;
  readonly action: string | null;
}

export interface StandIn {
  readonly host: string;
  readonly requests: SeenRequest[];
  readonly violations: string[];
  readonly checks: CheckRun[];
  readonly comments: Comment[];
  readonly failures: Failure[];
  /** `GET /app/hook/deliveries`, newest first. */
  readonly deliveries: HookDelivery[];
  /** Called for `POST /app/hook/deliveries/{id}/attempts`, after it is answered 202. */
  onRedeliver: ((delivery: HookDelivery) => void) | null;
  /** Requests matching are not answered until `release()` (a run caught mid-way). */
  hold: ((request: SeenRequest) => boolean) | null;
  readonly release: () => void;
  /** Delays every `pulls.listFiles` answer, so that runs overlap if nothing orders them. */
  listFilesDelayMs: number;
  readonly close: () => Promise<void>;
}

const PULL_FILES = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files/;

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(body === undefined ? "" : JSON.stringify(body));
}

export async function githubStandIn(
  files: Files = repoFiles({ [PLAN]: fixture("plan-filled.md") }),
): Promise<StandIn> {
  const requests: SeenRequest[] = [];
  const violations: string[] = [];
  const checks: CheckRun[] = [];
  const comments: Comment[] = [];
  const failures: Failure[] = [];
  const deliveries: HookDelivery[] = [];
  let held: (() => void)[] = [];
  let nextId = 1;

  const route = (req: IncomingMessage, res: ServerResponse, seen: SeenRequest): void => {
    const path = seen.path.split("?")[0]!;
    const { method, body } = seen;
    const failure = failures.find((f) => f.times > 0 && f.method === method && f.path.test(path));
    if (failure) {
      failure.times -= 1;
      return send(res, failure.status, failure.body, failure.headers);
    }
    let m: RegExpExecArray | null;
    if (method === "POST" && (m = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path))) {
      return send(res, 201, {
        token: `ghs_inst_${m[1]}`,
        expires_at: new Date(Date.now() + 3600e3).toISOString(),
      });
    }
    if (method === "GET" && path === "/app") return send(res, 200, { id: 1, slug: "speckit-gate" });
    if (method === "GET" && /\/contents\/\.github(%2F|\/)speckit\.yml$/.test(path)) {
      return send(res, 404, { message: "Not Found" });
    }
    if (method === "GET" && (m = PULL_FILES.exec(path))) {
      const rows = [
        {
          sha: "1".padStart(40, "0"),
          filename: PLAN,
          status: "modified",
          additions: 1,
          deletions: 1,
          changes: 2,
        },
      ];
      setTimeout(() => send(res, 200, rows), standIn.listFilesDelayMs);
      return;
    }
    if (method === "GET" && (m = /\/commits\/([0-9a-f]+)\/check-runs$/.exec(path))) {
      const sha = m[1];
      const latest = checks.filter((c) => c.headSha === sha).slice(-1);
      return send(res, 200, {
        total_count: latest.length,
        check_runs: latest.map((c) => ({ id: c.id, external_id: c.externalId })),
      });
    }
    if (method === "POST" && path === "/graphql") {
      return send(res, 200, answerGraphql(body as Parameters<typeof answerGraphql>[0], files));
    }
    if (method === "POST" && /\/check-runs$/.test(path)) {
      const b = body as {
        head_sha: string;
        external_id?: string;
        conclusion: string;
        output: { title: string; summary: string };
      };
      const id = nextId++;
      const pull = /^pr:(\d+)/.exec(b.external_id ?? "");
      checks.push({
        id,
        pull: pull ? Number(pull[1]) : null,
        headSha: b.head_sha,
        externalId: b.external_id ?? "",
        conclusion: b.conclusion,
        title: b.output.title,
        summary: b.output.summary,
        delivery: seen.delivery,
      });
      return send(res, 201, {
        id,
        html_url: `http://github.test/runs/${id}`,
        app: { slug: "speckit-gate" },
      });
    }
    if (method === "PATCH" && /\/check-runs\/\d+$/.test(path)) return send(res, 200, {});
    if ((m = /\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (method === "GET") {
        return send(
          res,
          200,
          comments
            .filter((c) => c.issue === issue)
            .map((c) => ({
              id: c.id,
              body: c.body,
              user: { login: "speckit-gate[bot]", type: "Bot" },
            })),
        );
      }
      if (method === "POST") {
        const comment = { id: nextId++, issue, body: (body as { body: string }).body };
        comments.push(comment);
        return send(res, 201, {
          id: comment.id,
          body: comment.body,
          user: { login: "speckit-gate[bot]", type: "Bot" },
        });
      }
    }
    if (method === "PATCH" && (m = /\/issues\/comments\/(\d+)$/.exec(path))) {
      const comment = comments.find((c) => c.id === Number(m![1]));
      if (comment) comment.body = (body as { body: string }).body;
      return send(res, 200, {
        id: Number(m[1]),
        body: comment?.body ?? "",
        user: { login: "speckit-gate[bot]", type: "Bot" },
      });
    }
    if (method === "GET" && path === "/app/hook/deliveries") {
      const url = new URL(seen.path, "http://x");
      const cursor = Number(url.searchParams.get("cursor") ?? "0");
      const perPage = Number(url.searchParams.get("per_page") ?? "30");
      const page = deliveries.slice(cursor, cursor + perPage).map((d) => ({
        ...d,
        duration: 0.1,
        status: d.status_code === 0 ? "failed to connect" : String(d.status_code),
        installation_id: 2,
        repository_id: 1296269,
        throttled_at: null,
      }));
      const next: Record<string, string> =
        cursor + perPage < deliveries.length
          ? {
              link: `<http://${req.headers.host}/api/v3/app/hook/deliveries?per_page=${perPage}&cursor=${cursor + perPage}>; rel="next"`,
            }
          : {};
      return send(res, 200, page, next);
    }
    if (method === "POST" && (m = /^\/app\/hook\/deliveries\/(\d+)\/attempts$/.exec(path))) {
      const delivery = deliveries.find((d) => d.id === Number(m![1]));
      if (!delivery) return send(res, 404, { message: "Not Found" });
      send(res, 202, {});
      standIn.onRedeliver?.(delivery);
      return;
    }
    send(res, 404, { message: `stand-in has no ${method} ${path}` });
  };

  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      const full = req.url ?? "/";
      const path = full.startsWith("/api/v3")
        ? full.slice("/api/v3".length)
        : full === "/api/graphql"
          ? "/graphql"
          : full;
      let body: unknown;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      const auth = String(req.headers["authorization"] ?? "");
      const installation = /ghs_inst_(\d+)/.exec(auth);
      const seen: SeenRequest = {
        method: req.method ?? "GET",
        path,
        body,
        delivery: (req.headers["x-github-delivery"] as string | undefined) ?? null,
        installation: installation ? Number(installation[1]) : null,
        at: Date.now(),
      };
      requests.push(seen);
      for (const problem of validateRequest(seen.method, path, body)) violations.push(problem);
      if (standIn.hold?.(seen)) {
        held.push(() => route(req, res, seen));
        return;
      }
      route(req, res, seen);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;

  const standIn: StandIn = {
    host: `127.0.0.1:${port}`,
    requests,
    violations,
    checks,
    comments,
    failures,
    deliveries,
    onRedeliver: null,
    hold: null,
    release: () => {
      standIn.hold = null;
      const pending = held;
      held = [];
      for (const answer of pending) answer();
    },
    listFilesDelayMs: 0,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return standIn;
}

export { HEAD };
