import type { TFunction } from 'i18next';
import type { Language } from '@shared/domain/settings';
import { formatNumber } from '../../../format';

/** An effort in days as a card shows it: "2 d", "0.5 d" ("2 j" in French). */
export const effortText = (t: TFunction, days: number, language: Language) =>
  t('planSteps.effortDays', { value: formatNumber(days, language, 2) });
