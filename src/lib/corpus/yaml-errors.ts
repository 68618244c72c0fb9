/**
 * YAML syntax errors explained for authors: the line of the fault (where the unclosed bracket
 * or quote was opened, not where the parser gave up), the field being read, and a fix for the
 * common cases (unclosed bracket or quote, tab indentation, an unquoted colon, misaligned
 * fields, duplicate keys). Works on the text alone, so it does not depend on the parser's
 * wording beyond the line it stopped at.
 */

/** What a line holds, as far as locating fields needs. */
interface LineInfo {
  /** Only spaces, or a comment. */
  blank: boolean;
  /** Columns of the `- ` list markers at the start of the line. */
  markers: number[];
  /** The mapping key on the line, unquoted. */
  key?: string;
  /** Column of the key. */
  keyCol?: number;
  /** Column of the value after `key:`. */
  valueCol?: number;
  /** The leading whitespace. */
  indent: string;
}

const LINE = /^([ \t]*)((?:-[ \t]+)*)(?:("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"[\]{},][^#]*?)[ \t]*:(?=[ \t]|$))?/;

function lineInfo(raw: string): LineInfo {
  // A tab in the indentation (a syntax error) counts as four columns, as most editors show it.
  const text = raw.replace(/^[ \t]+/, (ws) => ws.replace(/\t/g, '    '));
  const m = LINE.exec(text)!;
  const indent = m[1]!;
  const blank = /^\s*(#.*)?$/.test(text);
  const markers: number[] = [];
  let col = indent.length;
  for (const part of m[2]!.match(/-[ \t]+/g) ?? []) {
    markers.push(col);
    col += part.length;
  }
  const info: LineInfo = { blank, markers, indent };
  if (m[3] !== undefined) {
    const raw = m[3];
    info.key = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
    info.keyCol = col;
    info.valueCol = m[0].length;
  }
  return info;
}

/** Leftmost column of a line's tokens (its first marker or its key). */
function leftmost(info: LineInfo): number | undefined {
  return info.markers[0] ?? info.keyCol;
}

/** The index of the list item whose `- ` marker at column `col` is on line `at`. */
function itemIndex(infos: readonly LineInfo[], at: number, col: number): number {
  let count = 0;
  for (let j = at; j >= 0; j--) {
    const info = infos[j]!;
    if (info.blank) continue;
    const left = leftmost(info);
    if (left === undefined) continue;
    if (left < col) break;
    if (info.markers.includes(col)) count++;
  }
  return count - 1;
}

/**
 * The field being read on a line (0-based index), as a path like `claims[1].date`, found from
 * the indentation of the lines above it. Empty when the line is outside any field.
 */
export function fieldAtLine(text: string, index: number): string {
  const infos = text.split('\n').map(lineInfo);
  let i = Math.min(index, infos.length - 1);
  while (i >= 0 && (infos[i]!.blank || leftmost(infos[i]!) === undefined)) i--;
  const segments: (string | number)[] = [];
  let boundary = Number.POSITIVE_INFINITY;
  for (let j = i; j >= 0 && boundary > 0; j--) {
    const info = infos[j]!;
    const left = leftmost(info);
    if (info.blank || left === undefined || left >= boundary) continue;
    if (info.key !== undefined && info.keyCol! < boundary) segments.unshift(info.key);
    for (const col of [...info.markers].reverse()) {
      if (col < boundary) segments.unshift(itemIndex(infos, j, col));
    }
    boundary = left;
  }
  // A list at the top of the file has no field name to give.
  if (typeof segments[0] === 'number') return '';
  return segments.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
}

/** A quote or bracket opened at a place in the text. */
interface Opening {
  char: string;
  line: number;
  col: number;
  /** Line where it closed; undefined when it never did. */
  closedAt?: number;
}

/** Finds quoted scalars and flow brackets, with where each opened and closed. */
function scan(lines: readonly string[]): { quotes: Opening[]; brackets: Opening[] } {
  const quotes: Opening[] = [];
  const brackets: Opening[] = [];
  const open: Opening[] = [];
  let quote: Opening | undefined;
  lines.forEach((text, line) => {
    for (let col = 0; col < text.length; col++) {
      const c = text[col]!;
      if (quote) {
        if (quote.char === '"' && c === '\\') col++;
        else if (c === quote.char && quote.char === "'" && text[col + 1] === "'") col++;
        else if (c === quote.char) {
          quote.closedAt = line;
          quote = undefined;
        }
        continue;
      }
      const before = text.slice(0, col).trimEnd();
      const atValueStart = before === '' || /(^|[\s[{,])-$|[:[{,?]$/.test(before);
      if (c === '#' && (col === 0 || /\s/.test(text[col - 1]!))) break;
      if ((c === '"' || c === "'") && atValueStart) {
        quote = { char: c, line, col };
        quotes.push(quote);
      } else if ((c === '[' || c === '{') && atValueStart) {
        const o: Opening = { char: c, line, col };
        open.push(o);
        brackets.push(o);
      } else if ((c === ']' || c === '}') && open.length > 0) {
        open.pop()!.closedAt = line;
      }
    }
  });
  return { quotes, brackets };
}

/** A line that starts a block mapping entry or list item (never inside a one-line flow value). */
const BLOCK_ENTRY = /^\s*(?:-\s+)?[A-Za-z_][\w-]*:(\s|$)|^\s*-\s/;

function nextContentLine(lines: readonly string[], from: number): number | undefined {
  for (let j = from; j < lines.length; j++) if (!/^\s*(#.*)?$/.test(lines[j]!)) return j;
  return undefined;
}

/** True when an opening on `line` swallowed later block entries (so it was never closed where meant). */
function runsIntoBlock(lines: readonly string[], o: Opening): boolean {
  const end = o.closedAt ?? lines.length - 1;
  for (let j = o.line + 1; j <= end; j++) if (BLOCK_ENTRY.test(lines[j]!)) return true;
  return o.closedAt === undefined && nextContentLine(lines, o.line + 1) === undefined;
}

/** The previous line holding a key, as the sibling a misindented line was meant to line up with. */
function previousKeyLine(lines: readonly string[], line: number): { index: number; info: LineInfo } | undefined {
  for (let j = line - 1; j >= 0; j--) {
    const info = lineInfo(lines[j]!);
    if (!info.blank && info.keyCol !== undefined) return { index: j, info };
  }
  return undefined;
}

/** The field a misindented line reads as once lined up with the key on the line above it. */
function alignedField(lines: readonly string[], line: number): string {
  const sibling = previousKeyLine(lines, line);
  if (!sibling) return fieldAtLine(lines.join('\n'), line);
  const aligned = [...lines];
  aligned[line] = `${' '.repeat(sibling.info.keyCol!)}${lines[line]!.trimStart().replace(/^(-\s+)+/, '')}`;
  return fieldAtLine(aligned.join('\n'), line);
}

/** A diagnosed syntax error: 1-based line of the fault in the text, field path, message (`what: fix`). */
export interface YamlDiagnosis {
  line: number;
  field: string;
  message: string;
}

/**
 * Explains a YAML syntax error. `errorLine` is the 0-based line where the parser stopped and
 * `reason` its own words (kept as a last resort).
 */
export function diagnoseYamlError(text: string, errorLine: number, reason: string): YamlDiagnosis {
  const lines = text.split('\n');
  const at = (line: number, message: string): YamlDiagnosis => ({
    line: line + 1,
    field: fieldAtLine(text, line),
    message,
  });
  const stop = Math.min(Math.max(errorLine, 0), lines.length - 1);

  // Tabs: YAML indents with spaces only.
  const tabbed = lines.findIndex((l, i) => i <= stop + 1 && /^ *\t/.test(l) && !/^\s*$/.test(l));
  if (tabbed !== -1 && (tabbed === stop || /tab/i.test(reason))) {
    return {
      line: tabbed + 1,
      field: alignedField(lines, tabbed),
      message:
        'YAML syntax error: the line is indented with a tab: indent with spaces only (replace the tab with spaces)',
    };
  }

  const { quotes, brackets } = scan(lines);
  const quote = quotes.find(
    (q) => q.line <= stop && (q.closedAt === undefined || q.closedAt > q.line) && runsIntoBlock(lines, q),
  );
  if (quote) {
    const kind = quote.char === '"' ? 'double' : 'single';
    return at(
      quote.line,
      `YAML syntax error: the ${kind} quote (${quote.char}) opened at column ${quote.col + 1} is never closed: add the closing ${quote.char} at the end of the value`,
    );
  }
  const bracket = brackets.find(
    (b) => b.line <= stop && (b.closedAt === undefined || b.closedAt > b.line) && runsIntoBlock(lines, b),
  );
  if (bracket) {
    const close = bracket.char === '[' ? ']' : '}';
    const what = bracket.char === '[' ? 'list' : 'map';
    return at(
      bracket.line,
      `YAML syntax error: the "${bracket.char}" opened at column ${bracket.col + 1} is never closed: add "${close}" at the end of the ${what}`,
    );
  }

  const stopText = lines[stop] ?? '';
  // A quoted value followed by more text on the line: a closing quote is missing earlier.
  const glued = /"[^"\s,}\]]/.exec(stopText.slice(stopText.indexOf('"', stopText.indexOf('"') + 1)));
  if (glued && /flow collection|comma/i.test(reason)) {
    return at(
      stop,
      'YAML syntax error: a quoted value runs into the next entry: a closing quote is missing earlier on the line; close every "…" before the next comma',
    );
  }

  if (/duplicated mapping key/i.test(reason)) {
    const info = lineInfo(stopText);
    const first = lines.findIndex((l, i) => {
      if (i >= stop) return false;
      const other = lineInfo(l);
      return other.key === info.key && other.keyCol === info.keyCol && fieldAtLine(text, i) === fieldAtLine(text, stop);
    });
    return at(
      stop,
      `duplicate key "${info.key ?? ''}"${first >= 0 ? ` (first on line ${first + 1})` : ''}: each key may appear once; rename or merge the two entries`,
    );
  }

  // key: value: more → the value holds ": ", which starts a nested mapping.
  for (const line of [stop, stop - 1]) {
    const l = lines[line];
    if (l === undefined) continue;
    const info = lineInfo(l);
    if (info.valueCol === undefined) continue;
    const value = l.slice(info.valueCol).trim();
    if (/^[^"'[{|>&*!#].*:(\s|$)/.test(value)) {
      return at(
        line,
        `YAML syntax error: the value holds ": ", which YAML reads as a new key: put the whole value in quotes, e.g. ${info.key}: "${value.replace(/"/g, '\\"')}"`,
      );
    }
  }

  if (/indentation|implicit key|sequence entry|mapping entry/i.test(reason)) {
    const info = lineInfo(stopText);
    const col = info.keyCol ?? info.markers[0];
    const sibling = previousKeyLine(lines, stop);
    if (col !== undefined && sibling && sibling.info.keyCol !== col) {
      const name = info.key ?? stopText.trim();
      return {
        line: stop + 1,
        field: alignedField(lines, stop),
        message: `YAML syntax error: "${name}" is indented ${col} spaces but "${sibling.info.key}" on line ${sibling.index + 1} is indented ${sibling.info.keyCol}: line up the fields of one entry (indent "${name}" by ${sibling.info.keyCol} spaces)`,
      };
    }
  }

  return at(stop, `YAML syntax error (${reason}): check the indentation and quoting of this line`);
}
