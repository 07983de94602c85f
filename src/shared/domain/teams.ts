import { z } from 'zod';
import { Colour, Id, Name, ShortText, Timestamps, patchOf } from './common';

export const Team = z.object({
  id: Id,
  name: Name,
  client: ShortText,
  serviceScope: ShortText,
  colour: Colour,
  archived: z.boolean(),
  ...Timestamps,
});
export type Team = z.infer<typeof Team>;

const editable = { name: Name, client: ShortText, serviceScope: ShortText, colour: Colour };
export const TeamCreate = z.strictObject({
  ...editable,
  client: ShortText.default(''),
  serviceScope: ShortText.default(''),
  colour: Colour.default('#2f6fdf'),
});
export type TeamCreate = z.input<typeof TeamCreate>;
export const TeamUpdate = patchOf(editable);
export type TeamUpdate = z.infer<typeof TeamUpdate>;

export const TeamListQuery = z.strictObject({ includeArchived: z.boolean().default(false) });

/** A team as the teams screen lists it. */
export const TeamSummary = Team.extend({ planCount: z.number().int(), activePlanCount: z.number().int() });
export type TeamSummary = z.infer<typeof TeamSummary>;
