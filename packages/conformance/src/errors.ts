/** The kit could not run (exit code 2): an unreachable platform, a TLS error, a bad tokens file, a login page. */
export class CannotRunError extends Error {
  override name = "CannotRunError";
}
