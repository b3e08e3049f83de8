import type { Redis } from "ioredis";

/**
 * A lane per pull request (see `lane-key.ts`): a sorted set of the jobs about it, in the order
 * they joined. Only the lane's head runs; the others wait their turn. A lane lives in Redis, so
 * the order holds across replicas, and a job whose replica died stays at the head until another
 * replica runs it.
 */
export interface Lanes {
  /** Puts a job at the end of its lane, unless it is already in it. */
  readonly join: (lane: string, jobId: string) => Promise<void>;
  /** The job at the head of the lane, or null when the lane is empty. */
  readonly head: (lane: string) => Promise<string | null>;
  /** Takes a job out of its lane; the new head, or null. */
  readonly leave: (lane: string, jobId: string) => Promise<string | null>;
}

const JOIN = `
if redis.call("ZSCORE", KEYS[1], ARGV[1]) then return 0 end
local n = redis.call("INCR", KEYS[2])
redis.call("ZADD", KEYS[1], n, ARGV[1])
redis.call("PEXPIRE", KEYS[1], ARGV[2])
return 1`;

const LEAVE = `
redis.call("ZREM", KEYS[1], ARGV[1])
local head = redis.call("ZRANGE", KEYS[1], 0, 0)
return head[1]`;

/** A lane left alone this long is forgotten (its jobs are long finished or gone). */
const LANE_TTL_MS = 3 * 24 * 60 * 60 * 1000;

export function redisLanes(redis: Redis, prefix: string): Lanes {
  const laneKey = (lane: string): string => `${prefix}:lane:${lane}`;
  const seq = `${prefix}:lane-seq`;
  return {
    join: async (lane, jobId) => {
      await redis.eval(JOIN, 2, laneKey(lane), seq, jobId, String(LANE_TTL_MS));
    },
    head: async (lane) => {
      const [first] = await redis.zrange(laneKey(lane), 0, 0);
      return first ?? null;
    },
    leave: async (lane, jobId) => {
      const head = (await redis.eval(LEAVE, 1, laneKey(lane), jobId)) as string | null;
      return head ?? null;
    },
  };
}
