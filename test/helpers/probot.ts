import { generateKeyPairSync } from "node:crypto";
import { Writable } from "node:stream";
import Bottleneck from "bottleneck";
import pino, { type Logger } from "pino";
import { Probot } from "probot";
import type { Later, LaterDelivery } from "../../src/app/later.js";
import { createMetrics } from "../../src/app/metrics.js";
import { createTelemetry, type Telemetry } from "../../src/app/observe.js";
import { appOctokit } from "../../src/app/octokit.js";
import { DEFAULT_RATE_LIMIT_POLICY, type RateLimitPolicy } from "../../src/app/rate-limit.js";
import { createApp } from "../../src/index.js";

let privateKey: string | null = null;

/** An RSA key for the app's JWTs (any valid key will do: the API is mocked). */
export function key(): string {
  privateKey ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }).privateKey;
  return privateKey;
}

/** Deliveries the app scheduled to receive again (rate-limited runs), run when the test says. */
export interface ManualLater extends Later {
  readonly jobs: { readonly at: number; readonly run: () => Promise<void> }[];
  /** Where `run` sends the delivery (set by `createProbot`). */
  receive: (delivery: LaterDelivery) => Promise<void>;
}

export function manualLater(): ManualLater {
  const jobs: { at: number; run: () => Promise<void> }[] = [];
  const counts = new Map<string, number>();
  const later: ManualLater = {
    jobs,
    receive: () => Promise.reject(new Error("manualLater: no Probot to receive the delivery")),
    schedule: (at, delivery) => {
      jobs.push({
        at,
        run: () => {
          counts.set(delivery.id, (counts.get(delivery.id) ?? 0) + 1);
          return later.receive(delivery);
        },
      });
      return true;
    },
    reruns: (id) => counts.get(id) ?? 0,
    pending: () => jobs.length,
    stop: () => jobs.splice(0).length,
  };
  return later;
}

/** A logger whose JSON lines the test reads back. */
export function memoryLog(): {
  readonly log: Logger;
  readonly lines: () => Record<string, unknown>[];
} {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    log: pino({ level: "info" }, stream),
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter((l) => l !== "")
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

// Writes spaced by nothing, in tests that switch throttling on: only its rate-limit handling is tested.
const UNSPACED = new Bottleneck.Group({ maxConcurrent: 1 });

export interface ProbotOptions {
  /** Retries of 5xx answers (1 ms apart); off by default. */
  readonly retry?: boolean;
  /** The throttling plugin with the app's rate-limit policy (waits: 1 ms per second); off by default. */
  readonly throttle?: boolean;
  readonly policy?: RateLimitPolicy;
  readonly telemetry?: Telemetry;
  readonly later?: Later;
  readonly log?: Logger;
}

/**
 * A Probot instance with the app loaded, as in production (the app's Octokit class) except:
 * throttling off unless asked for (then writes are not spaced and waits take a millisecond per
 * second), and retries off unless asked for (then with a 1 ms base delay instead of a second).
 */
export async function createProbot(options: ProbotOptions = {}): Promise<Probot> {
  const telemetry = options.telemetry ?? createTelemetry(createMetrics({ processMetrics: false }));
  const Octokit = appOctokit({
    telemetry,
    policy: options.policy ?? DEFAULT_RATE_LIMIT_POLICY,
    retryAfterBaseValue: 1,
  }).defaults((instance: Record<string, unknown>) => {
    const throttle = instance.throttle as Record<string, unknown> | undefined;
    return {
      ...instance,
      retry: options.retry ? { enabled: true, retryAfterBaseValue: 1 } : { enabled: false },
      throttle: options.throttle
        ? { ...throttle, write: throttle?.write ?? UNSPACED, notifications: UNSPACED }
        : { ...throttle, enabled: false },
    };
  });
  const probot = new Probot({
    appId: 123,
    privateKey: key(),
    logLevel: "fatal",
    ...(options.log ? { log: options.log } : {}),
    Octokit: Octokit as typeof Octokit,
  });
  const later = options.later ?? manualLater();
  if ("receive" in later) {
    (later as ManualLater).receive = (delivery: LaterDelivery) =>
      probot.receive(delivery as Parameters<Probot["receive"]>[0]);
  }
  await probot.load(createApp({ telemetry, later }));
  return probot;
}

let delivery = 0;

/** Delivers an event the way GitHub does. */
export async function deliver(
  probot: Probot,
  name: string,
  payload: Record<string, unknown>,
): Promise<void> {
  delivery += 1;
  await probot.receive({
    id: `delivery-${delivery}`,
    name,
    payload,
  } as unknown as Parameters<Probot["receive"]>[0]);
}
