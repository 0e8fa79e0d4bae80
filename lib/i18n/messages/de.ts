import type { Messages } from './en';

/** The German interface strings (see en.ts). Sie-form, Microsoft's German terms where they exist. */
export const de = {
  Language: {
    name: 'Deutsch',
  },
} satisfies Messages;
