import { create } from 'zustand';
import type { Input } from '@shared/contract';
import type { Survey, SurveyDetail } from '@shared/domain/surveys';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface SurveyState extends Loadable {
  /** Latest campaigns first. */
  surveys: Survey[];
  load(): Promise<void>;
  reload(): Promise<void>;
  /** A new campaign with the SERVQUAL dimensions and items. */
  createFromTemplate(input: Input<'survey.createFromTemplate'>): Promise<SurveyDetail>;
}

export const useSurveyStore = create<SurveyState>()((set, get) => ({
  ...notLoaded,
  surveys: [],
  ...listLoader(
    set,
    get,
    () => call('survey.list', {}),
    (surveys) => ({ surveys }),
  ),
  createFromTemplate: (input) => call('survey.createFromTemplate', input),
}));

export const surveysOfTeam = (surveys: readonly Survey[], teamId: string) =>
  surveys.filter((survey) => survey.teamId === teamId);
