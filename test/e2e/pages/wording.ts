import type { Language } from '@shared/domain/settings';
import { sampleTeams } from '../../../src/main/sample/sampleData';

/** The app's wording with its `{{placeholders}}` filled, as the page shows it. */
export const say = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name] ?? `{{${name}}}`));

const sampleTexts = sampleTeams.flatMap((team) => [
  team.name,
  team.serviceScope,
  team.plan.title,
  team.plan.objective,
  ...team.targets.map((target) => target.rationale),
  ...team.steps,
]);

/** A text of the sample data, named by its English, as the sample loaded in `language` writes it. */
export function sampleText(language: Language, english: string): string {
  const text = sampleTexts.find((one) => one.en === english);
  if (!text) throw new Error(`The sample data has no text “${english}”.`);
  return text[language];
}
