import { generateKeyPairSync } from "node:crypto";
import { Probot, ProbotOctokit } from "probot";
import app from "../../src/index.js";

let privateKey: string | null = null;

/** An RSA key for the app's JWTs (any valid key will do: the API is mocked). */
function key(): string {
  privateKey ??= generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  }).privateKey;
  return privateKey;
}

/**
 * A Probot instance with the app loaded, as in production except: throttling off, and retries
 * off unless asked for (then with a 1 ms base delay instead of a second).
 */
export async function createProbot(options: { readonly retry?: boolean } = {}): Promise<Probot> {
  const probot = new Probot({
    appId: 123,
    privateKey: key(),
    logLevel: "fatal",
    // A function, not an object: Probot passes its own throttle options down to this class,
    // and an object's `throttle` would be overwritten by them (writes would then wait a second).
    Octokit: ProbotOctokit.defaults((instance: Record<string, unknown>) => ({
      ...instance,
      retry: options.retry ? { enabled: true, retryAfterBaseValue: 1 } : { enabled: false },
      throttle: { ...(instance.throttle as object), enabled: false },
    })),
  });
  await probot.load(app);
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
