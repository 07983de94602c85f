import type { Migration } from '../migrate';

/** The whole domain of PRODUCT.md. Ids are UUIDs so plans can move between machines. */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE teams (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        client TEXT NOT NULL DEFAULT '',
        service_scope TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX teams_by_name ON teams (archived, name COLLATE NOCASE);

      CREATE TABLE models (
        id TEXT PRIMARY KEY,
        builtin_key TEXT UNIQUE,
        name TEXT NOT NULL,
        name_fr TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        description_fr TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE model_levels (
        id TEXT PRIMARY KEY,
        model_id TEXT NOT NULL REFERENCES models (id),
        value INTEGER NOT NULL,
        label TEXT NOT NULL,
        label_fr TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        description_fr TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (model_id, value)
      ) STRICT;

      CREATE TABLE model_axes (
        id TEXT PRIMARY KEY,
        model_id TEXT NOT NULL REFERENCES models (id),
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        name_fr TEXT NOT NULL DEFAULT '',
        position REAL NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (model_id, key)
      ) STRICT;

      CREATE TABLE dimensions (
        id TEXT PRIMARY KEY,
        model_id TEXT NOT NULL REFERENCES models (id),
        axis_id TEXT NOT NULL REFERENCES model_axes (id),
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        name_fr TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        description_fr TEXT NOT NULL DEFAULT '',
        position REAL NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (model_id, key)
      ) STRICT;
      CREATE INDEX dimensions_by_axis ON dimensions (axis_id);

      CREATE TABLE plans (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        model_id TEXT NOT NULL REFERENCES models (id),
        title TEXT NOT NULL,
        objective TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'active', 'on-hold', 'completed', 'cancelled')),
        budget REAL,
        review_cadence_days INTEGER,
        max_step_effort_days REAL NOT NULL,
        max_step_span_days INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX plans_by_team ON plans (team_id, status);
      CREATE INDEX plans_by_model ON plans (model_id);

      CREATE TABLE targets (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id),
        dimension_id TEXT NOT NULL REFERENCES dimensions (id),
        baseline_level INTEGER NOT NULL,
        target_level INTEGER NOT NULL,
        target_date TEXT NOT NULL,
        rationale TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (plan_id, dimension_id)
      ) STRICT;
      CREATE INDEX targets_by_dimension ON targets (dimension_id);

      CREATE TABLE reviews (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id),
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('workshop', 'progress', 'steering')),
        participants TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        decisions TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reviews_by_plan ON reviews (plan_id, date);

      CREATE TABLE steps (
        id TEXT PRIMARY KEY,
        plan_id TEXT NOT NULL REFERENCES plans (id),
        target_id TEXT REFERENCES targets (id),
        dimension_id TEXT REFERENCES dimensions (id),
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('idea', 'todo', 'doing', 'done', 'dropped')),
        position REAL NOT NULL,
        effort_days REAL,
        cost REAL,
        start_date TEXT,
        due_date TEXT,
        done_date TEXT,
        outcome TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX steps_by_plan ON steps (plan_id, status, position);
      CREATE INDEX steps_by_target ON steps (target_id);
      CREATE INDEX steps_by_dimension ON steps (dimension_id);
      CREATE INDEX steps_open_by_due ON steps (due_date) WHERE status IN ('todo', 'doing');

      CREATE TABLE review_steps (
        id TEXT PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES reviews (id),
        step_id TEXT NOT NULL REFERENCES steps (id),
        action TEXT NOT NULL CHECK (action IN ('created', 'moved', 'closed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (review_id, step_id, action)
      ) STRICT;
      CREATE INDEX review_steps_by_step ON review_steps (step_id);

      CREATE TABLE assessments (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        model_id TEXT NOT NULL REFERENCES models (id),
        review_id TEXT REFERENCES reviews (id),
        date TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('workshop', 'self', 'audit')),
        assessor TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX assessments_by_team ON assessments (team_id, model_id, date);
      CREATE INDEX assessments_by_review ON assessments (review_id);

      CREATE TABLE assessment_scores (
        id TEXT PRIMARY KEY,
        assessment_id TEXT NOT NULL REFERENCES assessments (id),
        dimension_id TEXT NOT NULL REFERENCES dimensions (id),
        level INTEGER NOT NULL,
        evidence TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (assessment_id, dimension_id)
      ) STRICT;
      CREATE INDEX scores_by_dimension ON assessment_scores (dimension_id);

      CREATE TABLE surveys (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        title TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        scale_min INTEGER NOT NULL,
        scale_max INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX surveys_by_team ON surveys (team_id, period_end);

      CREATE TABLE survey_dimensions (
        id TEXT PRIMARY KEY,
        survey_id TEXT NOT NULL REFERENCES surveys (id),
        key TEXT NOT NULL,
        name TEXT NOT NULL,
        name_fr TEXT NOT NULL DEFAULT '',
        weight REAL,
        position REAL NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (survey_id, key)
      ) STRICT;

      CREATE TABLE survey_items (
        id TEXT PRIMARY KEY,
        survey_id TEXT NOT NULL REFERENCES surveys (id),
        dimension_id TEXT NOT NULL REFERENCES survey_dimensions (id),
        key TEXT NOT NULL,
        text TEXT NOT NULL,
        text_fr TEXT NOT NULL DEFAULT '',
        position REAL NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (survey_id, key)
      ) STRICT;
      CREATE INDEX survey_items_by_dimension ON survey_items (dimension_id);

      CREATE TABLE survey_responses (
        id TEXT PRIMARY KEY,
        survey_id TEXT NOT NULL REFERENCES surveys (id),
        respondent TEXT NOT NULL DEFAULT '',
        answers TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX survey_responses_by_survey ON survey_responses (survey_id);

      -- One row per call that changed data: the unit that undo takes back and redo puts again.
      CREATE TABLE change_batches (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        channel TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('action', 'undo', 'redo')),
        target_batch_id TEXT REFERENCES change_batches (id),
        undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        undone_seq INTEGER,
        redoable INTEGER NOT NULL DEFAULT 0 CHECK (redoable IN (0, 1)),
        at TEXT NOT NULL,
        by TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX batches_to_undo ON change_batches (kind, undone, seq);

      CREATE TABLE change_history (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        batch_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        before TEXT,
        after TEXT,
        at TEXT NOT NULL,
        by TEXT NOT NULL DEFAULT '',
        plan_id TEXT,
        team_id TEXT
      ) STRICT;
      CREATE INDEX history_by_plan ON change_history (plan_id, seq);
      CREATE INDEX history_by_team ON change_history (team_id, seq);
      CREATE INDEX history_by_entity ON change_history (entity_id, seq);
      CREATE INDEX history_by_batch ON change_history (batch_id);
    `);
  },
};
