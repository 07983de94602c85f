import type { TFunction } from 'i18next';
import type { UndoEntry } from '@shared/domain/history';

type Verb = 'add' | 'change' | 'delete' | 'move' | 'split' | 'rate' | 'import' | 'link' | 'unlink';

/** Channels whose change is better said by what the user did than by "add", "change" or "delete". */
const channelVerbs: [RegExp, Verb][] = [
  [/^(step\.move|workshop\.moveStep)$/, 'move'],
  [/^workshop\.captureStep$/, 'add'],
  [/^step\.split$/, 'split'],
  [/^(assessment\.setScores|workshop\.rate)$/, 'rate'],
  [/\.applyImport$/, 'import'],
  [/^review\.linkStep$/, 'link'],
  [/^review\.unlinkStep$/, 'unlink'],
];

const actionVerbs: Record<UndoEntry['action'], Verb> = { create: 'add', update: 'change', delete: 'delete' };

/** What an undo or redo takes back, in a few words: "move “Publish the SLA report”". */
export function describeUndoEntry(entry: UndoEntry, t: TFunction): string {
  if (entry.channel === 'app.loadSampleData') return t('undo.loadSample');
  const verb =
    channelVerbs.find(([pattern]) => pattern.test(entry.channel))?.[1] ?? actionVerbs[entry.action];
  if (verb === 'rate') return t('undo.rate');
  return entry.label
    ? t('undo.named', { verb: t(`undo.verbs.${verb}`), label: entry.label })
    : t('undo.unnamed', { verb: t(`undo.verbs.${verb}`), thing: t(`undo.things.${entry.entity}`) });
}
