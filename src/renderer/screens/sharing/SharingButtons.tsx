import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../components/Icon';
import { ImportPlanFileDialog } from './ImportPlanFileDialog';
import { RegisterImportDialog } from './RegisterImportDialog';
import { ShareDialog } from './ShareDialog';

interface PlanRef {
  id: string;
  title: string;
}

/** A button that opens a dialog; the dialog closes itself through `close`. */
function DialogButton({
  icon,
  label,
  dialog,
}: {
  icon: IconName;
  label: string;
  dialog: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        <Icon name={icon} />
        {label}
      </button>
      {open && dialog(() => setOpen(false))}
    </>
  );
}

/** Exports the plan: the PDF report, a spreadsheet, or the plan file. */
export function SharePlanButton({ plan }: { plan: PlanRef }) {
  const { t } = useTranslation();
  return (
    <DialogButton
      icon="share"
      label={t('sharing.share')}
      dialog={(close) => <ShareDialog plan={plan} onClose={close} />}
    />
  );
}

/** Imports the steps of a CSI register into the plan. */
export function ImportRegisterButton({ plan }: { plan: PlanRef }) {
  const { t } = useTranslation();
  return (
    <DialogButton
      icon="download"
      label={t('sharing.importRegister')}
      dialog={(close) => <RegisterImportDialog plan={plan} onClose={close} />}
    />
  );
}

/** Imports a plan file from another Stepwise. */
export function ImportPlanFileButton() {
  const { t } = useTranslation();
  return (
    <DialogButton
      icon="download"
      label={t('sharing.importPlanFile')}
      dialog={(close) => <ImportPlanFileDialog onClose={close} />}
    />
  );
}
