import { RefObject, useCallback, useEffect, useState } from 'react';

/**
 * Moves the focus to an element once the next render is on screen: for a button that only exists again
 * after a form closes (after "Save" or "Cancel", the focus returns to "Edit").
 */
export function useFocusAfterRender(): (target: RefObject<HTMLElement | null>) => void {
  const [target, setTarget] = useState<{ ref: RefObject<HTMLElement | null> } | null>(null);
  useEffect(() => {
    if (!target) return;
    target.ref.current?.focus();
    setTarget(null);
  }, [target]);
  return useCallback((ref) => setTarget({ ref }), []);
}
