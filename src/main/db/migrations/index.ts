import type { Migration } from '../migrate';
import { initialSchema } from './001-initial-schema';
import { builtInModels } from './002-builtin-models';
import { stepIndexes } from './003-step-indexes';
import { levelSummary } from './004-level-summary';
import { levelSummaryTriggers } from './005-level-summary-triggers';
import { targetPaces } from './006-target-paces';
import { targetPaceLevels } from './007-target-pace-levels';
import { levelTrends } from './008-level-trends';
import { levelsFromScores } from './009-levels-from-scores';
import { levelsNow } from './010-levels-now';
import { historyWithoutEntityIndex } from './011-history-without-entity-index';
import { historyBatchesBySeq } from './012-history-batches-by-seq';
import { historyByPlanWherePlanned } from './013-history-by-plan-where-planned';
import { stepsByTargetOnce } from './014-steps-by-target-once';
import { compactLevelSpans } from './015-compact-level-spans';
import { pacesFollowLevelsInPlace } from './016-paces-follow-levels-in-place';

/** In order; never edit one that has shipped: add the next. */
export const migrations: readonly Migration[] = [
  initialSchema,
  builtInModels,
  stepIndexes,
  levelSummary,
  levelSummaryTriggers,
  targetPaces,
  targetPaceLevels,
  levelTrends,
  levelsFromScores,
  levelsNow,
  historyWithoutEntityIndex,
  historyBatchesBySeq,
  historyByPlanWherePlanned,
  stepsByTargetOnce,
  compactLevelSpans,
  pacesFollowLevelsInPlace,
];
