/** The app's wording with its `{{placeholders}}` filled, as the page shows it. */
export const say = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name] ?? `{{${name}}}`));
