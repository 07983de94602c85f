/**
 * Satisfaction as SERVQUAL measures it: the gap between what users perceive of the service and what they
 * expect (perception − expectation, negative when the service falls short), per item, per quality
 * dimension and overall, and its trend across a team's campaigns.
 */
import type { Answer } from '../domain/surveys';

/** What the indicators read of a survey: its dimensions (in order), items (in order) and responses. */
export interface SurveyData {
  dimensions: readonly { id: string; weight: number | null }[];
  items: readonly { id: string; dimensionId: string }[];
  responses: readonly { answers: readonly Answer[] }[];
}

export interface ItemIndicator {
  itemId: string;
  dimensionId: string;
  /** Means over the respondents who answered both sides of the item, so that gap = perception − expectation. */
  expectation: number | null;
  perception: number | null;
  gap: number | null;
  /** Respondents who answered both sides. */
  respondents: number;
}

export interface DimensionIndicator {
  dimensionId: string;
  /** Means of its items' means, over the items that have a gap. */
  expectation: number | null;
  perception: number | null;
  /** The mean of its items' gaps. */
  gap: number | null;
  /** Respondents who answered both sides of at least one of its items. */
  respondents: number;
  weight: number | null;
}

export interface SatisfactionIndicators {
  items: ItemIndicator[];
  dimensions: DimensionIndicator[];
  /** The mean of the dimensions' gaps: each dimension counts the same, whatever its number of items. */
  overall: number | null;
  /**
   * The dimensions' gaps weighted by their importance points: Σ weight × gap / Σ weight over the
   * dimensions that have a gap and a weight. Null when the survey uses no weights.
   */
  weighted: number | null;
  /** Respondents who answered both sides of at least one item. */
  respondents: number;
  /**
   * How far respondents disagree: the sample standard deviation of the respondents' own overall gaps
   * (each one's mean, over the dimensions they answered, of their mean item gap in the dimension).
   * Null with fewer than two respondents.
   */
  spread: number | null;
  /** The items with a negative gap, worst first. */
  worstItems: ItemIndicator[];
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

const present = <T>(values: readonly (T | null)[]): T[] => values.filter((v): v is T => v !== null);

/** The mean of the values that are known, in the order given, without building them into an array first. */
function meanOf<T>(values: readonly T[], valueOf: (value: T) => number | null): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    const known = valueOf(value);
    if (known === null) continue;
    sum += known;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}

/** A respondent's gap on an item, when they gave both an expectation and a perception. */
const answerGap = (answer: Answer | undefined): number | null =>
  answer && answer.expectation !== null && answer.perception !== null
    ? answer.perception - answer.expectation
    : null;

export function satisfactionIndicators(survey: SurveyData, worstCount = 5): SatisfactionIndicators {
  const itemIndex = new Map(survey.items.map((item, i) => [item.id, i]));
  const dimensionIndex = new Map(survey.dimensions.map((dimension, d) => [dimension.id, d]));
  const dimensionOf = survey.items.map((item) => dimensionIndex.get(item.dimensionId));
  /** Per item, the sums over the respondents who answered both sides, and the respondent read last. */
  const sums = survey.items.map(() => ({ expectation: 0, perception: 0, count: 0, lastRespondent: -1 }));

  // One pass over the answers. Ratings are whole numbers, so the sums are exact in any order.
  /** Each respondent's mean item gap in each dimension, in the order of the dimensions. */
  const respondentGaps = survey.responses.map((response, respondent) => {
    const gapSums = survey.dimensions.map(() => ({ sum: 0, count: 0 }));
    // A respondent's last answer to an item counts, when they gave two: read from the last, each item once.
    for (let a = response.answers.length - 1; a >= 0; a -= 1) {
      const answer = response.answers[a] as Answer;
      // Answers mostly come in the order of the items: looking there first spares hashing each answer's id.
      const i = survey.items[a]?.id === answer.itemId ? a : itemIndex.get(answer.itemId);
      if (i === undefined) continue;
      const item = sums[i] as (typeof sums)[number];
      if (item.lastRespondent === respondent) continue;
      item.lastRespondent = respondent;
      const gap = answerGap(answer);
      if (gap === null) continue;
      item.expectation += answer.expectation as number;
      item.perception += answer.perception as number;
      item.count += 1;
      const inDimension = gapSums[dimensionOf[i] ?? -1];
      if (inDimension) {
        inDimension.sum += gap;
        inDimension.count += 1;
      }
    }
    return gapSums.map(({ sum, count }) => (count === 0 ? null : sum / count));
  });

  const items = survey.items.map((item, i): ItemIndicator => {
    const { expectation, perception, count } = sums[i] as (typeof sums)[number];
    return {
      itemId: item.id,
      dimensionId: item.dimensionId,
      expectation: count === 0 ? null : expectation / count,
      perception: count === 0 ? null : perception / count,
      gap: count === 0 ? null : (perception - expectation) / count,
      respondents: count,
    };
  });

  const dimensions = survey.dimensions.map((dimension, d): DimensionIndicator => {
    const rated = items.filter((item) => item.dimensionId === dimension.id && item.gap !== null);
    return {
      dimensionId: dimension.id,
      expectation: meanOf(rated, (item) => item.expectation),
      perception: meanOf(rated, (item) => item.perception),
      gap: meanOf(rated, (item) => item.gap),
      respondents: respondentGaps.filter((gaps) => gaps[d] !== null).length,
      weight: dimension.weight,
    };
  });

  const rated = dimensions.filter((d) => d.gap !== null);
  const weighed = rated.filter((d) => d.weight !== null);
  const totalWeight = weighed.reduce((sum, d) => sum + (d.weight as number), 0);
  const usesWeights = survey.dimensions.some((d) => d.weight !== null);

  const overallGaps = present(respondentGaps.map((gaps) => meanOf(gaps, (gap) => gap)));

  return {
    items,
    dimensions,
    overall: mean(rated.map((d) => d.gap as number)),
    weighted:
      usesWeights && totalWeight > 0
        ? weighed.reduce((sum, d) => sum + (d.weight as number) * (d.gap as number), 0) / totalWeight
        : null,
    respondents: overallGaps.length,
    spread: standardDeviation(overallGaps),
    worstItems: items
      .filter((item) => item.gap !== null && item.gap < 0)
      .sort((a, b) => (a.gap as number) - (b.gap as number))
      .slice(0, worstCount),
  };
}

/** The sample standard deviation (n − 1): respondents are a sample of the service's users. */
export function standardDeviation(values: readonly number[]): number | null {
  const average = mean(values);
  if (average === null || values.length < 2) return null;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - average) ** 2, 0) / (values.length - 1));
}

/** The gap a campaign is summed up by: weighted when the survey uses weights, else unweighted. */
export const headlineGap = (indicators: Pick<SatisfactionIndicators, 'overall' | 'weighted'>) =>
  indicators.weighted ?? indicators.overall;

/** One campaign in a team's trend. */
export interface CampaignGaps {
  surveyId: string;
  title: string;
  periodEnd: string;
  overall: number | null;
  weighted: number | null;
  headline: number | null;
  respondents: number;
  /** Each dimension's gap, by the dimension's key, so that campaigns built alike line up. */
  dimensions: { key: string; name: string; nameFr: string; gap: number | null }[];
}

export interface CampaignSurvey extends SurveyData {
  id: string;
  title: string;
  periodEnd: string;
  dimensions: readonly { id: string; key: string; name: string; nameFr: string; weight: number | null }[];
}

export function campaignGaps(survey: CampaignSurvey): CampaignGaps {
  const indicators = satisfactionIndicators(survey);
  return {
    surveyId: survey.id,
    title: survey.title,
    periodEnd: survey.periodEnd,
    overall: indicators.overall,
    weighted: indicators.weighted,
    headline: headlineGap(indicators),
    respondents: indicators.respondents,
    dimensions: survey.dimensions.map((d, i) => ({
      key: d.key,
      name: d.name,
      nameFr: d.nameFr,
      gap: indicators.dimensions[i]?.gap ?? null,
    })),
  };
}

export interface GapTrend {
  /** Every campaign, oldest first. */
  campaigns: CampaignGaps[];
  /** The latest campaign that has answers, and the one with answers before it. */
  latest: CampaignGaps | null;
  previous: CampaignGaps | null;
  /** latest − previous headline gap: positive when satisfaction got better. */
  change: number | null;
}

/** The trend of a team's gaps across its campaigns: a campaign still without answers does not hide the last result. */
export function gapTrend(campaigns: readonly CampaignGaps[]): GapTrend {
  const ordered = [...campaigns].sort(
    (a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.title.localeCompare(b.title),
  );
  const answered = ordered.filter((c) => c.headline !== null);
  const latest = answered.at(-1) ?? null;
  const previous = answered.at(-2) ?? null;
  return {
    campaigns: ordered,
    latest,
    previous,
    change: latest && previous ? (latest.headline as number) - (previous.headline as number) : null,
  };
}

/** Expectation, perception and gap of each dimension that has answers: the rows of the dimension charts. */
export function dimensionChartRows(
  indicators: SatisfactionIndicators,
  nameOf: (dimensionId: string) => string,
): { dimensionId: string; name: string; expectation: number; perception: number; gap: number }[] {
  return indicators.dimensions
    .filter((d) => d.gap !== null)
    .map((d) => ({
      dimensionId: d.dimensionId,
      name: nameOf(d.dimensionId),
      expectation: d.expectation as number,
      perception: d.perception as number,
      gap: d.gap as number,
    }));
}

/** A row of the trend chart: one campaign, its headline gap and each dimension's gap under `dimension:<key>`. */
export type TrendRow = { surveyId: string; label: string; headline: number | null } & Record<
  `dimension:${string}`,
  number | null
>;

export interface TrendSeries {
  key: string;
  dataKey: `dimension:${string}`;
  /** As the latest campaign that has the dimension names it. */
  name: string;
  nameFr: string;
}

/** The trend chart's rows (campaigns in the order given) and one series per dimension key met. */
export function trendChartData(
  campaigns: readonly CampaignGaps[],
  labelOf: (campaign: CampaignGaps) => string,
): { rows: TrendRow[]; series: TrendSeries[] } {
  const series = new Map<string, TrendSeries>();
  for (const campaign of campaigns)
    for (const { key, name, nameFr } of campaign.dimensions)
      series.set(key, { key, dataKey: `dimension:${key}`, name, nameFr });
  const rows = campaigns.map((campaign) => {
    const row: TrendRow = {
      surveyId: campaign.surveyId,
      label: labelOf(campaign),
      headline: campaign.headline,
    };
    for (const key of series.keys())
      row[`dimension:${key}`] = campaign.dimensions.find((d) => d.key === key)?.gap ?? null;
    return row;
  });
  return { rows, series: [...series.values()] };
}
