import { join } from 'node:path';

/** The domain profiles shipped under `models/profiles/<name>/`; `telecom` is the default (the files in `models/`). */
export const BUILT_IN_PROFILES = ['telecom', 'finance', 'government', 'retail'] as const;

/** A shipped profile's name. */
export type BuiltInProfile = (typeof BUILT_IN_PROFILES)[number];

/** Whether `name` is a shipped profile. */
export function isBuiltInProfile(name: string): name is BuiltInProfile {
  return (BUILT_IN_PROFILES as readonly string[]).includes(name);
}

/**
 * The folder a profile's files are read from: `models/profiles/<name>/` for a shipped profile (telecom has none of
 * its own: the shipped files are telecom's), else `profile` itself as a folder path. Pure: whether the folder exists
 * is for the loader to find out.
 */
export function profileDir(profile: string, modelsDir: string): string | undefined {
  if (profile === 'telecom') return undefined;
  return isBuiltInProfile(profile) ? join(modelsDir, 'profiles', profile) : profile;
}
