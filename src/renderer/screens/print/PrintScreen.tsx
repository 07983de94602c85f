import { useEffect, useRef, type RefObject } from 'react';
import { choiceOf, languages } from '@shared/domain/constants';
import { printStateAttribute, type PrintState } from '@shared/print';
import { describeError } from '../../errors';
import { useReportStore } from '../../stores/reportStore';
import { useRouteStore } from '../../stores/routeStore';
import { useLanguage } from '../../stores/settingsStore';
import { PlanReportView } from './PlanReportView';
import { ReportLanguage, useReportText } from './reportText';

/**
 * `#/print/<planId>?lang=fr&clientCopy=true`: a plan's report as a document to print, in the language
 * and copy asked for. The PDF printers open it and print it once it says it is ready.
 */
export function PrintScreen() {
  const params = useRouteStore((state) => state.route.params);
  const appLanguage = useLanguage();
  const language = choiceOf(languages, params.lang) ?? appLanguage;
  const planId = params.id;
  const clientCopy = params.clientCopy === 'true';
  const open = useReportStore((state) => state.open);

  useEffect(() => {
    if (planId) void open({ planId, clientCopy });
  }, [open, planId, clientCopy]);

  return (
    <ReportLanguage.Provider value={language}>
      <PrintedReport missing={!planId} />
    </ReportLanguage.Provider>
  );
}

function PrintedReport({ missing }: { missing: boolean }) {
  const { t, language } = useReportText();
  const status = useReportStore((state) => state.status);
  const error = useReportStore((state) => state.error);
  const report = useReportStore((state) => state.report);
  const ref = useRef<HTMLDivElement>(null);
  const failed = missing || status === 'error';
  const shown = !failed && status === 'ready' && report !== null;

  usePrintState(failed ? 'failed' : shown ? 'ready' : null, ref);

  if (failed) {
    return (
      <main className="report-state" lang={language}>
        <p role="alert">
          {t('report.failed')} {error ? describeError(error, t) : ''}
        </p>
      </main>
    );
  }
  if (!shown) {
    return (
      <main className="report-state" lang={language} aria-busy="true">
        <p>{t('report.loading')}</p>
      </main>
    );
  }
  return (
    <div ref={ref}>
      <PlanReportView report={report} />
    </div>
  );
}

/**
 * Tells the printers how the view stands, on `<html>`: ready once the report's fonts and images are in,
 * so that nothing is printed half laid out; failed at once, so that they stop waiting.
 */
function usePrintState(state: PrintState | null, ref: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const root = document.documentElement;
    if (state === null) return;
    let current = true;
    if (state === 'failed') root.setAttribute(printStateAttribute, 'failed');
    else {
      void whenPrintable(ref.current).then(() => {
        if (current) root.setAttribute(printStateAttribute, 'ready');
      });
    }
    return () => {
      current = false;
      root.removeAttribute(printStateAttribute);
    };
  }, [state, ref]);
}

async function whenPrintable(root: HTMLElement | null): Promise<void> {
  const images = Array.from(root?.querySelectorAll('img') ?? []);
  // jsdom, where the component tests run, has neither the font loading API nor image decoding.
  await Promise.all([
    'fonts' in document ? document.fonts.ready : null,
    ...images.map((image) => ('decode' in image ? image.decode().catch(() => undefined) : null)),
  ]);
}
