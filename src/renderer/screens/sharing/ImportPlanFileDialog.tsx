import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityName } from '@shared/domain/history';
import type { PlanFilePreview, PlanFileSummary } from '@shared/domain/sharing';
import { asApiError, type ApiError } from '../../api';
import { Dialog, DialogFooter } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { formatDay } from '../../format';
import { hashOf } from '../../routes';
import { useLanguage } from '../../stores/settingsStore';
import { useSharingStore } from '../../stores/sharingStore';
import { ReadingFile, RefusedFile, useChosenFile } from './FileChoice';
import { useStageFocus } from './stageFocus';
import { TaskProgressBar } from './TaskProgressBar';

type Stage =
  | { kind: 'reading' }
  | { kind: 'preview'; preview: PlanFilePreview }
  | { kind: 'importing'; preview: PlanFilePreview }
  | { kind: 'imported'; summary: PlanFileSummary }
  | { kind: 'refused'; error: ApiError };

/**
 * Imports a plan file: main opens the file dialog at once; the preview says, for each kind of row, what
 * will be added, updated and kept before anything changes. A cancelled file dialog closes this one.
 */
export function ImportPlanFileDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const run = useSharingStore((state) => state.run);
  const [stage, setStage] = useState<Stage>({ kind: 'reading' });
  const stageRef = useStageFocus(stage.kind);
  const choose = useChosenFile({
    open: () => run('planFile.previewImport', {}),
    read: (preview) => setStage({ kind: 'preview', preview }),
    refused: (error) => setStage({ kind: 'refused', error }),
    cancelled: onClose,
  });
  const chooseAgain = () => {
    setStage({ kind: 'reading' });
    void choose();
  };

  const confirm = async (preview: PlanFilePreview) => {
    setStage({ kind: 'importing', preview });
    try {
      setStage({ kind: 'imported', summary: await run('planFile.applyImport', { token: preview.token }) });
    } catch (caught) {
      setStage({ kind: 'refused', error: asApiError(caught) });
    }
  };

  return (
    <Dialog
      title={t('sharing.importTitle')}
      onClose={onClose}
      size={stage.kind === 'reading' || stage.kind === 'refused' ? 'medium' : 'large'}
    >
      <div ref={stageRef} className="dialog-stage">
        {stage.kind === 'reading' && <ReadingFile />}
        {(stage.kind === 'preview' || stage.kind === 'importing') && (
          <>
            <div className="dialog__body">
              <PreviewSummary preview={stage.preview} />
              {stage.kind === 'importing' && <TaskProgressBar label={t('sharing.importing')} />}
            </div>
            <DialogFooter>
              <button type="button" className="button" onClick={onClose}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="button button--primary"
                data-autofocus
                aria-disabled={stage.kind === 'importing'}
                onClick={() => {
                  if (stage.kind === 'preview') void confirm(stage.preview);
                }}
              >
                {stage.kind === 'importing' ? t('sharing.importing') : t('sharing.import')}
              </button>
            </DialogFooter>
          </>
        )}
        {stage.kind === 'imported' && <Imported summary={stage.summary} onClose={onClose} />}
        {stage.kind === 'refused' && (
          <RefusedFile error={stage.error} kind="planFile" onClose={onClose} onChooseAgain={chooseAgain} />
        )}
      </div>
    </Dialog>
  );
}

function PreviewSummary({ preview }: { preview: PlanFilePreview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const facts: [string, string][] = [
    [t('sharing.planOf'), preview.planTitle],
    [t('sharing.teamOf'), preview.teamName],
    [t('sharing.modelOf'), preview.modelName],
  ];
  return (
    <div className="import-preview">
      <div className="import-preview__about">
        <p className="muted">
          {t('sharing.fileAbout', {
            fileName: preview.fileName,
            date: formatDay(preview.exportedAt.slice(0, 10), language),
          })}
        </p>
        <dl className="import-facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="small muted">
          {preview.builtinModel && `${t('sharing.builtinModel')} `}
          {t('sharing.mergeRule')}
        </p>
      </div>
      <ImportCounts summary={preview} caption={t('sharing.whatHappens')} />
    </div>
  );
}

/** The rows of a built-in model: the same on every machine, never changed by an import. */
const builtinModelRows: readonly EntityName[] = ['model', 'level', 'axis', 'dimension'];

/** Per kind of row: how many the import adds, updates and keeps. */
function ImportCounts({ summary, caption }: { summary: PlanFileSummary; caption: string }) {
  const { t } = useTranslation();
  // A built-in model's rows are all kept, as the note beside says: the table keeps to what moves.
  const shown = summary.counts.filter(
    (count) =>
      count.added + count.updated + count.kept > 0 &&
      !(summary.builtinModel && builtinModelRows.includes(count.entity)),
  );
  return (
    <div className="table-card">
      <table className="table import-counts">
        <caption className="import-counts__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sharing.entity')}</th>
            <th scope="col" className="col-number">
              {t('sharing.added')}
            </th>
            <th scope="col" className="col-number">
              {t('sharing.updated')}
            </th>
            <th scope="col" className="col-number">
              {t('sharing.kept')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((count) => (
            <tr key={count.entity}>
              <th scope="row">{t(`sharing.entities.${count.entity}`)}</th>
              <td className="col-number">{count.added}</td>
              <td className="col-number">{count.updated}</td>
              <td className="col-number">{count.kept}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Imported({ summary, onClose }: { summary: PlanFileSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const total = (key: 'added' | 'updated' | 'kept') =>
    summary.counts.reduce((sum, count) => sum + count[key], 0);
  return (
    <>
      <div className="dialog__body">
        <div className="import-preview">
          <p className="share-saved" role="status">
            <Icon name="check" />
            <span>
              {t('sharing.imported', {
                title: summary.planTitle,
                added: total('added'),
                updated: total('updated'),
                kept: total('kept'),
              })}
            </span>
          </p>
          <ImportCounts summary={summary} caption={t('sharing.whatHappened')} />
        </div>
      </div>
      <DialogFooter>
        <button type="button" className="button" onClick={onClose}>
          {t('sharing.done')}
        </button>
        <a
          className="button button--primary"
          href={hashOf('plan', { id: summary.planId })}
          data-autofocus
          onClick={onClose}
        >
          {t('sharing.openPlan')}
        </a>
      </DialogFooter>
    </>
  );
}
