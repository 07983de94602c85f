/** How the campaign screens write gaps and scores, and word the core's refusals particular to surveys. */
import type { TFunction } from 'i18next';
import type { Language } from '@shared/domain/settings';
import type { ApiError } from '../../api';
import { describeError } from '../../errors';
import { localeOf } from '../../format';

/** A gap with its sign, two decimals: "−1.25", "+0.40", "0.00" (a true minus sign, in every language). */
export const formatGap = (gap: number, language: Language, decimals = 2) =>
  new Intl.NumberFormat(localeOf(language), {
    signDisplay: 'exceptZero',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })
    .format(gap)
    .replace('-', '\u2212');

/** A mean score on the survey's scale, two decimals. */
export const formatScore = (score: number, language: Language) =>
  new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    score,
  );

/** An item's wording in the user's language when the survey has it, else as written. */
export const itemText = (item: { text: string; textFr: string }, language: Language) =>
  language === 'fr' && item.textFr.trim() ? item.textFr : item.text;

/** A refusal of a survey form in plain words: the few the core words for surveys, else the usual ones. */
export function describeSurveyError(error: ApiError, t: TFunction): string {
  if (error.code === 'invalid-input' && /outside this scale/.test(error.message))
    return t('survey.errors.scaleHasAnswers');
  if (error.code === 'invalid-input' && error.field === 'weights') return t('survey.errors.weights');
  if (error.code === 'conflict' && /still holds items/.test(error.message))
    return t('survey.errors.dimensionHasItems');
  return describeError(error, t);
}
