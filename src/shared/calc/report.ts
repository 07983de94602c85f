/** What the printed report of a plan shows that the dashboard does not. */
import { minRadarSpokes } from './radar';

interface RadarPointRef {
  dimensionId: string;
  targeted: boolean;
}

/**
 * The report's radars. A model small enough for one radar keeps it, every dimension as context. A model
 * that needs several (ITIL's 34 practices) would take a page each: the report draws one radar of the
 * dimensions the plan targets instead, which are what the client follows, when there are enough of them.
 */
export function reportRadars<P extends RadarPointRef>(
  radars: readonly { axisIds: string[]; points: P[] }[],
  axisOf: (dimensionId: string) => string | undefined,
): { radars: { axisIds: string[]; points: P[] }[]; ofTargets: boolean } {
  const targeted = radars.flatMap((radar) => radar.points).filter((point) => point.targeted);
  if (radars.length <= 1 || targeted.length < minRadarSpokes)
    return { radars: [...radars], ofTargets: false };
  const axisIds = radars
    .flatMap((radar) => radar.axisIds)
    .filter((axisId) => targeted.some((point) => axisOf(point.dimensionId) === axisId));
  return { radars: [{ axisIds, points: targeted }], ofTargets: true };
}
