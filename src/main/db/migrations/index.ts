import type { Migration } from '../migrate';
import { initialSchema } from './001-initial-schema';
import { builtInModels } from './002-builtin-models';
import { stepIndexes } from './003-step-indexes';
import { levelSummary } from './004-level-summary';

/** In order; never edit one that has shipped: add the next. */
export const migrations: readonly Migration[] = [initialSchema, builtInModels, stepIndexes, levelSummary];
