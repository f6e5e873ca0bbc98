/** An input problem that names where it happened, printed as `file:line: reason`. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'InputError';
  }
}
