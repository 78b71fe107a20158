/** The message of anything thrown, for a sentence that names what failed. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
