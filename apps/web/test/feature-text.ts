// Shared by the feature i18n tests: the source files of a feature, and the scan for Vietnamese text a source
// still carries of its own (string, template and JSX text literals; comments are trivia, not nodes).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The .ts/.tsx files under `dir`, the catalogue `except` left out. */
export function featureSources(dir: string, except: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : /\.tsx?$/.test(e.name) ? [join(d, e.name)] : []));
  return walk(dir).filter((f) => f !== except);
}

/** Letters only Vietnamese uses here (either case), and combining marks in case some text is not NFC. */
export const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ\u0300-\u036f]/iu;

const LITERALS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.JsxText,
]);

/** The literals of a source with Vietnamese letters, as "name:line: text". */
export function vietnameseLiterals(name: string, text: string): string[] {
  const src = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, name.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (n: ts.Node) => {
    if (LITERALS.has(n.kind) && VIETNAMESE.test(n.getText(src))) {
      const { line } = src.getLineAndCharacterOfPosition(n.getStart(src));
      found.push(`${name}:${line + 1}: ${n.getText(src).trim()}`);
    }
    n.forEachChild(visit);
  };
  visit(src);
  return found;
}
