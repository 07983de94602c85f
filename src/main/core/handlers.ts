import { assessmentHandlers } from '../assessments/handlers';
import { historyHandlers } from '../history/handlers';
import { homeHandlers } from '../home/handlers';
import { modelHandlers } from '../models/handlers';
import { planHandlers } from '../plans/handlers';
import { sampleHandlers } from '../sample/handlers';
import { settingsHandlers } from '../settings/handlers';
import { sharingTasks } from '../sharing/handlers';
import { surveyHandlers } from '../surveys/handlers';
import { teamHandlers } from '../teams/handlers';
import type { Handlers, TaskHandlers } from './handler';

/** The handler table: the compiler checks that it answers every channel of the contract. */
export const handlers: Handlers = {
  ...sampleHandlers,
  ...homeHandlers,
  ...settingsHandlers,
  ...teamHandlers,
  ...modelHandlers,
  ...planHandlers,
  ...assessmentHandlers,
  ...surveyHandlers,
  ...historyHandlers,
};

/** The channels run as tasks: they choose files and wait on them. */
export const taskHandlers: TaskHandlers = { ...sharingTasks };
