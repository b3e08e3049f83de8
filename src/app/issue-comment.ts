import type { Context } from "probot";
import { clientsFor, type Octokit, type Repo } from "./github.js";
import { checkPull, type Deps, pullTarget } from "./run.js";

export type Command = "recheck" | "help";

/**
 * The command of a comment: a line that is exactly `/speckit recheck` or `/speckit help`
 * (any case, surrounding spaces allowed). Quoted lines (`> /speckit recheck`) do not count.
 */
export function commandOf(body: string | null | undefined): Command | null {
  for (const raw of (body ?? "").split(/\r?\n/)) {
    const match = /^\s*\/speckit\s+(recheck|help)\s*$/i.exec(raw);
    if (match) return (match[1] ?? "").toLowerCase() as Command;
  }
  return null;
}

export const HELP = [
  "**speckit-gate** checks the implementation plans this pull request changes against the repository's constitution, and reports on the `speckit-gate` check and in one summary comment.",
  "",
  "| Command | What it does |",
  "| --- | --- |",
  "| `/speckit recheck` | Runs the check again on the current head commit (the author of the pull request, or anyone with write access). |",
  "| `/speckit help` | Shows this message. |",
  "",
  "Pressing **Re-run** on the check does the same as `/speckit recheck`. The configuration lives in `.github/speckit.yml` on the default branch; each finding links to its rule's page.",
].join("\n");

const WRITERS = new Set(["admin", "maintain", "write"]);

/** Whether a user may ask for a recheck: the pull request's author, or anyone who can write to the repository. */
async function mayRecheck(
  octokit: Octokit,
  repo: Repo,
  login: string,
  author: string | undefined,
): Promise<boolean> {
  if (login === author) return true;
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: login,
    });
    return WRITERS.has(data.role_name) || WRITERS.has(data.permission);
  } catch (error) {
    // 404: not a collaborator (or an account that no longer exists).
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}

/** `issue_comment.created`: `/speckit recheck` and `/speckit help` on pull requests. */
export async function issueComment(
  context: Context<"issue_comment.created">,
  deps: Deps,
): Promise<void> {
  const { payload } = context;
  const { issue, comment, repository } = payload;
  if (!issue.pull_request) return; // a plain issue
  if (comment.user?.type === "Bot") return; // bots, this app included
  const command = commandOf(comment.body);
  if (command === null) return;
  const repo: Repo = { owner: repository.owner.login, repo: repository.name };
  const { octokit } = clientsFor(context);
  const react = async (): Promise<void> => {
    await octokit.rest.reactions.createForIssueComment({
      ...repo,
      comment_id: comment.id,
      content: "eyes",
    });
  };

  if (command === "help") {
    await react();
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: issue.number,
      body: HELP,
    });
    return;
  }

  const login = comment.user?.login ?? "";
  if (!(await mayRecheck(octokit, repo, login, issue.user?.login))) {
    context.log.info(`ignoring /speckit recheck from ${login}: not the author and no write access`);
    return;
  }
  const { data: pull } = await octokit.rest.pulls.get({
    ...repo,
    pull_number: issue.number,
  });
  if (pull.state !== "open") {
    context.log.info(`ignoring /speckit recheck on closed pull request #${issue.number}`);
    return;
  }
  await checkPull(context, deps, pullTarget(repo, repository.html_url, pull), {
    afterCheck: react,
  });
}
