import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger, Probot } from "probot";
import type { Enqueued } from "./queue/queue.js";
import { failureText } from "./queue/transient.js";

/**
 * The webhook endpoint, in both shapes. It checks a delivery as Probot's middleware does
 * (method, content type, headers, `X-Hub-Signature-256` over the raw body), then:
 *
 * - embedded: runs it in this process, answering 200 when done, or 202 after 9 s while the
 *   run goes on (GitHub waits 10 s);
 * - scale-out: queues it in Redis and answers 202 at once (200 when the same delivery already
 *   ran to the end). When Redis cannot take it, 503: GitHub records the delivery as failed and
 *   the redelivery sweep brings it back.
 *
 * Once stopped (shutdown), it answers 503 to new deliveries for the same reason.
 */
export interface Intake {
  readonly handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** New deliveries get 503 from now on. */
  readonly stop: () => void;
  /** Embedded: the deliveries running in this process. */
  readonly inflight: () => readonly InflightDelivery[];
  /** Embedded: resolves when no delivery is running. */
  readonly idle: () => Promise<void>;
}

export interface InflightDelivery {
  readonly id: string;
  readonly name: string;
  /** True once GitHub was answered (202 after 9 s): cutting the run off now loses it. */
  readonly answered: boolean;
  /** Answers 503 now (the run is being cut off): GitHub then records a failed delivery. */
  readonly abandon: () => void;
}

export interface IntakeOptions {
  readonly probot: Probot;
  readonly path: string;
  readonly log: Logger;
  /** Scale-out: queues a delivery. Absent: deliveries run in this process. */
  readonly enqueue?: (delivery: {
    readonly id: string;
    readonly name: string;
    readonly payload: Record<string, unknown>;
  }) => Promise<Enqueued>;
  /** Embedded: answer 202 after this long while the run goes on (9 s, as Probot). */
  readonly answerAfterMs?: number;
  /** Scale-out: how long Redis may take to queue a delivery before the answer is 503. */
  readonly enqueueTimeoutMs?: number;
  /** Called with the HTTP status of every answer (for the metrics). */
  readonly answered?: (status: number) => void;
}

/** GitHub sends at most 25 MB. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;
const HEADERS = ["x-github-event", "x-hub-signature-256", "x-github-delivery"] as const;

function answer(
  res: ServerResponse,
  status: number,
  body: string | Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.writableEnded) return;
  const json = typeof body !== "string";
  res.writeHead(status, {
    "content-type": json ? "application/json" : "text/plain",
    ...headers,
  });
  res.end(json ? JSON.stringify(body) : body);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** "/api/github/hooks/" → "/api/github/hooks", "/" stays "/" (a loop: no regular expression to backtrack). */
function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  return end === 0 ? "/" : path.slice(0, end);
}

export function webhookIntake(options: IntakeOptions): Intake {
  const { probot, log } = options;
  const path = trimTrailingSlashes(options.path);
  const answerAfterMs = options.answerAfterMs ?? 9000;
  const enqueueTimeoutMs = options.enqueueTimeoutMs ?? 5000;
  let stopped = false;
  const running = new Map<string, InflightDelivery>();
  let idleWaiters: (() => void)[] = [];
  let runs = 0;
  const respond = (...args: Parameters<typeof answer>): void => {
    const [res, status] = args;
    if (!res.headersSent && !res.writableEnded) options.answered?.(status);
    answer(...args);
  };

  const runInline = (
    res: ServerResponse,
    delivery: { id: string; name: string; payload: Record<string, unknown> },
  ): Promise<void> => {
    let answered = false;
    let settle: () => void = () => {};
    const responded = new Promise<void>((resolve) => (settle = resolve));
    const timer = setTimeout(() => {
      answered = true;
      respond(res, 202, "still processing\n");
      settle();
    }, answerAfterMs);
    const key = String(++runs);
    void probot
      .receive(delivery as unknown as Parameters<Probot["receive"]>[0])
      .then(
        () => respond(res, 200, "ok\n"),
        (error: unknown) => {
          const first = (error as { errors?: unknown[] }).errors?.[0] ?? error;
          const status = (first as { status?: unknown }).status;
          respond(res, typeof status === "number" && status >= 400 ? status : 500, {
            error: failureText(error),
          });
        },
      )
      .finally(() => {
        clearTimeout(timer);
        settle();
        running.delete(key);
        if (running.size === 0) {
          for (const wake of idleWaiters) wake();
          idleWaiters = [];
        }
      });
    running.set(key, {
      id: delivery.id,
      name: delivery.name,
      get answered() {
        return answered || res.headersSent;
      },
      abandon: () => {
        clearTimeout(timer);
        respond(res, 503, {
          error: "the app is shutting down; GitHub will be asked to redeliver this",
        });
        settle();
      },
    });
    return responded;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    let pathname: string;
    try {
      pathname = trimTrailingSlashes(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return false;
    }
    if (pathname !== path) return false;
    if (req.method !== "POST") {
      respond(res, 404, { error: `Unknown route: ${req.method} ${pathname}` });
      return true;
    }
    if (!/^\s*application\/json\s*(?:;|$)/u.test(header(req, "content-type") ?? "")) {
      respond(res, 415, {
        error: 'Unsupported "Content-Type" header value. Must be "application/json"',
      });
      return true;
    }
    const missing = HEADERS.filter((h) => header(req, h) === undefined);
    if (missing.length > 0) {
      respond(res, 400, { error: `Required headers missing: ${missing.join(", ")}` });
      return true;
    }
    const id = header(req, "x-github-delivery")!;
    const name = header(req, "x-github-event")!;
    const body = await readBody(req);
    if (body === null) {
      respond(res, 413, { error: `payload larger than ${MAX_BODY_BYTES} bytes` });
      return true;
    }
    const verified = await probot.webhooks
      .verify(body, header(req, "x-hub-signature-256")!)
      .catch(() => false);
    if (!verified) {
      log.error(
        { delivery: id, event: name },
        "signature does not match event payload and secret: check that WEBHOOK_SECRET is the webhook secret in the app's settings",
      );
      respond(res, 400, { error: "signature does not match event payload and secret" });
      return true;
    }
    if (stopped) {
      respond(
        res,
        503,
        { error: "the app is shutting down; GitHub will be asked to redeliver this" },
        { "retry-after": "30" },
      );
      return true;
    }
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(body) as Record<string, unknown>;
    } catch {
      respond(res, 400, { error: "the payload is not JSON" });
      return true;
    }
    if (!options.enqueue) {
      await runInline(res, { id, name, payload });
      return true;
    }
    try {
      const outcome = await timeout(
        options.enqueue({ id, name, payload }),
        enqueueTimeoutMs,
        "queueing the delivery in Redis",
      );
      if (outcome === "done") respond(res, 200, "already handled\n");
      else respond(res, 202, "queued\n");
    } catch (error) {
      log.error(
        { err: error, delivery: id, event: name },
        `could not queue delivery ${id} (${name}): answered 503, so GitHub records it as failed and the redelivery sweep brings it back once Redis answers`,
      );
      respond(
        res,
        503,
        { error: `the delivery queue is unavailable: ${failureText(error)}` },
        { "retry-after": "60" },
      );
    }
    return true;
  };

  return {
    handle,
    stop: () => {
      stopped = true;
    },
    inflight: () => [...running.values()],
    idle: () =>
      running.size === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => idleWaiters.push(resolve)),
  };
}
