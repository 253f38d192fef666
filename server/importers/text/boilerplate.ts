// Page furniture that a scrape leaves between real text. Rules are about kinds of
// furniture (consent walls, promos, share bars, comment forms), not about particular sites.
import type { Line } from "./types";

/** Furniture that fits on a short line: labels, buttons, headers of page sections. */
const SHORT_FURNITURE: RegExp[] = [
  /^story continues below:?$/i,
  /^(?:advertisement|sponsored|sponsored content|skip to (?:main )?content|scroll to top|back to top)$/i,
  /^(?:related|read more|read also|see also|more|recommended|also read|watch|listen)\s*:\s*\S/i,
  /^(?:related (?:articles|posts|stories|content)|you may also like|recommended for you|more from .{1,40}|trending(?: now)?|popular (?:posts|stories)|most read)$/i,
  /^(?:share|tweet|email|e-mail|print|pin|save|like|comment|facebook|twitter|whatsapp|linkedin|reddit|telegram|pinterest|flipboard|copy link|share this(?: article| story)?)(?:\s*(?:this|on \w+|[:|•·,]))*$/i,
  /^(?:share this|like this|share on|follow us on|click to share on)\b.{0,120}$/i,
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|join the discussion|comments? (?:are )?closed\.?|leave a reply cancel reply|cancel reply)$/i,
  /^required fields are marked/i,
  /your email address will not be published/i,
  /\b(?:enable|turn on) javascript\b/i,
  /^(?:name|email|e-mail|website|comment|message)\s*\*?$/i,
  /^(?:post|submit) comment$/i,
  /^save my name, email, and website/i,
  /^notify me of (?:follow-up comments|new posts)/i,
  /^this site uses akismet/i,
  /^you must be (?:logged in|registered)/i,
  /^(?:\d+|no|one) comments?:?$/i,
  /^comments?(?: \(\d+\))?:?$/i,
  /^(?:sort by\b.{0,30}|newest|oldest|best|top|login|log in|recommend(?: \d+)?|favou?rite(?: this discussion)?|powered by disqus|disqus' privacy policy|what do you think\??|\d+ (?:responses|reactions))$/i,
  /^(?:—|--|-)\s*.{1,60}\(@\w{1,30}\)\s+\w+ \d{1,2}, \d{4}$/, // tweet embed residue
  /^pic\.twitter\.com\/\S+$/i,
  /^(?:https?:\/\/)?t\.co\/\S+$/i,
  /^all rights reserved\.?$/i,
];

/** Furniture that can fill a long line: trailers, promos, long form notices. */
const LONG_FURNITURE: RegExp[] = [
  /^the post .+ appeared first on .+$/i,
  /\b(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,80}newsletter/i,
  /^(?:get|join) (?:our|the) .{0,60}newsletter/i,
  /^(?:\d+|one|no) (?:thoughts?|responses?|repl(?:y|ies)|comments?) (?:on|to) .{1,300}$/i,
  /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,200}$/i,
];
/** Each list as one alternation: one regex run per line instead of one per rule. */
const oneOf = (rules: RegExp[]) => new RegExp(rules.map((r) => `(?:${r.source})`).join("|"), "i");
const ANY_LONG = oneOf(LONG_FURNITURE);
const ANY = oneOf([...LONG_FURNITURE, ...SHORT_FURNITURE]);
const SHORT_LINE = 160;

export function isFurniture(text: string): boolean {
  if (text.length > 600) return false;
  return (text.length > SHORT_LINE ? ANY_LONG : ANY).test(text);
}

const SITE_CLUES: RegExp[] = [
  /^the post .+ appeared first on (.+?)\.?$/i,
  /^(?:©|copyright\s*©?|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(.+?)(?:[.,]?\s*all rights reserved.*)?\.?$/i,
  /\b(?:sign up|subscribe) (?:for|to) (?:our|the)\s+(.+?)\s+newsletter/i,
];

/** The publication's name where a line reveals it, else null. */
export function siteFromLine(text: string): string | null {
  for (const clue of SITE_CLUES) {
    const m = clue.exec(text);
    const name = m?.[1]?.replace(/\s+/g, " ").trim();
    if (name && name.length <= 80) return name;
  }
  return null;
}

/** "The post TITLE appeared first on SITE." gives the title of a dump that lost its headline. */
export function titleFromTrailer(text: string): string | null {
  return /^the post (.+) appeared first on .+$/i.exec(text)?.[1]?.trim() ?? null;
}

const CONSENT_HINT = /ookie|onsent|rivacy/;
const CONSENT_START = /\b(?:uses? cookies|use of cookies|accept (?:all )?cookies|cookie (?:policy|preferences|settings|consent|list)|we value your privacy|manage consent)\b/i;
const CONSENT_TOPIC = /\b(?:cookies?|consent|privacy|opt[- ]out|personal (?:data|information)|gdpr|ccpa|do not sell|tracking|third[- ]part(?:y|ies)|advertising partners)\b/i;

/**
 * Marks a cookie or consent wall: it starts at a line that is plainly about consent and
 * runs while lines stay on that topic or are its short button labels ("X", "Save Settings").
 * A long line on another topic ends it, so article text next to a wall survives.
 */
export function findConsentWall(lines: readonly Line[]): Set<number> {
  const wall = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (!CONSENT_HINT.test(text) || !CONSENT_START.test(text)) continue;
    // Button labels just before the wall's first sentence ("X") belong to it.
    let back = i - 1;
    while (back >= 0 && !wall.has(back) && isButtonLabel(lines[back]!.text)) wall.add(back--);
    let j = i;
    for (; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (CONSENT_TOPIC.test(text) || isButtonLabel(text)) wall.add(j);
      else break;
    }
    i = j - 1;
  }
  return wall;
}

function isButtonLabel(text: string): boolean {
  return text.length <= 40 && !/[.!?:]$/.test(text) && text.split(/\s+/).length <= 5;
}
