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

// Times inside a line, in the languages comment sections are written in: "Rolf 29.07.2020 // 12:56",
// "Unread post by odroid » Sat Jun 25, 2016 6:19 pm", "27. September 2018", "12 mars 2020 à 14 h 05",
// "vor 3 Tagen", "il y a 2 jours", "hace 3 horas", "1 Monat her".

/** Month names by number: English, German, French, Spanish, Italian, Dutch, Portuguese (and their short forms). */
const MONTH_NAMES: Record<string, number> = {};
[
  "jan january januar jänner janvier janv enero ene gennaio gen januari janeiro",
  "feb february februar février févr fevr febrero febbraio februari fevereiro fev",
  "mar march märz maerz mär mrz mars marzo maart março",
  "apr april avril avr abril aprile abr",
  "may mai mayo maggio mag mei maio",
  "jun june juni juin junio giugno giu junho",
  "jul july juli juillet juil julio luglio lug julho",
  "aug august août aout agosto ago augustus",
  "sep sept september septembre septiembre setiembre settembre set setembro",
  "oct october oktober okt octobre octubre ottobre ott outubro out",
  "nov november novembre noviembre novembro",
  "dec december dezember dez décembre déc diciembre dic dicembre dezembro",
].forEach((names, i) => names.split(" ").forEach((n) => (MONTH_NAMES[n] = i + 1)));
const MONTH_WORD = `(${Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length).join("|")})\\.?`;
const WEEKDAY_NAMES = [
  "mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|on",
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|mo|di|mi|do|fr|sa|so|am",
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|le",
  "lunes|martes|miércoles|jueves|viernes|sábado|domingo|el",
  "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|il",
].join("|");
const WEEKDAY = `(?:(?:${WEEKDAY_NAMES})\\.?,?\\s+)?`;
const TIME_JOIN = "(?:\\s*,\\s*|\\s+(?:at|um|à|a las|alle|om|às|-|–|—|\\||@|//|kl\\.?)\\s+|\\s+|\\s*//\\s*|T)";
const CLOCK_ANY = "(\\d{1,2})(?:[:.h]\\s?(\\d{2})|\\s+h\\s+(\\d{2}))(?::\\d{2})?(?:\\s*([ap]\\.?\\s?m\\.?))?(?:\\s*(?:Uhr|h))?";
const YEAR = "(\\d{4})";
const DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?";
const TIME_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  // Sat Jun 25, 2016 · Mittwoch, Mai 10, 2017 · May 30, 2019
  { re: new RegExp(`${WEEKDAY}${MONTH_WORD}\\s+${DAY},?\\s+${YEAR}`, "giu"), read: (m) => [+m[3]!, MONTH_NAMES[m[1]!.toLowerCase()]!, +m[2]!] },
  // 27. September 2018 · 12 mars 2020 · 10 de mayo de 2019 · 3rd of June, 2019
  { re: new RegExp(`${WEEKDAY}${DAY}\\s+(?:de\\s+|of\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?${YEAR}`, "giu"), read: (m) => [+m[3]!, MONTH_NAMES[m[2]!.toLowerCase()]!, +m[1]!] },
  // 2019-05-30
  { re: /(\d{4})-(\d{1,2})-(\d{1,2})/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 29.07.2020 · 30/05/2019 · 04-06-2019 · 5/30/19
  { re: /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/g, read: (m) => numericDate(+m[1]!, +m[3]!, m[4]!, m[2]!) },
];
const RELATIVE_ANY = new RegExp(
  [
    "(?:about\\s+|over\\s+|almost\\s+)?(?:(?:a|an|one|\\d+)\\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\\.?,?\\s+){1,2}ago",
    "vor\\s+(?:einer?|einem|\\d+)\\s+(?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?|Monat(?:en)?|Jahr(?:en)?)",
    "(?:(?:ein(?:e|en)?|\\d+)\\s+(?:Sekunden?|Minuten?|Stunden?|Tage?|Wochen?|Monate?|Jahre?),?\\s+){1,2}her",
    "il\\s+y\\s+a\\s+(?:une?|\\d+)\\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?|années?)",
    "hace\\s+(?:una?|\\d+)\\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)",
  ].map((p) => `(?:${p})`).join("|"),
  "iu",
);

function numericDate(a: number, b: number, yearText: string, separator: string): [number, number, number] | null {
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  // Day first where it must be (a > 12) or where the separator is the European dot; month first for US slashes.
  if (a > 12) return [year, b, a];
  if (b > 12) return [year, a, b];
  return separator === "." ? [year, b, a] : [year, a, b];
}

export interface FoundTime extends ParsedTime {
  /** Where in the line the time starts and how long it is. */
  index: number;
  length: number;
}

const CLOCK_AFTER = new RegExp(`^${TIME_JOIN}${CLOCK_ANY}`, "iu");
const WORD_BEFORE = /[\p{L}\d]$/u;
/** A name's last letter glued to a capitalized date: "IwonaMay 30", "Mark TMay 31". */
const GLUED_BEFORE = /(?:\p{Ll}|(?:^|\s)\p{Lu})$/u;
/** Every relative time has one of these words: most lines are spared the full rule. */
const RELATIVE_HINT = /ago|vor |her\b|il y a|hace /i;
const ONE_WORD_RELATIVE = /^(?:just now|yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy)$/i;

/**
 * The first comment time written anywhere in a short line, with where it stands, or null.
 * A date may carry a clock after it; a bare clock counts only with a date or as a whole line.
 */
export function findTime(text: string): FoundTime | null {
  if (text.length > 160) return null;
  if (DIGIT.test(text)) {
    for (const pattern of TIME_PATTERNS) {
      const found = findDate(text, pattern);
      if (found) return found;
    }
  }
  const trimmed = text.trim();
  if (ONE_WORD_RELATIVE.test(trimmed)) return { iso: null, raw: trimmed, index: text.indexOf(trimmed), length: trimmed.length };
  const relative = RELATIVE_HINT.test(text) ? RELATIVE_ANY.exec(text) : null;
  if (relative && !/[\p{L}\d]$/u.test(text.slice(0, relative.index)) && !/^[\p{L}]/u.test(text.slice(relative.index + relative[0].length))) {
    return { iso: null, raw: relative[0], index: relative.index, length: relative[0].length };
  }
  return null;
}

/** The first date of one shape in a line, with the clock after it if any. */
function findDate(text: string, { re, read }: (typeof TIME_PATTERNS)[number]): FoundTime | null {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    re.lastIndex = m.index + 1;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const before = text.slice(0, start);
    const first = text.slice(start);
    // Inside a word only where a date is glued to a name ("IwonaMay 30", "GligorijevicMittwoch, Mai 10", "Autor12. Dezember").
    if (WORD_BEFORE.test(before) && !/^\d/.test(first) && !(GLUED_BEFORE.test(before) && /^\p{Lu}/u.test(first))) continue;
    const ymd = read(m);
    if (!ymd) continue;
    let end = m.index + m[0].length;
    const clock = CLOCK_AFTER.exec(text.slice(end));
    const timed = clock ? iso(ymd[0], ymd[1], ymd[2], clock[1], clock[2] ?? clock[3], clock[4]?.replace(/\s/g, "")) : null;
    if (timed) end += clock![0].length;
    const value = timed ?? iso(ymd[0], ymd[1], ymd[2]);
    if (value) return { iso: value, raw: text.slice(start, end).trim(), index: start, length: end - start };
  }
  return null;
}
