import { randomUUID } from 'node:crypto';
import { DomainError } from '@shared/result';

interface Entry {
  kind: string;
  value: unknown;
  expiresAt: number;
}

/**
 * Files read for a preview, kept in main until the user confirms the import: the renderer holds only
 * the token. Entries expire, and only a few are kept, so an abandoned preview does not hold memory.
 */
export class PreviewStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly lifetimeMs = 30 * 60_000,
    private readonly capacity = 8,
  ) {}

  put(kind: string, value: unknown): string {
    this.dropExpired();
    while (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    const token = randomUUID();
    this.entries.set(token, { kind, value, expiresAt: this.clock() + this.lifetimeMs });
    return token;
  }

  /** The value a token stands for; the caller says which kind it expects, so tokens are not mixed up. */
  get<T>(kind: string, token: string): T {
    this.dropExpired();
    const entry = this.entries.get(token);
    if (!entry || entry.kind !== kind) {
      throw new DomainError(
        'not-found',
        'This preview has expired or was already imported: open the file again.',
        'token',
      );
    }
    return entry.value as T;
  }

  delete(token: string): void {
    this.entries.delete(token);
  }

  /** Forgets every preview: the data they were read against has been replaced. */
  clear(): void {
    this.entries.clear();
  }

  private dropExpired(): void {
    const now = this.clock();
    for (const [token, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(token);
  }
}
