import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { setApi } from '../lib/bridge';

// jsdom has <dialog> without its modal methods; enough of them for ConfirmDialog.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}

afterEach(() => {
  cleanup();
  setApi(null);
  window.location.hash = '';
  document.documentElement.className = '';
});
