import type { Channel, Output, ParsedInput } from '@shared/contract';
import type { Db } from '../db/connection';
import type { ChangeWriter } from '../store/changes';

export interface HandlerContext {
  db: Db;
  /** Writes rows and records them in the change history, in this call's transaction. */
  changes: ChangeWriter;
  /** This call's clock, as an ISO instant and as a calendar day. */
  now: string;
  today: string;
}

export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: HandlerContext) => Output<C>;
export type Handlers = { [C in Channel]: Handler<C> };

/** Declares the handlers of one domain; the core checks that together they cover the contract. */
export const defineHandlers = <K extends Channel>(handlers: { [C in K]: Handler<C> }) => handlers;
