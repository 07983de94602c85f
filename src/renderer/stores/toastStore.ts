import { create } from 'zustand';

export interface Toast {
  id: number;
  kind: 'success' | 'error';
  text: string;
}

interface ToastState {
  toasts: Toast[];
  show(kind: Toast['kind'], text: string): void;
  dismiss(id: number): void;
  /** Takes the confirmations off the screen; failures stay until dismissed. */
  dismissSuccesses(): void;
}

/** Long enough to read a sentence; errors stay until dismissed. */
const successDelayMs = 5_000;
let nextId = 1;

export const useToastStore = create<ToastState>()((set, get) => ({
  toasts: [],
  show: (kind, text) => {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-3), { id, kind, text }] });
    if (kind === 'success') setTimeout(() => get().dismiss(id), successDelayMs);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((toast) => toast.id !== id) }),
  dismissSuccesses: () => set({ toasts: get().toasts.filter((toast) => toast.kind !== 'success') }),
}));

export const showSuccess = (text: string) => useToastStore.getState().show('success', text);
export const showError = (text: string) => useToastStore.getState().show('error', text);
