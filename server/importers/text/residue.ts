// What comment sections leave between comments as text: buttons, vote counts, share bars,
// forum post footers, and the reply links that end each comment of a page.

/**
 * `^(?:a|b|…)+$` without backtracking: each step commits to the first alternative that matches
 * there (a lookahead captured and consumed, JavaScript's atomic group), so a long line that
 * fails at its last character costs linear time, not exponential. Longer alternatives that
 * share a start with shorter ones must come first, and literals are tried longest first.
 */
export function runOf(alternatives: readonly string[], flags = "u", anchored = true): RegExp {
  const literal = (a: string) => !/[\\[\](){}.*+?|^$]/.test(a);
  const ordered = [...alternatives.filter((a) => !literal(a)), ...alternatives.filter(literal).sort((a, b) => b.length - a.length)];
  return new RegExp(`${anchored ? "^" : ""}(?:(?=(${ordered.join("|")}))\\1)+$`, flags);
}

const RESIDUE_WORDS = runOf("reply|share|permalink|embed|save|saved|unsave|parent|report|give ?award|award|edit|source|delete|hide|flag|like|likes|upvote|downvote|vote|context|full comments|link|cancel reply|log in to reply|login to reply".split("|"), "");

/**
 * Buttons and labels of comment sections in the languages they come in, as text tools print
 * them ("(BUTTON) Reply", "[ Submit ]", "ReplyDelete", "Antwort ↓", "Has thanked: 3 times").
 */
const PAGE_CHROME = runOf([
  // Patterns first, each before the shorter pattern it would otherwise lose to.
  "\\(button\\)", "\\[[^\\]]{0,30}\\]", ".{1,40}'savatar", "contact\\S{0,30}", "viewentirediscussion.*", "multi-?quote", "antwort↓",
  "hasthanked:\\d+(?:times?)?", "beenthanked:\\d+(?:times?)?", "\\d+(?:more)?repl(?:y|ies)", "[-−+]?\\d+points?", "·?\\d+(?:yr|mo|d|h|m)s?\\.?ago",
  "\\d+(?:[.,]\\d)?k", "#\\d+", "\\d+", "(?:silver|gold|platinum|helpful|wholesome)\\d*", "[□■○●◦▪▫+*#•↳►▼☆★]+", "[_━─═]+",
  "(?:new|senior|junior|active|registered|staff|wellknown|premium|vip)?member", "(?:neues)?mitglied", "(?:erfahrener)?benutzer",
  ..."useravatar reply replies replydelete antworten antwortenlöschen antwort beantworten löschen répondre repondre réponse responder /responder rispondi risposta reageren svara".split(" "),
  ..."quote zitieren zitat citer citar citazione replywithquote top nachoben haut arriba".split(" "),
  ..."share teilen partager compartir condividi report melden signaler reportar segnala save follow hide translate übersetzen traduire".split(" "),
  ..."like likes unlike gefälltmir jaime j'aime megusta mipiace thanks danke merci gracias grazie".split(" "),
  ..."sendprivatemessage privatenachricht messageprivé contact: contact profil profile viewprofile viewforumposts visithomepage homepagebesuchen beiträgeanzeigen website homepage".split(" "),
  ..."continuethisthread showall original neuste älteste beste bewertung scorehidden".split(" "),
  ..."gast guest invité invitado anonymous anonym autor author auteur themenstarter threadstarter siteadmin admin administrator moderator supermoderator".split(" "),
]);

/** "Diesen Kommentar auf Twitter teilen?", "Share this comment on Facebook". */
const SHARE_BUTTON = /^(?:[^.!]{0,40}\b(?:share|teilen|partager|compartir|condividi)\b[^.!]{0,40}\b(?:twitter|facebook|whatsapp|linkedin|x)\b|[^.!]{0,40}\b(?:twitter|facebook|whatsapp|linkedin)\b[^.!]{0,20}\b(?:share|teilen|partager|compartir|condividi))\b[^.!]{0,60}$/iu;

const SOCIAL = /twitter|facebook|whatsapp|linkedin/i;

/** A forum post's footer: "Likes: ann, bob and 8 others", "Last edited: Sep 14, 2017". */
const POST_FOOTER = /^(?:likes|last edited(?: by .{1,40})?|zuletzt bearbeitet(?: von .{1,40})?|reaktionen|dernière modification(?: par .{1,40})?|última edición)\s*:/iu;

/** Button text, vote counts and similar markup that comment sections leave in a dump. */
export function isCommentResidue(text: string): boolean {
  if (text.length > 80) return false;
  const squeezed = text.toLowerCase().replace(/[\s•·›|]+/g, "");
  if (squeezed.length === 0) return true;
  // A vote widget alone: "Daumen hoch5Daumen runter", "▲ 12 ▼".
  if (/\d|daumen|thumb|vote/.test(squeezed) && text.toLowerCase().replace(VOTE_WIDGET, "").replace(/[\s|·•]+/g, "") === "") return true;
  // Chrome is short; a longer line is read by the sentence-like rules below only.
  if (squeezed.length <= 60 && (RESIDUE_WORDS.test(squeezed) || PAGE_CHROME.test(squeezed))) return true;
  // The two sentence-like rules only where their key words stand.
  if (SOCIAL.test(text) && SHARE_BUTTON.test(text)) return true;
  if (text.includes(":") && POST_FOOTER.test(text)) return true;
  if (/^[-−+]?\d+$/.test(squeezed)) return true; // vote counts
  if (/^[-−+]?\d*[△▽▲▼⬆⬇↑↓]+[-−+]?\d*$/.test(squeezed)) return true;
  return /^(?:avatar|seemore|showmore|readmore|loadmorecomments|showmorereplies|continuethisthread|\d+morerepl(?:y|ies)|loadmorecomments\(\d+repl(?:y|ies)\)|\(\d+children\)|likedby\d+(?:person|people)|\d+likes?|loading\.*)$/.test(squeezed);
}

/** Vote buttons and their counts printed beside a reply link ("Daumen hoch0Daumen runter  Antworten", "👍 3 Reply"). */
const VOTE_WIDGET = /daumen (?:hoch|runter)|thumbs? (?:up|down)|upvote|downvote|dislike|vote (?:up|down)|j'aime pas|me gusta|[👍👎▲▼△▽]|[+-]?\d+/gu;

/** A horizontal rule as text tools draw one between posts: "━━━━", "______", "-----". */
const RULE = /^[━─═_\-=~*]{40,}$/;

/** A reply or quote link, a forum's "Top", or the rule between posts: printed once after each comment's text, so it ends one. */
export function isCommentEnd(text: string): boolean {
  return RULE.test(text) || isReplyLink(text);
}

/** A reply or quote link (votes beside it allowed), or a forum's "Top". */
export function isReplyLink(text: string): boolean {
  if (text.length > 60) return false;
  const squeezed = text
    .toLowerCase()
    .replace(VOTE_WIDGET, "")
    .replace(/\[[^\]]{0,30}\]/g, "") // an image's placeholder beside the link: "[progress] Reply With Quote"
    .replace(/[\s•·›|□■○●◦▪▫☆★►▼↳+*↓()]+/g, "")
    .replace(/^button/, "");
  return /^(?:reply|replydelete|antworten|antwortenlöschen|antwort|répondre|repondre|responder|rispondi|beantworten|top|haut|nachoben|arriba|replywithquote(?:replywithquote)?|quote|zitieren|citer|citar|(?:button)?reply(?:button)?share.*|reportsave(?:follow)?|share(?:button)?report(?:button)?save)$/u.test(squeezed);
}
