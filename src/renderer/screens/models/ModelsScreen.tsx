import { useEffect, useRef } from 'react';
import { pageTitleId } from '../../components/PageHeader';
import { useRouteStore } from '../../stores/routeStore';
import { ModelList } from './ModelList';
import { ModelView } from './ModelView';

/** `#/models` lists the maturity models; `#/models/<id>` shows one, to read or to edit. */
export function ModelsScreen() {
  const modelId = useRouteStore((state) => state.route.params.id);
  const shown = useRef(modelId);

  // The list and a model are one screen to the app frame: moving between them focuses the title here.
  useEffect(() => {
    if (shown.current === modelId) return;
    shown.current = modelId;
    document.getElementById(pageTitleId)?.focus();
  }, [modelId]);

  return modelId ? <ModelView key={modelId} modelId={modelId} /> : <ModelList />;
}
