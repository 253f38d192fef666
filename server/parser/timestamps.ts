// Comment times as dumps write them: absolute ("December 30, 2016 at 1:21 pm") or
// relative ("2 months ago"). Absolute ones become ISO local time; relative ones stay raw.

export interface ParsedTime {
  /** `YYYY-MM-DDTHH:MM` (or `YYYY-MM-DD` when the dump gives no time), or null for relative times. */
  iso: string | null;
  raw: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const CLOCK = "(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*([ap]\\.?m\\.?)?";
const JOIN = "(?:,?\\s+(?:at|@|-|–|—|\\|)?\\s*|T)";

const MONTH_FIRST = new RegExp(`^(?:on\\s+)?(?:\\w+,\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?:${JOIN}${CLOCK})?$`, "i");
const DAY_FIRST = new RegExp(`^(?:on\\s+)?(?:\\w+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?:${JOIN}${CLOCK})?$`, "i");
const NUMERIC_ISO = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?:${JOIN}${CLOCK})?(?:Z|[+-]\\d{2}:?\\d{2})?$`, "i");
const NUMERIC_US = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})(?:${JOIN}${CLOCK})?$`, "i");
const RELATIVE = /^(?:about\s+|over\s+|almost\s+)?(?:(?:a|an|one|\d+)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\.?\s+ago|just now|yesterday|today|moments? ago)$/i;

const DIGIT = /\d/;

const pad = (n: number) => String(n).padStart(2, "0");

function iso(year: number, month: number, day: number, h?: string, m?: string, ampm?: string): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (h === undefined || m === undefined) return date;
  let hour = Number(h);
  const minute = Number(m);
  const meridiem = ampm?.replace(/\./g, "").toLowerCase();
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}

const monthNumber = (name: string) => MONTHS[name.toLowerCase().slice(0, 3)];

/** Reads a whole string as a comment time, or returns null when it is not one. */
export function parseTime(input: string): ParsedTime | null {
  let raw = input.trim();
  if (raw.endsWith(")")) raw = raw.replace(/\s*\((?:edited|modified)\)$/i, "");
  if (raw.length < 3 || raw.length > 60) return null;
  // Most lines asked about are not times; every absolute time has a digit.
  if (!DIGIT.test(raw)) return RELATIVE.test(raw) ? { iso: null, raw } : null;
  let m: RegExpExecArray | null;
  if ((m = MONTH_FIRST.exec(raw))) return absolute(raw, iso(+m[3]!, monthNumber(m[1]!)!, +m[2]!, m[4], m[5], m[6]));
  if ((m = DAY_FIRST.exec(raw))) return absolute(raw, iso(+m[3]!, monthNumber(m[2]!)!, +m[1]!, m[4], m[5], m[6]));
  if ((m = NUMERIC_ISO.exec(raw))) return absolute(raw, iso(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6]));
  if ((m = NUMERIC_US.exec(raw))) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return absolute(raw, iso(year, +m[1]!, +m[2]!, m[4], m[5], m[6]));
  }
  if (RELATIVE.test(raw)) return { iso: null, raw };
  return null;
}

function absolute(raw: string, value: string | null): ParsedTime | null {
  return value ? { iso: value, raw } : null;
}
