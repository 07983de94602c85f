import type { TFunction } from 'i18next';
import type { ApiError } from './api';
import { en } from './i18n/en';

type Reason = keyof typeof en.errors.reason;
export type Field = keyof typeof en.fields;

/**
 * The core words its validation messages in English for developers; the UI recognises the few a form
 * can produce and says them in the user's language.
 */
const reasons: [RegExp, Reason][] = [
  [/must not be empty|required/i, 'empty'],
  [/at most [\d,]+ characters/i, 'tooLong'],
  [/must be a date/i, 'date'],
  [/must not end before it starts/i, 'period'],
  [/must be a colour/i, 'colour'],
  [/image/i, 'image'],
  [/must be an id/i, 'choose'],
];

const reasonOf = (message: string): Reason =>
  reasons.find(([pattern]) => pattern.test(message))?.[1] ?? 'notValid';

const isField = (name: string): name is Field => Object.hasOwn(en.fields, name);

/** What went wrong, in plain words in the user's language. */
export function describeError(error: ApiError, t: TFunction): string {
  switch (error.code) {
    case 'invalid-input': {
      const field = error.field;
      if (field === undefined) return t('errors.invalidInput');
      const name = field.split('.')[0] ?? field;
      return t('errors.invalidField', {
        field: isField(name) ? t(`fields.${name}`) : field,
        reason: t(`errors.reason.${reasonOf(error.message)}`),
      });
    }
    case 'not-found':
      return t('errors.notFound');
    case 'conflict':
      return t('errors.conflict');
    case 'unknown-channel':
      return t('errors.unknownChannel');
    case 'database-newer':
      return t('errors.databaseNewer');
    case 'disk-full':
      return t('recovery.errors.diskFull');
    case 'read-only':
      return t('recovery.errors.readOnly');
    case 'recovery-needed':
      return t('recovery.errors.recoveryNeeded');
    case 'damaged':
      return t('recovery.errors.damaged');
    case 'internal':
      return t('errors.internal');
  }
}
