import { useSharingStore } from '../../stores/sharingStore';

/** How far the running export or import is: a moving bar until main reports, then the share done. */
export function TaskProgressBar({ label }: { label: string }) {
  const progress = useSharingStore((state) => state.progress);
  return (
    <progress
      className="step-progress__bar task-progress"
      aria-label={label}
      {...(progress && progress.total > 0 ? { value: progress.done, max: progress.total } : {})}
    />
  );
}
