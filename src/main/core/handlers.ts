import { assessmentHandlers } from '../assessments/handlers';
import { backupTasks } from '../backup/handlers';
import { dashboardHandlers } from '../dashboards/handlers';
import { historyHandlers } from '../history/handlers';
import { homeHandlers } from '../home/handlers';
import { modelHandlers } from '../models/handlers';
import { planHandlers } from '../plans/handlers';
import { reportHandlers, reportTasks } from '../reports/handlers';
import { sampleHandlers } from '../sample/handlers';
import { settingsHandlers } from '../settings/handlers';
import { sharingTasks } from '../sharing/handlers';
import { surveyHandlers } from '../surveys/handlers';
import { surveyTasks } from '../surveys/tasks';
import { teamHandlers } from '../teams/handlers';
import { workshopHandlers } from '../workshop/handlers';
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
  ...reportHandlers,
  ...dashboardHandlers,
  ...workshopHandlers,
};

/** The channels run as tasks: they choose files and wait on them. */
export const taskHandlers: TaskHandlers = {
  ...sharingTasks,
  ...reportTasks,
  ...surveyTasks,
  ...backupTasks,
};
