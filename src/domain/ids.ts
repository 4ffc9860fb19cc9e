// Identifiers for records created in the app.

/** A random identifier, unique enough for local records (uses the platform's secure random source). */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}
