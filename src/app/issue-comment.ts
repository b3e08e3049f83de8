import type { Context } from "probot";
import { clientsFor, listComments, type Octokit, type Repo } from "./github.js";
import { checkPull, type Deps, pullTarget, repoKey } from "./run.js";

export type Command = "recheck" | "help";

/** A fence opening a code block: up to three spaces, then three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The command of a comment: a line that is exactly `/speckit recheck` or `/speckit help`
 * (any case, surrounding spaces allowed, at most three spaces of indent). Lines that GitHub
 * shows as something else do not count: inside a fenced code block, an indented code block,
 * a quote, or an HTML comment; inline code (`` `/speckit recheck` ``) is not a whole line.
 * One pass over the lines.
 */
export function commandOf(body: string | null | undefined): Command | null {
  let fence: { readonly char: string; readonly length: number } | null = null;
  let inComment = false;
  let previousBlank = true;
  for (const line of (body ?? "").split(/\r?\n/)) {
    const blank = line.trim() === "";
    if (fence) {
      const close = FENCE.exec(line);
      if (
        close &&
        close[1]![0] === fence.char &&
        close[1]!.length >= fence.length &&
        line.slice(close[0].length).trim() === ""
      ) {
        fence = null;
      }
      previousBlank = blank;
      continue;
    }
    if (inComment) {
      if (line.includes("-->")) inComment = false;
      previousBlank = blank;
      continue;
    }
    const open = FENCE.exec(line);
    // A backtick fence's info string has no backtick; otherwise it is inline code.
    if (open && !(open[1]![0] === "`" && line.slice(open[0].length).includes("`"))) {
      fence = { char: open[1]![0]!, length: open[1]!.length };
      previousBlank = false;
      continue;
    }
    const comment = line.lastIndexOf("<!--");
    if (comment >= 0 && !line.slice(comment).includes("-->")) inComment = true;
    // An indented code block starts after a blank line.
    const indented = /^(?: {4}|\t)/.test(line) && previousBlank;
    previousBlank = blank;
    if (indented) continue;
    const match = /^ {0,3}\/speckit[ \t]+(recheck|help)[ \t]*$/i.exec(line);
    if (match) return (match[1] ?? "").toLowerCase() as Command;
  }
  return null;
}

export const HELP = [
  "**speckit-gate** checks the implementation plans this pull request changes against the repository's constitution, and reports on the `speckit-gate` check and in one summary comment.",
  "",
  "| Command | What it does |",
  "| --- | --- |",
  "| `/speckit recheck` | Runs the check again on the current head commit. |",
  "| `/speckit help` | Points to this message (it is posted once per pull request, then kept up to date). |",
  "",
  "The author of the pull request and anyone with write access can use them, on a line of their own, outside quotes and code blocks.",
  "",
  "Pressing **Re-run** on the check does the same as `/speckit recheck`. The configuration lives in `.github/speckit.yml` on the default branch; each finding links to its rule's page.",
].join("\n");

/** Marks the one help comment per pull request, with the app's login. */
export const HELP_MARKER = "<!-- speckit-gate:help -->";

const WRITERS = new Set(["admin", "maintain", "write"]);

/** How long a user's permission answer is trusted: a flood of commands costs one request per user. */
const PERMISSION_TTL_MS = 10 * 60 * 1000;

/** Whether a user may give commands: the pull request's author, or anyone who can write to the repository. */
async function mayCommand(
  octokit: Octokit,
  deps: Deps,
  repo: Repo,
  login: string,
  author: string | undefined,
): Promise<boolean> {
  if (login === author) return true;
  const key = `${repoKey(repo)}:${login.toLowerCase()}`;
  const known = deps.state.permissions.get(key);
  if (known && deps.state.now() - known.at < PERMISSION_TTL_MS) return known.allowed;
  let allowed: boolean;
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
      ...repo,
      username: login,
    });
    allowed = WRITERS.has(data.role_name) || WRITERS.has(data.permission);
  } catch (error) {
    // 404: not a collaborator (or an account that no longer exists).
    if ((error as { status?: number }).status !== 404) throw error;
    allowed = false;
  }
  deps.state.permissions.set(key, { allowed, at: deps.state.now() });
  return allowed;
}

/**
 * Answers `/speckit help` with one comment per pull request: posted the first time, edited
 * when the text changed, and otherwise pointed to with a reaction on the command. At most one
 * write (two when the text changed) per answer.
 */
async function answerHelp(
  octokit: Octokit,
  deps: Deps,
  repo: Repo,
  issueNumber: number,
  commentId: number,
): Promise<void> {
  const body = `${HELP_MARKER}\n${HELP}`;
  const login = await deps.botLogin();
  const existing = (await listComments(octokit, repo, issueNumber)).find(
    (c) => c.login === login && c.body.startsWith(HELP_MARKER),
  );
  if (!existing) {
    await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return;
  }
  if (existing.body !== body) {
    await octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
  }
  await octokit.rest.reactions.createForIssueComment({
    ...repo,
    comment_id: commentId,
    content: "eyes",
  });
}

/**
 * `issue_comment.created`: `/speckit recheck` and `/speckit help` on open pull requests, from
 * the pull request's author or someone with write access, never from bots; each rate-limited
 * per pull request before it costs a write.
 */
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
  const where = `${repoKey(repo)}#${issue.number}`;
  if (issue.state !== "open") {
    context.log.info(`ignoring /speckit ${command} on closed pull request ${where}`);
    return;
  }
  const { octokit } = clientsFor(context);
  const login = comment.user?.login ?? "";
  if (!(await mayCommand(octokit, deps, repo, login, issue.user?.login))) {
    context.log.info(
      `ignoring /speckit ${command} from ${login}: not the author and no write access`,
    );
    return;
  }
  const limiter = command === "help" ? deps.state.help : deps.state.recheck;
  if (!limiter.allow(where)) {
    context.log.info(`ignoring /speckit ${command} on ${where}: answered recently (rate limit)`);
    return;
  }

  if (command === "help") {
    await answerHelp(octokit, deps, repo, issue.number, comment.id);
    return;
  }

  const { data: pull } = await octokit.rest.pulls.get({
    ...repo,
    pull_number: issue.number,
  });
  if (pull.state !== "open") {
    context.log.info(`ignoring /speckit recheck on closed pull request ${where}`);
    return;
  }
  await checkPull(context, deps, pullTarget(repo, repository.html_url, pull), {
    afterCheck: async () => {
      await octokit.rest.reactions.createForIssueComment({
        ...repo,
        comment_id: comment.id,
        content: "eyes",
      });
    },
  });
}
