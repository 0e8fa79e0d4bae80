import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Component tests opt into jsdom per file; unmount between tests so none shares a DOM.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});
