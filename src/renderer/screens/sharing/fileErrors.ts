import type { TFunction } from 'i18next';
import type { ApiError } from '../../api';
import { describeError } from '../../errors';

/** The core's reasons for refusing a file, recognised from its words, as the user's language says them. */
const reasons: [RegExp, (t: TFunction) => string][] = [
  [/another version/i, (t) => t('sharing.fileReasons.version')],
  [/larger than|too large/i, (t) => t('sharing.fileReasons.tooLarge')],
  [/not a plan file|not UTF-8/i, (t) => t('sharing.fileReasons.notPlanFile')],
  [/old Excel/i, (t) => t('sharing.fileReasons.oldExcel')],
  [/must be a date/i, (t) => t('errors.reason.date')],
  [/at most [\d,]+ characters/i, (t) => t('errors.reason.tooLong')],
  [/required/i, (t) => t('sharing.fileReasons.missing')],
];

export interface FileProblem {
  /** What happened, in the user's language: the field at fault and why. */
  summary: string;
  /** The core's own words, for whoever fixes the file, when they name the exact rule. */
  detail: string | null;
}

/**
 * Why an import refused a file. A refused field is named by its path in the file (`steps.3.dueDate`);
 * other failures (main could not read the file, something broke) are told as any other error.
 */
export function describeFileProblem(
  error: ApiError,
  t: TFunction,
  kind: 'planFile' | 'register',
): FileProblem {
  if (error.code !== 'invalid-input' && error.code !== 'conflict') {
    return { summary: describeError(error, t), detail: null };
  }
  const field = error.path && error.path !== 'file' ? error.path : null;
  const recognised = reasons.find(([pattern]) => pattern.test(error.message))?.[1](t);
  const reason =
    error.code === 'conflict'
      ? t('sharing.fileReasons.conflict')
      : (recognised ??
        (field
          ? t('errors.reason.notValid')
          : t(
              kind === 'planFile' ? 'sharing.fileReasons.notPlanFile' : 'sharing.fileReasons.notSpreadsheet',
            )));
  return {
    summary: field ? t('sharing.refusedField', { field, reason }) : t('sharing.refusedReason', { reason }),
    // The core's words say more than ours where a field is at fault or the reason was not recognised.
    detail: field !== null || recognised === undefined ? error.message : null,
  };
}
