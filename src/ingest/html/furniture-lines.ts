/**
 * Furniture recognised by what a line says, not by class names: calls to
 * action (share, rate, subscribe, comment), labels ("Tags:", "Kategorie:"),
 * image credits (`AFP / Jane Doe`, `Foto: …`, stock agencies), post stamps
 * ("Erstellt am …", "opublikowano", a bare date or clock time) and comment-form
 * prompts. Pages without telling class names still print these words, in
 * the languages of the dev sets (English, German, French, Spanish, Italian,
 * Polish). trafilatura keeps similar lists; no library exposes them as a
 * reusable line classifier, so they are written here.
 */

export interface LineVerdict {
  readonly kind: 'boilerplate' | 'byline';
  readonly reason: string;
}

/** Calls to action are short; a longer line with these words is a sentence about them. */
const CTA_MAX_WORDS = 25;
const CTA_RE = new RegExp(
  [
    // English
    String.raw`\bsubscribe to (?:our|the)\b|\bsign(?:ing)? up (?:for|to) (?:our|the)\b|\b(?:sign up|subscribe|register|join|abonnieren|anmelden|inscri\w*)\b.{0,40}\bnewsletter\b|\bnewsletter\b.{0,30}\b(?:abonnieren|anmelden|sign[- ]?up|subscribe)\b|\bfollow (?:us|[\p{L}.]+(?: [\p{L}.]+){0,2}) on (?:twitter|facebook|instagram|x)\b`,
    String.raw`\bdownload (?:the|our) [\p{L} ]{0,30}apps?\b|\bshare (?:this|the) (?:article|post|story|page)\b|\brate this (?:article|post|recipe)\b|\bwas this (?:article|page|post) (?:helpful|useful)`,
    String.raw`\bif you (?:enjoyed|liked) (?:reading )?this\b|\bwe want to hear what you think\b|\bnever miss (?:the latest|a story|an? )|\bwe use cookies\b|\blog ?in for (?:immediate )?access\b`,
    String.raw`\bto (?:view|read) the full (?:story|article)\b|\bplease subscribe\b|\bsupport (?:our|independent) journalism\b|\breload captcha\b|\bdo you want to be informed\b`,
    String.raw`\bthis post contains references to products\b|\bleave a (?:reply|comment)\b|\bpara comentar debes\b|^schon gelesen\?$|\byour email address will not be published\b`,
    // German
    String.raw`\babonnieren\b|\b(?:artikel|beitrag|seite) (?:teilen|bewerten|drucken|empfehlen|merken)\b|\bbewerten sie (?:diesen|den) (?:artikel|beitrag)\b|\b(?:war|ist) (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)`,
    String.raw`\bmöchten sie (?:den|diesen) (?:artikel|beitrag) teilen\b|\bkommentare? (?:schreiben|geschlossen|insgesamt|verfassen|hinterlassen)\b|\bum kommentare zu schreiben\b|\bwird (?:benötigt und )?nicht veröffentlicht\b`,
    String.raw`^(?:rezept drucken|bild anzeigen)\b|^jetzt teilen!?$|\blade weitere inhalte\b|\bvorschau auf den nächsten artikel\b|\bgefällt dir unser\b|^lust auf mehr\?$|\bjetzt auch digital\b|\balle angaben ohne gewähr\b`,
    String.raw`\bwir verwenden cookies\b|\bmit diesem button\b|\bbloggern gefällt das\b|\bnoch keine bewertungen\b|\bdieser (?:text|beitrag|artikel) wurde .{0,40}veröffentlicht\b`,
    // French, Spanish, Italian, Polish
    String.raw`(?:^|\s)à lire aussi\b|\bpartager (?:cet|l')article\b|\babonnez-vous\b|\bvalora esta noticia\b|\bsuscríbete\b|\bcomparte esta (?:noticia|nota)\b|\bpuede escribirnos\b|\biscriviti\b`,
    String.raw`\b(?:s[ií]guenos|síganos) en\b|\bcanal de (?:telegram|whatsapp|youtube)\b|\bhazte (?:miembro|socio)\b|\bcancela cuando quieras\b|\bsubmit your letter\b|\bget the latest news straight to\b`,
    String.raw`\bnewsletter an\b|\bjede (?:kleine )?spende\b|\berhalten sie exklusive\b|^mit freunden teilen$|^externer inhalt$|^quellen (?:ausblenden|anzeigen)$|^inhaltsverzeichnis$|\bbei fragen und anregungen\b|\bfindest du hier\.?$`,
    String.raw`\bczytaj (?:też|także|również)(?!\p{L})|\bzobacz (?:też|także|również)(?!\p{L})|\bkorzystamy z (?:plików )?cookies\b|\bzapraszamy (?:też )?do subskrypcji\b|\bmateriał chroniony prawem\b|^drukuj$|\bten tekst przeczytasz\b`,
  ].join('|'),
  // `\b` is an ASCII word boundary even with the `u` flag: next to `ż`, `é` or `à` it never matches, so
  // phrases that begin or end with such a letter use `(?:^|\s)` / `(?!\p{L})` instead.
  // Lower-case patterns tested on the lower-cased line: without the `i` flag V8 scans this
  // alternation about 80 times faster (it was the extractor's largest single cost).
  'u',
);
/** "Read also: <another story>" teasers, up to this many words. */
const TEASER_MAX_WORDS = 30;
const TEASER_RE =
  /^(?:lea (?:también|más)|lea|vea también|mira también|(?:le|te) puede interesar|puedes ver|mira|mire|auch lesen|lesen sie auch(?: die folgenden beiträge)?|à lire aussi|lire aussi|read (?:more|also|next)|see also|siehe auch|lesen sie auch|mehr zum thema|schon gelesen\??|czytaj (?:też|także|również)|zobacz (?:też|także|również)|leggi anche|leia (?:também|mais)|veja também)\s*[:?]/iu;
/** Related-content labels are short headings. */
const RELATED_MAX_WORDS = 6;
/**
 * The label over a box of other stories ("Related articles", "Weitere Artikel",
 * "Temas relacionados", "Ezek is érdekelhetnek"): the whole line is the label.
 * The box's links are usually dropped as a link list, its label stays behind
 * as a stray heading; wherever it stands, it is not the article's text.
 */
const RELATED_LABEL_RE = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`related (?:articles|posts|stories|content|news|reading)|more (?:stories|articles|news)(?: from [\p{L} ]+)?|(?:latest|newest|recent) (?:articles|posts|stories|news)|most (?:read|popular|viewed)(?: articles| stories)?|further reading|you (?:might|may) also (?:like|enjoy)`,
      String.raw`weitere (?:artikel|beiträge|nachrichten|meldungen)(?: zum thema| aus der [\p{L}-]+)?|verwandte (?:themen|themenbereiche|artikel|beiträge)|mehr themen|(?:neueste|aktuelle|meistgelesene|meistdiskutierte|beliebteste|ähnliche) (?:artikel|beiträge|nachrichten)|zum weiterlesen|das könnte (?:sie|dich) (?:auch )?interessieren|auch interessant|mehr (?:zum thema|aus [\p{L}-]+)`,
      String.raw`à lire aussi|sur le même sujet|dans la même rubrique|temas relacionados|noticias relacionadas|(?:le|te) puede interesar|también te puede interesar|leggi anche|articoli correlati|czytaj więcej|ezek is érdekelhetnek`,
    ].join('|') +
    String.raw`)\s*[:.!]?$`,
  'iu',
);
/** Labels and stamps are this short. */
const LABEL_MAX_WORDS = 12;
/** A post-meta label opening the line ("Kategorie: News", "Tags: a, b"). */
const LABEL_RE =
  /^(?:kategorie(?:n)?|category|categories|catégories?|categoría|categoria|tags?|schlagw(?:ö|o)rter|schlagworte|stichw(?:ö|o)rter|themen|topics|filed under|posted in|abgelegt unter|aufrufe|views|permalink|permalien|quellenangaben|erschienen in)\b\s*:?.*$/iu;
/** Post stamps in several languages ("Erstellt am …", "Ultima modifica", "opublikowano"). */
const STAMP_RE =
  /^(?:erstellt|eingestellt|veröffentlicht|aktualisiert|geschrieben|gepostet|publié|mis à jour|publicado|actualizado|pubblicato|ultima modifica|opublikowano|aktualizacja|release date)(?!\p{L}).*$/iu;
/** A bare date (27.01.2022, 2022-01-27) or clock time (3:59 PM), alone on its line. */
const BARE_DATE_RE =
  /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$|^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?|\s*uhr)?$/iu;
/** Image credits: too short to be prose. */
const CREDIT_MAX_WORDS = 7;
/** `Photograph by Jane Doe, Some Long Agency Name`: the phrase says it is a credit, so a longer line still is one. */
const PHOTO_BY_MAX_WORDS = 12;
const PHOTO_BY_RE =
  /^\(?(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Ii]llustrations?)(?:ed)? (?:by|courtesy of)\s+\p{Lu}/u;
const CREDIT_RE = new RegExp(
  [
    // A credit may be set in parentheses after a caption: `(Credit: Jane Doe / Agency)`.
    String.raw`^\(?(?:fotos?|photos?|bild(?:er)?|image|credits?|crédits? photos?|photograph(?:ed)? by|titelbild|quelle|źródło|fuente|fonte|abbildung|grafik)\s*:`,
    String.raw`^photograph(?:ed)? by\b|\b(?:istock(?:photo)?(?:\.com)?|getty ?images|shutterstock|adobe ?stock|picture[- ]alliance|imago|unsplash|pixabay|wenn\.com|bestimage)\b`,
    // "AFP / Jane Doe", "DCV / Oppitz", "Judy Eddy/WENN.com": a short name, a slash, a short name, no sentence.
    String.raw`^\p{Lu}[\p{L}.&'-]*(?: [\p{L}.&'-]+){0,2} ?\/ ?\p{Lu}[\p{L}.&'-]*(?: [\p{L}.&'-]+){0,2}$`,
  ].join('|'),
  'iu',
);
/** A caption paragraph that ends with its credit: `Marco at the start. © AFP / Jane Doe`, `(© Agency)`. */
const CREDIT_END_MAX_WORDS = 50;
const CREDIT_END_RE = /(?:^|[\s|(.])©\s*[\p{L}][^©.!?]{0,60}\)?$/u;
/** Advertising labels alone on their line ("Anzeige:", "- Anzeige -", "Advertisement"). */
const AD_LABEL_RE =
  /^[-–\s]*(?:anzeige|advertisement|werbung|reklama|publicidad|pubblicità|publicité)[-–\s]*:?$/iu;

/** Furniture a heading can be: a related-content label, a teaser, a call to action. Post-meta labels and stamps are not tried (a heading "Themen" or a dated heading is content). */
export function classifyFurnitureHeading(line: string, words: number): LineVerdict | undefined {
  if (words <= RELATED_MAX_WORDS && RELATED_LABEL_RE.test(line))
    return { kind: 'boilerplate', reason: 'related label' };
  if (words <= TEASER_MAX_WORDS && TEASER_RE.test(line)) return { kind: 'boilerplate', reason: 'teaser' };
  if (words <= CTA_MAX_WORDS && CTA_RE.test(line.toLowerCase()))
    return { kind: 'boilerplate', reason: 'call to action' };
  return undefined;
}

export function classifyFurnitureLine(line: string, words: number): LineVerdict | undefined {
  if (words <= RELATED_MAX_WORDS && RELATED_LABEL_RE.test(line))
    return { kind: 'boilerplate', reason: 'related label' };
  if (words <= LABEL_MAX_WORDS) {
    if (LABEL_RE.test(line)) return { kind: 'boilerplate', reason: 'post meta' };
    if (STAMP_RE.test(line)) return { kind: 'byline', reason: 'date stamp' };
    if (BARE_DATE_RE.test(line)) return { kind: 'byline', reason: 'date stamp' };
    if (AD_LABEL_RE.test(line)) return { kind: 'boilerplate', reason: 'advertisement label' };
  }
  if (words <= CREDIT_MAX_WORDS && !line.includes('://') && CREDIT_RE.test(line))
    return { kind: 'boilerplate', reason: 'media credit' };
  if (words <= PHOTO_BY_MAX_WORDS && !line.includes('://') && PHOTO_BY_RE.test(line))
    return { kind: 'boilerplate', reason: 'media credit' };
  if (words <= CREDIT_END_MAX_WORDS && CREDIT_END_RE.test(line))
    return { kind: 'boilerplate', reason: 'media credit' };
  if (words <= TEASER_MAX_WORDS && TEASER_RE.test(line)) return { kind: 'boilerplate', reason: 'teaser' };
  if (words <= CTA_MAX_WORDS && CTA_RE.test(line.toLowerCase()))
    return { kind: 'boilerplate', reason: 'call to action' };
  return undefined;
}
