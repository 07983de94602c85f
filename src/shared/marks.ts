/**
 * The performance marks the renderer sets once a screen's data is drawn (`performance.mark`, kept in
 * production: they cost nothing). The benchmark reads them to time each screen from navigation.
 */
export const drawnMarks = {
  portfolio: 'stepwise:portfolio-drawn',
  teamDashboard: 'stepwise:team-dashboard-drawn',
} as const;

export type DrawnMarkName = (typeof drawnMarks)[keyof typeof drawnMarks];
