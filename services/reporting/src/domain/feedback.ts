import { SMALLEST_SHOWN } from './suppression';

/** Forms of one activity summed by whether they would recommend it. */
export interface FeedbackGroup {
  wouldRecommend: boolean;
  forms: number;
  satisfaction: number;
  learned: number;
  atmosphere: number;
}

export interface FeedbackFigures {
  forms: number;
  averageSatisfaction: number | null;
  averageLearned: number | null;
  averageAtmosphere: number | null;
  wouldRecommendShare: number | null;
}

const rounded = (value: number) => Math.round(value * 100) / 100;

/**
 * The feedback of an activity: how many forms, and the averages only from five forms on. Below that the
 * group is small enough that an average could tell what one participant answered.
 */
export function feedbackFigures(groups: readonly FeedbackGroup[]): FeedbackFigures {
  const forms = groups.reduce((sum, g) => sum + g.forms, 0);
  if (forms < SMALLEST_SHOWN) {
    return { forms, averageSatisfaction: null, averageLearned: null, averageAtmosphere: null, wouldRecommendShare: null };
  }
  const total = (key: 'satisfaction' | 'learned' | 'atmosphere') => groups.reduce((sum, g) => sum + g[key], 0);
  const recommending = groups.filter((g) => g.wouldRecommend).reduce((sum, g) => sum + g.forms, 0);
  return {
    forms,
    averageSatisfaction: rounded(total('satisfaction') / forms),
    averageLearned: rounded(total('learned') / forms),
    averageAtmosphere: rounded(total('atmosphere') / forms),
    wouldRecommendShare: rounded(recommending / forms),
  };
}
