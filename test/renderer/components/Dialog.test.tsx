import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Dialog } from '../../../src/renderer/components/Dialog';
import { Toasts } from '../../../src/renderer/components/Toasts';
import { showError, showSuccess, useToastStore } from '../../../src/renderer/stores/toastStore';

afterEach(() => useToastStore.setState(useToastStore.getInitialState(), true));

describe('a dialog', () => {
  it('takes the confirmations before it off the screen, which would cover its buttons, and leaves failures', () => {
    showSuccess('Step “Call the client” saved.');
    showError('The backup could not be written.');
    const { rerender } = render(<Toasts />);
    expect(screen.getByText('Step “Call the client” saved.')).toBeInTheDocument();

    rerender(
      <>
        <Toasts />
        <Dialog title="Small step" onClose={() => undefined}>
          <button type="button">Save</button>
        </Dialog>
      </>,
    );
    expect(screen.queryByText('Step “Call the client” saved.')).not.toBeInTheDocument();
    expect(screen.getByText('The backup could not be written.')).toBeInTheDocument();

    // One raised while the dialog is open, by what it does, is shown.
    act(() => showSuccess('Target set.'));
    expect(screen.getByText('Target set.')).toBeInTheDocument();
  });
});
