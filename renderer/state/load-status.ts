/** Where an asynchronous piece of state stands; `error` holds the failure to show. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';
