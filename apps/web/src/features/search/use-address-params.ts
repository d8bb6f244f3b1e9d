import { useCallback, useEffect, useState } from 'react';
import { NavigateOptions, useSearchParams } from 'react-router';

/**
 * The address's parameters, as `useSearchParams`, except that a change shows at once: the router commits
 * a new address in a transition, and until then a select or radio bound to it would spring back to its
 * old value for a moment (and a screen reader would say so).
 */
export function useAddressParams(): [
  URLSearchParams,
  (next: URLSearchParams, options?: NavigateOptions) => void,
] {
  const [params, setParams] = useSearchParams();
  const [pending, setPending] = useState<URLSearchParams | null>(null);
  const address = params.toString();
  // Once the address changed (to this value, or elsewhere by going back), it is the truth again.
  useEffect(() => setPending(null), [address]);
  const set = useCallback(
    (next: URLSearchParams, options?: NavigateOptions) => {
      setPending(next);
      setParams(next, options);
    },
    [setParams],
  );
  return [pending ?? params, set];
}
