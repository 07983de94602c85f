import { useEffect } from 'react';
import type { DrawnMarkName } from '@shared/marks';

/**
 * Sets a performance mark on the frame after it is first drawn: placed after a screen's content, it
 * tells when that content reached the screen (the benchmark times screens by it).
 */
export function DrawnMark({ name }: { name: DrawnMarkName }) {
  useEffect(() => {
    const frame = requestAnimationFrame(() => performance.mark(name));
    return () => cancelAnimationFrame(frame);
  }, [name]);
  return null;
}
