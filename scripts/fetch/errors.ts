/**
 * A download that failed for a reason the user can act on (HTTP status, network, size or
 * hash mismatch). The CLI prints the message and exits 1; anything else is a bug and is
 * left to crash with its stack.
 */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

/** A bad command line (release name, base URL, --sha256, --size): the CLI exits 2 with usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
