import { genericActivityProfile } from './generic-activity';
import type { ImportProfile } from './types';

/** Every known export layout. Adding one = a file in this folder and a line here. */
export const importProfiles: readonly ImportProfile[] = [genericActivityProfile];

export function findProfile(id: string): ImportProfile | undefined {
  return importProfiles.find((p) => p.id === id);
}

/** The layout a header belongs to (the most specific match), or null for the mapping wizard. */
export function recogniseProfile(header: readonly string[], profiles: readonly ImportProfile[] = importProfiles): { profile: ImportProfile; score: number } | null {
  let best: { profile: ImportProfile; score: number } | null = null;
  for (const profile of profiles) {
    const score = profile.match(header);
    if (score > 0 && (!best || score > best.score)) best = { profile, score };
  }
  return best;
}
