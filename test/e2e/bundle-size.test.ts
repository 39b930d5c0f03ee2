// The detector runs on every page the reader opens: it must stay within its 2.5 KB budget in the
// builds that ship (DESIGN.md). A module it imports that keeps a top-level call alive can pull the
// whole lexicon in without any test of behaviour noticing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_CHROME_BUILD, SHIPPED_FIREFOX_BUILD } from './browsers';

const DETECTOR_BUDGET = 2560;

describe('the shipped detector', () => {
  for (const build of [SHIPPED_CHROME_BUILD, SHIPPED_FIREFOX_BUILD]) {
    it(`stays within ${DETECTOR_BUDGET} bytes in ${path.basename(build)}`, () => {
      const file = path.join(build, 'detector.js');
      if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build and npm run build:firefox first`);
      expect(fs.statSync(file).size).toBeLessThanOrEqual(DETECTOR_BUDGET);
    });
  }
});
