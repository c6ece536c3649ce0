// Numbers as bill exports write them: "£1,234.56", "(12.34)", "12.34 CR", "12.34-", "1 234,56",
// "1234 kWh". Parsed with an explicit decimal mark (never guessed per value: "1,234" is one
// thousand two hundred and thirty-four in a UK file and 1.234 in a German one).

export type DecimalMark = '.' | ',';

export type NumberParse = { ok: true; value: number } | { ok: false; reason: string };

const CURRENCY = /^(?:Â£|£|\$|€|GBP|EUR|USD)\s*|\s*(?:Â£|£|\$|€|GBP|EUR|USD)$/i;
const UNIT_SUFFIX = /\s*(?:kwh|mwh|kw|kva|kvarh|m3|m³|litres?|l|kg|tonnes?|t|miles?|km|gbp)$/i;

// Meter exports are a million plain numbers ("0.512"): those skip the general path.
const PLAIN_COMMA = /^-?\d{1,15}(?:,\d{1,15})?$/;

function patternsFor(decimalMark: DecimalMark): { grouped: RegExp; plain: RegExp } {
  const group = decimalMark === '.' ? ',' : '.';
  const mark = decimalMark === '.' ? '\\.' : ',';
  // Thousands groups must be real groups of three ("1,234,567"), or spaces; anything else is refused
  // rather than read as a different number.
  return {
    grouped: new RegExp(`^\\d{1,3}(?:[${group === '.' ? '\\.' : ','} ]\\d{3})+(?:${mark}\\d+)?$`),
    plain: new RegExp(`^(?:\\d+(?:${mark}\\d*)?|${mark}\\d+)(?:[eE][-+]?\\d+)?$`),
  };
}
const PATTERNS: Record<DecimalMark, { grouped: RegExp; plain: RegExp }> = { '.': patternsFor('.'), ',': patternsFor(',') };

/** The value of a plain number ("0.512", "-3", "12,5" with a decimal comma), or null for anything else. */
export function plainNumber(raw: string, decimalMark: DecimalMark = '.'): number | null {
  if (decimalMark === '.') return isPlainDot(raw) ? Number(raw) : null;
  return PLAIN_COMMA.test(raw) ? Number(raw.replace(',', '.')) : null;
}

/** /^-?\d{1,15}(?:\.\d{1,15})?$/, char by char (a meter export has a million readings to check). */
function isPlainDot(text: string): boolean {
  const n = text.length;
  let i = n > 0 && text.charCodeAt(0) === 45 ? 1 : 0;
  const whole = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  if (i === whole || i - whole > 15) return false;
  if (i === n) return true;
  if (text.charCodeAt(i) !== 46) return false;
  const fraction = ++i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  return i === n && i > fraction && i - fraction <= 15;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

export function parseNumber(raw: string, decimalMark: DecimalMark = '.'): NumberParse {
  const plain = plainNumber(raw, decimalMark);
  if (plain !== null) return { ok: true, value: plain };
  let text = raw.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (text === '') return { ok: false, reason: 'is empty' };
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (/\s*CR$/i.test(text)) {
    negative = true;
    text = text.replace(/\s*CR$/i, '');
  } else if (/\s*DR$/i.test(text)) {
    text = text.replace(/\s*DR$/i, '');
  }
  if (/-$/.test(text) && !/^-/.test(text)) {
    negative = true;
    text = text.slice(0, -1).trim();
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) {
    text = text.slice(1).trim();
  }
  const withoutCurrency = text.replace(CURRENCY, '');
  const hadCurrency = withoutCurrency !== text;
  text = withoutCurrency.replace(UNIT_SUFFIX, '').trim();
  if (hadCurrency && text.startsWith('-')) {
    // "£-12.34": the sign after the currency symbol.
    negative = !negative;
    text = text.slice(1).trim();
  }
  const { grouped: groupedPattern, plain: plainPattern } = PATTERNS[decimalMark];
  let normal: string;
  if (groupedPattern.test(text)) normal = text.replace(/[ ,.]/g, (c) => (c === decimalMark ? '.' : ''));
  else if (plainPattern.test(text)) normal = decimalMark === ',' ? text.replace(',', '.') : text;
  else return { ok: false, reason: `"${raw.trim().slice(0, 40)}" is not a number` };
  const value = Number(normal);
  if (!Number.isFinite(value)) return { ok: false, reason: `"${raw.trim().slice(0, 40)}" is not a finite number` };
  return { ok: true, value: negative ? -value : value };
}
