/** A mistake in how the CLI or the Action was called or configured: reported in one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
