/** An assessment being edited in the grid, and what saving it sends. */
import type { AssessmentDetail, AssessmentSource } from '@shared/domain/assessments';

export interface AssessmentDraft {
  date: string;
  source: AssessmentSource;
  assessor: string;
  note: string;
  /** The level given to each dimension rated; a dimension left out is not rated. */
  levels: Readonly<Record<string, number>>;
  evidence: Readonly<Record<string, string>>;
}

/** The draft of a saved assessment, or of a new one dated `today` by `assessor`, not rated yet. */
export function draftOf(
  assessment: AssessmentDetail | undefined,
  defaults: { today: string; assessor: string },
): AssessmentDraft {
  if (!assessment) {
    return {
      date: defaults.today,
      source: 'self',
      assessor: defaults.assessor,
      note: '',
      levels: {},
      evidence: {},
    };
  }
  return {
    date: assessment.date,
    source: assessment.source,
    assessor: assessment.assessor,
    note: assessment.note,
    levels: Object.fromEntries(assessment.scores.map((score) => [score.dimensionId, score.level])),
    evidence: Object.fromEntries(assessment.scores.map((score) => [score.dimensionId, score.evidence])),
  };
}

/** The scores to save: one per dimension rated, with its evidence (evidence alone is not a score). */
export function scoresOf(draft: AssessmentDraft) {
  return Object.entries(draft.levels).map(([dimensionId, level]) => ({
    dimensionId,
    level,
    evidence: draft.evidence[dimensionId]?.trim() ?? '',
  }));
}

/** The fields of the assessment itself that differ from what is saved. */
export function changedFields(draft: AssessmentDraft, saved: AssessmentDraft) {
  const fields = ['date', 'source', 'assessor', 'note'] as const;
  return Object.fromEntries(fields.filter((f) => draft[f] !== saved[f]).map((f) => [f, draft[f]]));
}

const scoresKey = (draft: AssessmentDraft) =>
  JSON.stringify(scoresOf(draft).sort((a, b) => a.dimensionId.localeCompare(b.dimensionId)));

export const scoresChanged = (draft: AssessmentDraft, saved: AssessmentDraft) =>
  scoresKey(draft) !== scoresKey(saved);

export const isDirty = (draft: AssessmentDraft, saved: AssessmentDraft) =>
  scoresChanged(draft, saved) || Object.keys(changedFields(draft, saved)).length > 0;

/** Sets or clears one dimension's level. */
export function withLevel(
  draft: AssessmentDraft,
  dimensionId: string,
  level: number | null,
): AssessmentDraft {
  const { [dimensionId]: _removed, ...others } = draft.levels;
  return { ...draft, levels: level === null ? others : { ...others, [dimensionId]: level } };
}

/** Rates each of `dimensionIds` not rated yet at its previous level, if it has one: to change only what moved. */
export function withPreviousLevels(
  draft: AssessmentDraft,
  previous: ReadonlyMap<string, { level: number }>,
  dimensionIds: readonly string[],
): AssessmentDraft {
  const levels = { ...draft.levels };
  for (const id of dimensionIds) {
    const before = previous.get(id);
    if (before) levels[id] ??= before.level;
  }
  return { ...draft, levels };
}
