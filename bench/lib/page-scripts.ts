/**
 * Code that runs inside the page, kept as text: the bench compiles for Node (no DOM
 * types), and the page needs nothing from it but these few lines.
 */

/** Records the time of every keydown and of every change under the list pane. */
export const INSTALL_RECORDER = `(() => {
  const listbox = document.querySelector('[role=listbox]');
  const pane = listbox ? listbox.parentElement : document.body;
  const state = { keyAt: 0, lastChange: 0 };
  window.__rapportBench = state;
  new MutationObserver(() => { state.lastChange = performance.now(); })
    .observe(pane, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener('keydown', () => { state.keyAt = performance.now(); state.lastChange = 0; }, true);
  return true;
})()`;

/**
 * Waits until the list has been quiet for a while after a key, and answers how long after
 * the key its last change came (null when it did not change at all).
 */
export const KEY_TO_SETTLED = `new Promise((resolve) => {
  const state = window.__rapportBench;
  const quietMs = 300;
  const give = performance.now() + 3000;
  const poll = () => {
    const now = performance.now();
    if (state.lastChange > 0 && now - state.lastChange >= quietMs) return resolve(state.lastChange - state.keyAt);
    if (now > give) return resolve(state.lastChange > 0 ? state.lastChange - state.keyAt : null);
    setTimeout(poll, 20);
  };
  poll();
})`;

/** Scrolls the list to its very end a step per frame and answers every frame's length. */
export function scrollToEnd(totalRows: number, stepPx: number, limitMs: number): string {
  return `new Promise((resolve) => {
    const listbox = document.querySelector('[role=listbox]');
    const frames = [];
    const started = performance.now();
    let last = started;
    const step = (now) => {
      frames.push(now - last);
      last = now;
      listbox.scrollTop = listbox.scrollTop + ${stepPx};
      // aria-setsize counts rows not loaded yet; the last rendered row's position is how far we are.
      let loaded = 0;
      for (const option of listbox.querySelectorAll('[role=option]')) loaded = Math.max(loaded, Number(option.getAttribute('aria-posinset') || 0));
      const atEnd = listbox.scrollTop + listbox.clientHeight >= listbox.scrollHeight - 2;
      if ((atEnd && loaded >= ${totalRows}) || now - started > ${limitMs}) {
        resolve({ frames: frames.slice(1), loaded, ms: now - started });
      } else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  })`;
}
