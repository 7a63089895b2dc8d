/** The frame of a main-area screen (imports, duplicates, settings): title, hint, actions, scrolling body. */
import { useId, type ReactNode } from 'react';

export function ScreenFrame({ title, hint, actions, children }: { title: string; hint?: string; actions?: ReactNode; children: ReactNode }) {
  const titleId = useId();
  return (
    <section className="screen" aria-labelledby={titleId}>
      <header className="screen__header">
        <div className="screen__heading">
          <h2 id={titleId} className="screen__title">
            {title}
          </h2>
          {hint ? <p className="screen__hint">{hint}</p> : null}
        </div>
        {actions ? <div className="screen__actions">{actions}</div> : null}
      </header>
      <div className="screen__body">{children}</div>
    </section>
  );
}
