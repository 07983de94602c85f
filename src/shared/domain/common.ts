import { z } from 'zod';

// Zod probes `new Function` to speed up parsing; the app's CSP forbids eval, so it must not even try.
// Every schema of the app imports this module, so the setting is in place before any of them parses.
z.config({ jitless: true });

export const Id = z.uuid({ error: 'must be an id (UUID)' });
/** A calendar day, `YYYY-MM-DD`: plans, targets and steps are dated by day, not by instant. */
export const Day = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
export const Instant = z.iso.datetime({ offset: true });
export const Name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const ShortText = z.string().trim().max(200, 'must be at most 200 characters');
export const LongText = z.string().max(20_000, 'must be at most 20,000 characters');
export const Money = z.number().finite().min(0).max(1e12);
export const EffortDays = z.number().finite().min(0).max(10_000);
/** A level on a maturity scale; scales run from 0 up to at most 10. */
export const Level = z.number().int().min(0).max(10);
export const Key = z
  .string()
  .trim()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes');
export const Colour = z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour like #1f6feb');
export const Position = z.number().finite();

export const Timestamps = { createdAt: Instant, updatedAt: Instant };

/** Every change input names the row and carries the fields to change; absent fields are kept. */
export const patchOf = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject({ id: Id, patch: z.strictObject(shape).partial() });

export const ById = z.strictObject({ id: Id });
export type ById = z.infer<typeof ById>;
