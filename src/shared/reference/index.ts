import type { ReferenceModel } from './types';
import { itil4Model } from './itil4';
import { mspModel } from './msp';
import { servqualTemplate } from './servqual';

export { itil4Model, mspModel, servqualTemplate };

export const builtInModels: readonly ReferenceModel[] = [itil4Model, mspModel];
