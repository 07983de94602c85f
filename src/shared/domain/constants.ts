/**
 * The domain's fixed choices and defaults, apart from the zod schemas built on them: the renderer offers
 * and reads them without loading zod, which the window would otherwise parse and run as it opens.
 */
import type { Language, Settings } from './settings';

export const planStatuses = ['draft', 'active', 'on-hold', 'completed', 'cancelled'] as const;
export const stepStatuses = ['idea', 'todo', 'doing', 'done', 'dropped'] as const;
export const reviewKinds = ['workshop', 'progress', 'steering'] as const;
export const reviewStepActions = ['created', 'moved', 'closed'] as const;
export const assessmentSources = ['workshop', 'self', 'audit'] as const;
export const surveyStatuses = ['draft', 'open', 'closed'] as const;
export const answerSides = ['expectation', 'perception'] as const;
export const languages = ['en', 'fr'] as const;

/**
 * The first of the user's languages, most preferred first (BCP 47 tags: `fr-CA`, `en`), that the app
 * speaks; English when it speaks none of them.
 */
export const preferredLanguage = (tags: readonly string[]): Language =>
  tags
    .map((tag) => choiceOf(languages, tag.split(/[-_]/)[0]?.toLowerCase()))
    .find((language) => language !== undefined) ?? 'en';

export const spreadsheetFormats = ['xlsx', 'csv-steps', 'csv-assessments'] as const;

/** The step fields a column of a CSI register can fill. Priority has no field: it goes in the description. */
export const registerFields = [
  'title',
  'description',
  'owner',
  'status',
  'priority',
  'dimension',
  'startDate',
  'dueDate',
  'doneDate',
  'effortDays',
  'cost',
  'outcome',
] as const;

/** How many of a register's first rows its preview shows; the counts cover every row. */
export const registerPreviewRows = 100;

export const defaultSettings: Settings = {
  language: 'en',
  userName: '',
  organisationName: '',
  organisationLogo: null,
};

/** The one of `choices` that `value` names, if it names one: how an address's parameter is read. */
export const choiceOf = <T extends string>(choices: readonly T[], value: unknown): T | undefined =>
  choices.find((choice) => choice === value);
