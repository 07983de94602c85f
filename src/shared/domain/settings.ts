import { z } from 'zod';
import { ShortText } from './common';
import { languages } from './constants';

export const Language = z.enum(languages);
export type Language = z.infer<typeof Language>;

/** A logo is kept as a small image data URL so that exports need no file path. */
export const Logo = z
  .string()
  .max(700_000, 'must be an image of at most 500 KB')
  .regex(
    /^data:image\/(png|jpeg|svg\+xml|webp);base64,[A-Za-z0-9+/=]+$/,
    'must be a PNG, JPEG, SVG or WebP image',
  );

export const Settings = z.object({
  language: Language,
  userName: ShortText,
  organisationName: ShortText,
  organisationLogo: Logo.nullable(),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsUpdate = Settings.partial().strict();
export type SettingsUpdate = z.infer<typeof SettingsUpdate>;
