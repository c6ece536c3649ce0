import { useId, type ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

export function EmptyState({ title, children, actions }: EmptyStateProps) {
  const id = useId();
  return (
    <section className="empty-state" aria-labelledby={id}>
      <h2 id={id} className="empty-state-title">
        {title}
      </h2>
      <div className="empty-state-body">{children}</div>
      {actions ? <div className="empty-state-actions">{actions}</div> : null}
    </section>
  );
}
