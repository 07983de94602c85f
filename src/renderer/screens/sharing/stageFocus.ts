import { useEffect, useRef } from 'react';

/**
 * For a dialog that goes through stages (reading, preview, result): when the stage changes, focus moves
 * to the control the stage marks `data-autofocus`, as the dialog does when it opens.
 */
export function useStageFocus(stage: string) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [stage]);
  return ref;
}
