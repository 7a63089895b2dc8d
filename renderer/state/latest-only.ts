/**
 * Guards against stale answers: when requests overlap (typing fast, a refresh racing a
 * page load), only the answer to the newest request may update the store.
 */
export interface LatestOnly {
  /** Starts a request; the returned function tells whether it is still the newest one. */
  begin(): () => boolean;
}

export function latestOnly(): LatestOnly {
  let newest = 0;
  return {
    begin() {
      const mine = ++newest;
      return () => mine === newest;
    },
  };
}
