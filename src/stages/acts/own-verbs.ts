/**
 * Verbatim's additions to the CAMEO verb dictionary: verbs PETRARCH2's file lacks or leaves
 * without a code (its REFUSE block codes nothing unless a pattern matches), each with the CAMEO
 * code it gets and why. Compiled into models/acts-verbs.json.gz by scripts/build-acts-verbs.ts.
 */

import { INFORMATION_CUTOFFS, MEDIA_CLOSURES } from './own-censorship.js';

/** [lemma, CAMEO code, reason]. */
export const OWN_VERB_CODES: readonly (readonly [string, string, string])[] = [
  ['urge', '020', 'appeal (CAMEO 020); absent from CAMEO.2.0.txt'],
  ['implore', '020', 'appeal'],
  ['exhort', '020', 'appeal'],
  ['agree', '030', 'PLOVER AGREE: agree to, promise, indicate willingness (the file codes 050)'],
  ['pledge', '030', 'PLOVER AGREE: promise'],
  ['promise', '030', 'PLOVER AGREE: promise'],
  ['vow', '030', 'PLOVER AGREE: promise'],
  [
    'pull out',
    '0872',
    'pulled out: withdraw, as WITHDRAW (the file lists PULL_OUT under GO_SOMEWHERE 040 before RETREAT)',
  ],
  ['reject', '120', 'CAMEO 120 reject (REFUSE block has no default code)'],
  ['refuse', '120', 'CAMEO 120 reject'],
  ['rebuff', '120', 'CAMEO 120 reject'],
  ['spurn', '120', 'CAMEO 120 reject'],
  ['dismiss', '120', 'CAMEO 120 reject (dismiss a proposal, a report)'],
  ['veto', '129', 'CAMEO 129 veto'],
  ['oppose', '120', 'CAMEO 120 reject'],
  ['deny', '120', 'manual note 2: deny responsibility may be REJECT'],
  ['criticise', '111', 'British spelling of criticize (111)'],
  ['denounce', '111', 'CAMEO 111 criticize or denounce'],
  ['blame', '112', 'CAMEO 112 accuse'],
  ['accuse', '112', 'CAMEO 112 accuse'],
  ['sanction', '163', 'impose sanctions (manual SANCTION discontinue)'],
  ['congratulate', '051', 'CAMEO 051 praise or endorse'],
  ['praise', '051', 'CAMEO 051 praise or endorse'],
  ['commend', '051', 'CAMEO 051 praise or endorse'],
  ['endorse', '051', 'CAMEO 051 praise or endorse'],
  ['threaten', '130', 'CAMEO 130 threaten'],
  ['warn', '130', 'CAMEO 130 threaten (warnings of consequences)'],
  ['protest', '140', 'CAMEO 140 political dissent'],
  ['demonstrate', '141', 'CAMEO 141 demonstrate or rally'],
  ['rally', '141', 'CAMEO 141 demonstrate or rally'],
  ['arrest', '173', 'CAMEO 173 arrest, detain'],
  ['detain', '173', 'CAMEO 173 arrest, detain'],
  ['deport', '174', 'CAMEO 174 expel or deport individuals'],
  ['ban', '1722', 'CAMEO 172x impose administrative sanctions, bans'],
  ['outlaw', '1722', 'CAMEO 1722 ban political parties or groups'],
  ['invade', '192', 'CAMEO 192 occupy territory'],
  ['bomb', '195', 'CAMEO 195 employ aerial weapons'],
  ['shell', '194', 'CAMEO 194 fight with artillery'],
  ['withdraw', '0872', 'CAMEO 087x de-escalate, withdraw forces'],
  ['release', '0841', 'CAMEO 0841 release persons'],
  ['donate', '070', 'CAMEO 070 provide aid'],
  ['telephone', '041', 'CAMEO 041 discuss by telephone'],
  [
    'indict',
    '115',
    'manual ACCUSE allege: "sue, indict, or charge; bring to trial" (the file codes 173 arrest)',
  ],
  ['sue', '115', 'manual ACCUSE allege: sue'],
  [
    'convict',
    '116',
    'manual SANCTION convict: "find an entity … guilty … in a court of law" (CAMEO 116; the file codes 173 arrest)',
  ],
  [
    'sentence',
    '116',
    'manual SANCTION convict: "found guilty and sentenced or sanctioned via court-order" (the file codes 172)',
  ],
  ['prosecute', '115', 'manual ACCUSE allege: bring to trial'],
  ['phone', '041', 'CAMEO 041 discuss by telephone'],
  [
    'take',
    '---',
    'took office, took place: TAKE alone is no seizure (the file codes 171); its patterns (took control, took hostages, into custody) still code',
  ],
  [
    'leave',
    '---',
    'left, leaving: LEAVE alone is no visit (the file codes GO_SOMEWHERE 040: `the attack left 10 dead`, `leaving 100 troops`); its patterns (left for X, left for consultations) still code',
  ],
  [
    'demobilize',
    '0873',
    'manual RETREAT disarm: demobilize armed forces (CAMEO 0873; the file has only MOVE TOWARD DEMOBILIZATION)',
  ],
  ['demobilise', '0873', 'British spelling of demobilize (0873)'],
];

/** A pattern word: one word, or its alternatives (any one of which matches). */
export type OwnPatternWord = string | readonly string[];

/** Nouns of a military exercise (`exercise` alone is too often figurative: `an exercise in futility`). */
const DRILLS: readonly string[] = ['exercises', 'drills', 'drill', 'maneuvers', 'manoeuvres'];
/** Verbs that hold an exercise; the file has HOLD * JOINT EXERCISES, CONDUCT * AMPHIBIOUS EXERCISES and the like only. */
const DRILL_VERBS: readonly string[] = ['hold', 'stage', 'conduct', 'carry out', 'begin', 'launch', 'start'];

/**
 * Military exercises (manual MOBILIZE: "joint military operations are coded as COOPERATE but
 * single-country exercises should be coded as MOBILIZE"): `held military drills` is CAMEO 150
 * (demonstrate military power), `held joint/combined exercises` 062 (military cooperation).
 */
const DRILL_PATTERNS: readonly (readonly [string, readonly OwnPatternWord[], string, string])[] =
  DRILL_VERBS.flatMap((verb) => [
    [
      verb,
      [DRILLS],
      '150',
      'a military exercise: manual MOBILIZE, single-country exercises (CAMEO 150)',
    ] as const,
    [
      verb,
      [['joint', 'combined'], DRILLS],
      '062',
      'a joint exercise: manual COOPERATE, joint military operations (CAMEO 062)',
    ] as const,
  ]);

/** Verbs that increase a force (`beefed up security`, `stepped up patrols`, `reinforced its troops`). */
const BUILD_UP_VERBS: readonly string[] = [
  'beef up',
  'step up',
  'boost',
  'strengthen',
  'reinforce',
  'bolster',
];

/**
 * A build-up of police or troops (manual MOBILIZE: "all military or police moves that fall short of
 * the actual use of force", modes police "mobilize or increase readiness of police or security
 * units" and troops): CAMEO 153 / 154. The file codes BEEF_UP 174 (deport) and STEP_UP * PATROLS
 * 130 (threaten).
 */
const BUILD_UP_PATTERNS: readonly (readonly [string, readonly OwnPatternWord[], string, string])[] =
  BUILD_UP_VERBS.flatMap((verb) => [
    [
      verb,
      [['security', 'patrols', 'police']],
      '153',
      'more police or security: manual MOBILIZE police (CAMEO 153)',
    ] as const,
    [verb, [['troops', 'forces']], '154', 'more troops: manual MOBILIZE troops (CAMEO 154)'] as const,
  ]);

/** Verbs that undo a measure (`revoked the decree`, `ended the state of emergency`, `eased the blockade`). */
const UNDOING_VERBS: readonly string[] = [
  'revoke',
  'repeal',
  'rescind',
  'annul',
  'abolish',
  'end',
  'ease',
  'cancel',
];

/**
 * Undoing a coercive measure (manual CONCEDE: "easing of administrative or legal restrictions on
 * persons and organizations, removing curfews"): CAMEO 081 ease administrative sanctions, 0813 a
 * curfew, 0814 a state of emergency or martial law (CONCEDE by the build's overrides); a blockade
 * and an embargo keep CAMEO's own codes for their easing (0872, 085: RETREAT by the 2021 table).
 * Without it `revoked the decree banning the party` led with the ban (COERCE) and `eased its
 * blockade` with the unspecified 060.
 */
const UNDONE_MEASURES: readonly (readonly [string, readonly OwnPatternWord[], string, string])[] =
  UNDOING_VERBS.flatMap((verb) => [
    [
      verb,
      [['ban', 'decree', 'restrictions']],
      '081',
      'undid a ban or restrictions: manual CONCEDE (CAMEO 081)',
    ] as const,
    [
      verb,
      ['blockade'],
      '0872',
      'undid a blockade: CAMEO 0872 ease military blockade (RETREAT by the 2021 table)',
    ] as const,
    [
      verb,
      ['embargo'],
      '085',
      'undid an embargo: CAMEO 085 ease economic sanctions (as LIFT * EMBARGO)',
    ] as const,
    [verb, ['curfew'], '0813', 'undid a curfew: manual CONCEDE "removing curfews" (CAMEO 0813)'] as const,
    [
      verb,
      [['emergency', 'martial']],
      '0814',
      'undid a state of emergency or martial law: manual CONCEDE (CAMEO 0814)',
    ] as const,
  ]);

/** Verbs that make a willingness known (`expressed willingness to`, `signaled its readiness to`). */
const READINESS_VERBS: readonly string[] = [
  'express',
  'voice',
  'signal',
  'show',
  'reiterate',
  'reaffirm',
  'announce',
  'confirm',
  'declare',
];

/**
 * Stated willingness (manual AGREE: "agree to, offer, promise, or otherwise indicate willingness or
 * commitment to cooperate"): CAMEO 030, whose `to`-complement is what is offered (coder.ts).
 */
const STATED_READINESS: readonly (readonly [string, readonly OwnPatternWord[], string, string])[] =
  READINESS_VERBS.map(
    (verb) =>
      [
        verb,
        [['willingness', 'readiness']],
        '030',
        'stated willingness or readiness: manual AGREE (CAMEO 030)',
      ] as const,
  );

/**
 * Verb + particle/preposition patterns the file lacks: [lemma, words after the verb, CAMEO code, reason].
 * `speak` is CAMEO 010 (make a statement, dropped) alone, but `spoke with/to X` is a consultation.
 */
export const OWN_VERB_PATTERNS: readonly (readonly [string, readonly OwnPatternWord[], string, string])[] = [
  ['speak', ['with'], '040', 'spoke with X: consultation (CAMEO 040)'],
  ['speak', ['to'], '040', 'spoke to X: consultation (CAMEO 040)'],
  ['talk', ['with'], '040', 'talked with X: consultation'],
  ['talk', ['to'], '040', 'talked to X: consultation'],
  ['call', ['on'], '020', 'called on X to: appeal'],
  ['call', ['for'], '020', 'called for: appeal'],
  ['call', ['upon'], '020', 'called upon X to: appeal'],
  ['extend', ['congratulations'], '051', 'extended congratulations: praise'],
  ['offer', ['congratulations'], '051', 'offered congratulations: praise'],
  ['impose', ['sanctions'], '163', 'imposed sanctions (manual SANCTION discontinue)'],
  ['communicate', [], '040', 'communicated with: consultation'],
  [
    'call off',
    ['strike'],
    '082',
    'called off a strike: manual CONCEDE "suspending protests" (CAMEO 082 ease dissent)',
  ],
  ['call off', ['protest'], '082', 'called off a protest: manual CONCEDE'],
  ['call off', ['boycott'], '082', 'called off a boycott: manual CONCEDE'],
  ['call off', ['demonstration'], '082', 'called off a demonstration: manual CONCEDE'],
  ['block', ['street'], '144', 'blocked streets: CAMEO 144 obstruct passage (the file has ROAD only)'],
  ['block', ['highway'], '144', 'blocked highways: CAMEO 144 obstruct passage'],
  ['give', ['welcome'], '043', 'gave a welcome to X: host a visit (the file has RECEIVE * WELCOME)'],
  ['receive', ['observers'], '0862', 'received observers: CAMEO 0862 receive inspectors (RETREAT access)'],
  ['receive', ['inspectors'], '0862', 'received inspectors: CAMEO 0862'],
  ['receive', ['monitors'], '0862', 'received monitors: CAMEO 0862'],
  ['receive', ['peacekeepers'], '0861', 'received peacekeepers: CAMEO 0861'],
  [
    'reduce',
    ['supplies'],
    '162',
    'reduced supplies to X: CAMEO 162 reduce or stop aid (SANCTION discontinue)',
  ],
  ['reduce', ['aid'], '162', 'reduced aid: CAMEO 162'],
  ['reduce', ['assistance'], '162', 'reduced assistance: CAMEO 162'],
  ['cut', ['aid'], '162', 'cut aid: CAMEO 162'],
  ['cut', ['supplies'], '162', 'cut supplies: CAMEO 162'],
  ['suspend', ['aid'], '162', 'suspended aid: CAMEO 162'],
  ['halt', ['mediation'], '165', 'halted mediation: CAMEO 165 (SANCTION withdraw)'],
  ['suspend', ['mediation'], '165', 'suspended mediation: CAMEO 165'],
  ['halt', ['negotiations'], '164', 'halted negotiations: CAMEO 164 (SANCTION withdraw)'],
  ['suspend', ['negotiations'], '164', 'suspended negotiations: CAMEO 164'],
  ['halt', ['talks'], '164', 'halted talks: CAMEO 164'],
  ['suspend', ['talks'], '164', 'suspended talks: CAMEO 164'],
  ['tighten', ['blockade'], '191', 'tightened a blockade: CAMEO 191 impose blockade (COERCE restrict)'],
  ['tighten', ['sanctions'], '163', 'tightened sanctions: CAMEO 163 (SANCTION)'],
  ['tighten', ['embargo'], '163', 'tightened an embargo: CAMEO 163'],
  [
    'express',
    ['support'],
    '051',
    'expressed support: praise or endorse (the file has it for SAY and ASSERT only)',
  ],
  ['express', ['solidarity'], '051', 'expressed solidarity: CAMEO 051'],
  [
    'express',
    ['concern'],
    '110',
    'expressed concern: manual ACCUSE "express disapprovals, objections" (CAMEO 110)',
  ],
  ['express', ['outrage'], '110', 'expressed outrage: CAMEO 110 disapprove'],
  ['express', ['alarm'], '110', 'expressed alarm: CAMEO 110 disapprove'],
  ['express', ['dismay'], '110', 'expressed dismay: CAMEO 110 disapprove'],
  ['voice', ['concern'], '110', 'voiced concern: CAMEO 110 disapprove'],
  ['voice', ['alarm'], '110', 'voiced alarm: CAMEO 110 disapprove'],
  [
    'summon',
    ['ambassador'],
    '110',
    'summoned the ambassador: manual ACCUSE, "summoning an in-country ambassador to present such grievances is just coded ACCUSE, not CONSULT"',
  ],
  ['summon', ['envoy'], '110', 'summoned the envoy: manual ACCUSE (as ambassador)'],
  ['summon', ['charge'], '110', "summoned the chargé d'affaires: manual ACCUSE (as ambassador)"],
  ['express', ['backing'], '051', 'expressed backing: CAMEO 051'],
  [
    'arrest',
    ['protesters'],
    '173',
    'manual COERCE arrest: an arrest whoever is arrested (the file codes 175 repression)',
  ],
  ['detain', ['protesters'], '173', 'manual COERCE arrest'],
  [
    'withdraw',
    ['observers'],
    '1662',
    'withdrew observers: manual SANCTION withdraw (non-military resources)',
  ],
  ['withdraw', ['monitors'], '1662', 'withdrew monitors: manual SANCTION withdraw'],
  ['withdraw', ['inspectors'], '1662', 'withdrew inspectors: manual SANCTION withdraw'],
  ['withdraw', ['peacekeepers'], '1661', 'withdrew peacekeepers: manual SANCTION withdraw'],
  ['withdraw', ['staff'], '1663', 'withdrew staff (aid agencies): manual SANCTION withdraw'],
  ['seal', ['off'], '191', 'sealed off a town: CAMEO 191 restrict movement (COERCE restrict)'],
  ['work', ['together'], '060', 'worked together: CAMEO 060 material cooperation'],
  ['fight', ['corruption'], '---', 'fighting corruption is no assault'],
  ['fight', ['crime'], '---', 'fighting crime is no assault'],
  ['fight', ['piracy'], '---', 'fighting piracy is no assault'],
  ['fight', ['terrorism'], '---', 'fighting terrorism is a policy, no assault'],
  ['fight', ['poverty'], '---', 'fighting poverty is no assault'],
  ['fight', ['trafficking'], '---', 'fighting trafficking is no assault'],
  ['fight', ['disease'], '---', 'fighting a disease is no assault'],
  ['issue', ['reminder'], '010', 'issued a reminder: a statement (CAMEO 010, dropped); its content codes'],
  ['issue', ['warning'], '130', 'issued a warning: CAMEO 130 threaten'],
  ['issue', ['ultimatum'], '1313', 'issued an ultimatum: CAMEO 1313 threaten with ultimatum'],
  ['go', ['on', 'strike'], '143', 'went on strike: CAMEO 143 conduct strike (GO alone codes a visit)'],
  ['call', ['strike'], '143', 'called a strike: CAMEO 143 (CALL alone codes a phone call)'],
  ['sever', ['relations'], '161', 'severed relations: CAMEO 161 (the file has it for CUT only)'],
  ['sever', ['ties'], '161', 'severed ties: CAMEO 161'],
  ['break', ['off', 'relations'], '161', 'broke off relations: CAMEO 161 (BREAK WITH codes 130)'],
  ...['re-establish', 'reestablish', 'renew', 'normalize', 'normalise'].map(
    (verb) =>
      [
        verb,
        [['relations', 'ties']],
        '050',
        'restored relations: manual SUPPORT "initiate, resume, improve … diplomatic cooperation" (the file has RESTORE/RESUME * RELATIONS)',
      ] as const,
  ),
  ['break', ['off', 'ties'], '161', 'broke off ties: CAMEO 161'],
  ['make', ['concessions'], '080', 'made concessions: CAMEO 080 yield (CONCEDE)'],
  [
    'lift',
    ['sanctions'],
    '085',
    'lifted sanctions: CAMEO 085 ease economic sanctions (the file also gives LIFT * SANCTION the intent code 0351)',
  ],
  ['lift', ['embargo'], '085', 'lifted an embargo: CAMEO 085'],
  ['tear', ['gas'], '---', 'tear gas is a noun the tagger may read as a verb; its verb (fired, used) codes'],
  [
    'take',
    ['steps'],
    '---',
    'took steps to: a manner of acting (TAKE alone codes 171 seize); the verb after to codes',
  ],
  ['take', ['measures'], '---', 'took measures to: as took steps'],
  // TAKE's light-verb idioms: the file vetoes some (`* LIVES`, `* {ANOTHER SHOT}`) and leaves these to
  // its default, 171 seize.
  ['take', ['care'], '---', 'took care of: looked after, no seizure'],
  ['take', ['advantage'], '---', 'took advantage of: made use of, no seizure'],
  ['take', ['credit'], '---', 'took credit for: claimed merit, no seizure'],
  ['take', ['stance'], '---', 'took a stance: a position held, no seizure'],
  ['take over', ['as'], '---', 'took over as chair: succession in an office, no seizure'],
  ['take over', ['from'], '---', 'took over from X: succession in an office, no seizure'],
  ['lead', ['to'], '---', 'led to: caused (LEAD alone codes cooperation); the cause is no act'],
  ['lead', ['by'], '---', "led by X: names a leader; the sentence's own verb codes"],
  ['remove', ['curfew'], '0813', 'removed a curfew: CAMEO 0813 ease curfew (REMOVE alone codes 174 deport)'],
  ['remove', ['restrictions'], '081', 'removed restrictions: CAMEO 081 ease administrative sanctions'],
  ['relax', ['curfew'], '0813', 'relaxed a curfew: CAMEO 0813 (the RELAX block codes nothing)'],
  ['relax', ['restrictions'], '081', 'relaxed restrictions: CAMEO 081'],
  [
    'hand',
    ['over'],
    '084',
    'handed over: manual RETREAT, release of prisoners, return of property, ceding (CAMEO 084); the file lacks HAND_OVER',
  ],
  [
    'grant',
    ['amnesty'],
    '080',
    'manual CONCEDE: "amnesties of arrested persons" (the file codes EXTEND * AMNESTY 056 forgive)',
  ],
  ['extend', ['amnesty'], '080', 'manual CONCEDE: amnesties (the file codes 056 forgive)'],
  ['use', ['tear', 'gas'], '175', 'used tear gas: CAMEO 175 violent repression, as FIRE * TEAR GAS'],
  [
    'suspend',
    ['relations'],
    '161',
    'suspended relations: CAMEO 161 reduce or break diplomatic relations (manual SANCTION; the file has CUT only)',
  ],
  ['suspend', ['ties'], '161', 'suspended ties: CAMEO 161'],
  ['suspend', ['contacts'], '161', 'suspended contacts: CAMEO 161'],
  ['make', ['arrests'], '173', 'made arrests: manual COERCE arrest (a light verb with its act noun)'],
  ['carry out', ['arrests'], '173', 'carried out arrests: manual COERCE arrest'],
  [
    'extend',
    ['martial', 'law'],
    '1724',
    'extended martial law: manual COERCE martial-law (the file has EXTEND * STATE OF EMERGENCY only)',
  ],
  ['extend', ['curfew'], '1723', 'extended a curfew: manual COERCE curfew'],
  [
    'raise',
    ['alert'],
    '152',
    'raised the alert level: CAMEO 152 increase military alert status (manual MOBILIZE; the file has PUT * ON ALERT only)',
  ],
  ['raise', ['readiness'], '152', 'raised military readiness: CAMEO 152'],
  ['heighten', ['alert'], '152', 'heightened alert: CAMEO 152'],
  ['heighten', ['readiness'], '152', 'heightened readiness: CAMEO 152'],
  ['increase', ['alert'], '152', 'increased the alert level: CAMEO 152'],
  ['increase', ['readiness'], '152', 'increased readiness: CAMEO 152'],
  ...DRILL_PATTERNS,
  ...BUILD_UP_PATTERNS,
  [
    'declare',
    ['state', 'of', 'emergency'],
    '1724',
    'declared a state of emergency: manual COERCE martial-law "impose state of emergency or martial law" (the file has IMPOSE * MARTIAL LAW only)',
  ],
  ['declare', ['martial', 'law'], '1724', 'declared martial law: manual COERCE martial-law'],
  ['declare', ['curfew'], '1723', 'declared a curfew: manual COERCE curfew'],
  ['lay', ['siege'], '191', 'laid siege to X: CAMEO 191 impose blockade (as BESIEGE)'],
  ...MEDIA_CLOSURES,
  ...INFORMATION_CUTOFFS,
  ...STATED_READINESS,
  ...UNDONE_MEASURES,
  ['place', ['on', 'alert'], '152', 'placed on alert: CAMEO 152 (the file has PUT * ON ALERT only)'],
];

/**
 * Words added to the file's synonym sets, with the reason: the set lacks the word news uses most
 * for its meaning (`send arms`, `supply arms`: &WEAPON lists WEAPON, GUN, MISSILE … but not ARMS).
 */
export const OWN_SET_MEMBERS: ReadonlyMap<string, readonly string[]> = new Map([['&WEAPON', ['arms']]]);

/**
 * Verbs that report or describe rather than act (CAMEO 01, dropped in PLOVER): they code nothing,
 * and their patterns are not tried, since loose word-order matching lets them reach into the
 * reported clause (`said there were no plans` is no AGREE). The reported verb codes the act.
 */
export const SILENT_VERBS: readonly string[] = [
  'say',
  'tell',
  'state',
  'add',
  'note',
  'claim',
  'mean',
  'think',
  'accord',
  'describe',
  'explain',
  'indicate',
  'remark',
  'disclose',
  'report',
  'believe',
];
