// Serif TrueType fonts for PDFs. pdf-lib does no shaping and its standard 14 fonts have no Vietnamese, so a
// real TTF is embedded (subset). Tinos (fonts-croscore, Apache-2.0) is metric-compatible with Times New
// Roman; Noto Serif (fonts-noto-core) is the fallback.
import { readFile, access } from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export type FontSet = Record<FontStyle, Uint8Array>;

export class FontNotFoundError extends Error {
  override name = 'FontNotFoundError';
}

const CANDIDATES: { dir: string; files: Record<FontStyle, string> }[] = [
  {
    dir: '/usr/share/fonts/truetype/croscore',
    files: { regular: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italic: 'Tinos-Italic.ttf', boldItalic: 'Tinos-BoldItalic.ttf' },
  },
  {
    dir: '/usr/share/fonts/truetype/noto',
    files: {
      regular: 'NotoSerif-Regular.ttf',
      bold: 'NotoSerif-Bold.ttf',
      italic: 'NotoSerif-Italic.ttf',
      boldItalic: 'NotoSerif-BoldItalic.ttf',
    },
  },
];

const STYLES: FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];
let cached: Promise<FontSet> | undefined;

async function readable(file: string): Promise<boolean> {
  try {
    await access(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

async function loadFrom(dir: string, files: Record<FontStyle, string>): Promise<FontSet | undefined> {
  const paths = STYLES.map((s) => path.join(dir, files[s]));
  if (!(await Promise.all(paths.map(readable))).every(Boolean)) return undefined;
  const bytes = await Promise.all(paths.map((p) => readFile(p)));
  return Object.fromEntries(STYLES.map((s, i) => [s, new Uint8Array(bytes[i]!)])) as FontSet;
}

/**
 * The certificate fonts: `THIDUA_PDF_FONT_DIR` (a directory with Tinos-*.ttf or NotoSerif-*.ttf) if set,
 * else Tinos from fonts-croscore, else Noto Serif. Cached for the process.
 */
export function loadSerifFonts(): Promise<FontSet> {
  cached ??= (async () => {
    const envDir = process.env.THIDUA_PDF_FONT_DIR;
    const candidates = envDir ? CANDIDATES.map((c) => ({ ...c, dir: envDir })).concat(CANDIDATES) : CANDIDATES;
    for (const c of candidates) {
      const set = await loadFrom(c.dir, c.files);
      if (set) return set;
    }
    throw new FontNotFoundError(
      'No Vietnamese-capable serif TrueType font found for PDF output: expected Tinos-{Regular,Bold,Italic,BoldItalic}.ttf ' +
        'in /usr/share/fonts/truetype/croscore/ or NotoSerif-*.ttf in /usr/share/fonts/truetype/noto/. ' +
        'Install the Debian package fonts-croscore (apt-get install -y fonts-croscore), or set THIDUA_PDF_FONT_DIR.',
    );
  })();
  cached.catch(() => {
    cached = undefined; // allow a retry after the fonts are installed
  });
  return cached;
}
