import type { ReactNode } from 'react';

/** A titled group of values in the detail pane; absent when it has nothing to show. */
export function DetailSection({ title, icon, children }: { title: string; icon?: ReactNode; children: ReactNode }) {
  return (
    <section className="contact-detail__section" aria-label={title}>
      <h3 className="contact-detail__section-title">
        {icon}
        {title}
      </h3>
      {children}
    </section>
  );
}

export function ValueLabel({ label }: { label: string }) {
  return label ? <span className="contact-detail__label">{label}</span> : null;
}
