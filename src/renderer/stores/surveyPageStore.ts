import { create } from 'zustand';
import { positionAfterStep } from '@shared/calc/order';
import type { EntityName } from '@shared/domain/history';
import type { ResponseMapping } from '@shared/domain/surveyImport';
import type { Answer, SurveyItem, SurveyPage, SurveyResponse } from '@shared/domain/surveys';
import { call } from '../api';
import { listLoader, notLoaded, type Loadable } from './loadable';

interface SurveyPageState extends Loadable {
  surveyId: string | null;
  /** The campaign on screen: the survey whole, its team and the gaps of the team's campaigns. */
  page: SurveyPage | null;
  /** Shows another campaign (or the same one, reloaded if it failed). */
  open(surveyId: string): Promise<void>;
  load(): Promise<void>;
  reload(): Promise<void>;
  /** Saves a respondent's row of the grid: a new response, or the changes to one. */
  saveResponse(id: string | null, fields: { respondent: string; answers: Answer[] }): Promise<SurveyResponse>;
  /** Moves a dimension or an item one place up or down among its siblings. */
  move(kind: 'dimension' | 'item', id: string, direction: 'up' | 'down'): Promise<void>;
  previewImport(): Promise<Awaited<ReturnType<typeof previewImport>>>;
  checkImport(token: string, mapping: ResponseMapping): ReturnType<typeof checkImport>;
  applyImport(token: string, mapping: ResponseMapping): ReturnType<typeof applyImport>;
}

const previewImport = (surveyId: string) => call('surveyResponse.previewImport', { surveyId });
const checkImport = (token: string, mapping: ResponseMapping) =>
  call('surveyResponse.checkImport', { token, mapping });
const applyImport = (token: string, mapping: ResponseMapping) =>
  call('surveyResponse.applyImport', { token, mapping });

export const useSurveyPageStore = create<SurveyPageState>()((set, get) => {
  const loader = listLoader(
    set,
    get,
    () => call('survey.page', { id: get().surveyId ?? '' }),
    (page) => ({ page }),
  );
  const surveyId = () => {
    const id = get().surveyId;
    if (id === null) throw new Error('No survey is open.');
    return id;
  };
  return {
    ...notLoaded,
    surveyId: null,
    page: null,
    ...loader,
    open: async (id) => {
      if (get().surveyId !== id) set({ surveyId: id, page: null, ...notLoaded });
      await loader.load();
    },
    saveResponse: async (id, fields) => {
      const response =
        id === null
          ? await call('surveyResponse.create', { surveyId: surveyId(), ...fields })
          : await call('surveyResponse.update', { id, patch: fields });
      // In place at once, so that the grid shows the saved row before the page reloads.
      const page = get().page;
      if (page && page.survey.id === response.surveyId) {
        const others = page.survey.responses.filter((r) => r.id !== response.id);
        const responses =
          id === null
            ? [...others, response]
            : page.survey.responses.map((r) => (r.id === id ? response : r));
        set({ page: { ...page, survey: { ...page.survey, responses } } });
      }
      return response;
    },
    move: async (kind, id, direction) => {
      const page = get().page;
      if (!page) return;
      const { dimensions, items } = page.survey;
      const item = items.find((i) => i.id === id);
      const siblings: { id: string; position: number }[] =
        kind === 'dimension' ? dimensions : items.filter((i) => i.dimensionId === item?.dimensionId);
      const position = positionAfterStep(siblings, id, direction);
      if (position === null) return;
      await (kind === 'dimension'
        ? call('surveyDimension.update', { id, patch: { position } })
        : call('surveyItem.update', { id, patch: { position } }));
    },
    previewImport: () => previewImport(surveyId()),
    checkImport,
    applyImport,
  };
});

/** The entities the campaign screen shows: a change to any of them reloads it. */
const shown: EntityName[] = ['survey', 'surveyDimension', 'surveyItem', 'surveyResponse', 'team'];

/** Reloads the campaign on screen when main says its data changed (an edit, an import, an undo). */
export const followSurveyPageChanges = (): (() => void) =>
  window.api.on('data.changed', ({ entities }) => {
    if (entities.some((entity) => shown.includes(entity))) void useSurveyPageStore.getState().reload();
  });

/** The survey's items, numbered Q1, Q2… in the questionnaire's order, as the grid and imports name them. */
export const numberedItems = (items: readonly SurveyItem[]) =>
  new Map(items.map((item, i) => [item.id, i + 1]));
