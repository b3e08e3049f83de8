import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { GITHUB_KEEPS_DELIVERIES_MS } from "./delivery-settings.js";
import type { SweepStore } from "./redeliver.js";

const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) else return 0 end`;

/**
 * The sweep store of the scale-out shape: the lock (one replica sweeps at a time), where the
 * last sweep began, and the deliveries already redelivered, all in Redis. A claim lives as
 * long as GitHub keeps the delivery.
 */
export function redisSweepStore(redis: Redis, prefix: string): SweepStore {
  const key = (name: string): string => `${prefix}:redeliver:${name}`;
  return {
    lock: async (ttlMs) => {
      const token = randomUUID();
      const taken = await redis.set(key("lock"), token, "PX", ttlMs, "NX");
      if (taken !== "OK") return null;
      return async () => {
        await redis.eval(RELEASE, 1, key("lock"), token);
      };
    },
    since: async () => {
      const value = await redis.get(key("since"));
      return value === null ? null : Number(value);
    },
    setSince: async (ms) => {
      await redis.set(key("since"), String(ms), "PX", GITHUB_KEEPS_DELIVERIES_MS);
    },
    claim: async (guid) =>
      (await redis.set(key(`claimed:${guid}`), "1", "PX", GITHUB_KEEPS_DELIVERIES_MS, "NX")) ===
      "OK",
  };
}
