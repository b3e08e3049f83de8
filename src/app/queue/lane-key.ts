/**
 * The lane a delivery runs in: deliveries about one pull request (or one branch, or one
 * commit) run one at a time, in the order they arrived, so that two runs on one pull request
 * never race. Deliveries the app does not act on have no lane and run as they come.
 */

interface Repository {
  readonly full_name?: string;
}

interface PullRef {
  readonly number?: number;
}

type Payload = Readonly<Record<string, unknown>>;

function repoOf(payload: Payload): string | null {
  const repository = payload["repository"] as Repository | undefined;
  return typeof repository?.full_name === "string" ? repository.full_name : null;
}

function numberOf(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) ? value : null;
}

/** `pr:<n> …`: the external id the app gives a pull request's check run. */
function pullFromExternalId(externalId: unknown): number | null {
  if (typeof externalId !== "string") return null;
  const match = /^pr:(\d+)(?:\s|$)/.exec(externalId);
  return match ? Number(match[1]) : null;
}

function firstPull(pulls: unknown): number | null {
  if (!Array.isArray(pulls)) return null;
  return numberOf((pulls[0] as PullRef | undefined)?.number);
}

/**
 * `owner/repo#<n>` for a pull request, `owner/repo@<ref or sha>` for a push or a commit, or
 * null when the delivery has no lane.
 */
export function laneKey(name: string, payload: Payload): string | null {
  const repo = repoOf(payload);
  if (repo === null) return null;
  const action = payload["action"];
  const pull = (n: number | null): string | null => (n === null ? null : `${repo}#${n}`);
  switch (name) {
    case "pull_request":
      return pull(numberOf((payload["pull_request"] as PullRef | undefined)?.number));
    case "issue_comment": {
      const issue = payload["issue"] as { number?: number; pull_request?: unknown } | undefined;
      return issue?.pull_request ? pull(numberOf(issue.number)) : null;
    }
    case "check_run": {
      if (action !== "rerequested") return null;
      const run = payload["check_run"] as
        { external_id?: unknown; pull_requests?: unknown; head_sha?: unknown } | undefined;
      const number = pullFromExternalId(run?.external_id) ?? firstPull(run?.pull_requests);
      if (number !== null) return pull(number);
      return typeof run?.head_sha === "string" ? `${repo}@${run.head_sha}` : null;
    }
    case "check_suite": {
      if (action !== "rerequested") return null;
      const suite = payload["check_suite"] as
        { pull_requests?: unknown; head_sha?: unknown } | undefined;
      const number = firstPull(suite?.pull_requests);
      if (number !== null) return pull(number);
      return typeof suite?.head_sha === "string" ? `${repo}@${suite.head_sha}` : null;
    }
    case "merge_group": {
      const group = payload["merge_group"] as { head_sha?: unknown } | undefined;
      return typeof group?.head_sha === "string" ? `${repo}@${group.head_sha}` : null;
    }
    case "push": {
      const ref = payload["ref"];
      return typeof ref === "string" ? `${repo}@${ref}` : null;
    }
    default:
      return null;
  }
}
