/** Text shipped in both languages of the app. */
export interface Translated {
  en: string;
  fr: string;
}

export interface ReferenceLevel {
  value: number;
  label: Translated;
  description: Translated;
}

export interface ReferenceDimension {
  /** Stable key, unique within its model, kebab-case (e.g. `incident-management`). */
  key: string;
  name: Translated;
  description: Translated;
}

export interface ReferenceAxis {
  key: string;
  name: Translated;
  dimensions: ReferenceDimension[];
}

export interface ReferenceModel {
  /** Stable key of a built-in model (`itil4`, `msp`). */
  key: string;
  name: Translated;
  description: Translated;
  levels: ReferenceLevel[];
  axes: ReferenceAxis[];
}

export interface ReferenceSurveyItem {
  key: string;
  text: Translated;
}

export interface ReferenceSurveyDimension {
  key: string;
  name: Translated;
  description: Translated;
  items: ReferenceSurveyItem[];
}

export interface ReferenceSurveyTemplate {
  key: string;
  name: Translated;
  scaleMin: number;
  scaleMax: number;
  dimensions: ReferenceSurveyDimension[];
}
