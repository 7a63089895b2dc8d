/** A determinate progress bar when the total is known, an indeterminate one otherwise. */
export function ProgressBar({ label, value, max }: { label: string; value: number; max: number | null }) {
  const percent = max && max > 0 ? Math.min(100, Math.round((value / max) * 100)) : null;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? undefined}
      aria-valuetext={percent === null ? undefined : `${percent}%`}
    >
      <div className={percent === null ? 'progress__bar progress__bar--indeterminate' : 'progress__bar'} style={{ inlineSize: `${percent ?? 30}%` }} />
    </div>
  );
}
