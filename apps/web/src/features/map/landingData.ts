import { LANDING_DATA_ID } from '@monitor/domain';

/** An answer as an anonymous visitor gets it from /graphql. */
export interface EmbeddedAnswer {
  operationName: string;
  variables: Record<string, unknown>;
  data: unknown;
}

export interface LandingData {
  answers: EmbeddedAnswer[];
  /** `/geo/municipalities.paths.json` as the server sends it. */
  paths: unknown;
}

let read = false;
let landingData: LandingData | null = null;

/**
 * The landing map's public data from the HTML, when the server put it there (only for a visitor
 * without credentials opening `/`); null otherwise, and the app asks for it as usual. Read once.
 */
export function embeddedLandingData(): LandingData | null {
  if (read) return landingData;
  read = true;
  const text = document.getElementById(LANDING_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as Partial<LandingData>;
    landingData = { answers: Array.isArray(parsed.answers) ? parsed.answers : [], paths: parsed.paths ?? null };
  } catch {
    landingData = null;
  }
  return landingData;
}

/** The embedded projected boundaries, or undefined when they were not embedded. */
export function embeddedBoundaries<Raw>(): Raw | undefined {
  return (embeddedLandingData()?.paths as Raw | null) ?? undefined;
}

/** Forgets what was read (tests render several pages in one document). */
export function forgetLandingData(): void {
  read = false;
  landingData = null;
}
