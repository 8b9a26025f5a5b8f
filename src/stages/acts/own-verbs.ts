/**
 * Verbatim's additions to the CAMEO verb dictionary: verbs PETRARCH2's file lacks or leaves
 * without a code (its REFUSE block codes nothing unless a pattern matches), each with the CAMEO
 * code it gets and why. Compiled into models/acts-verbs.json.gz by scripts/build-acts-verbs.ts.
 */

/** [lemma, CAMEO code, reason]. */
export const OWN_VERB_CODES: readonly (readonly [string, string, string])[] = [
  ['urge', '020', 'appeal (CAMEO 020); absent from CAMEO.2.0.txt'],
  ['implore', '020', 'appeal'],
  ['exhort', '020', 'appeal'],
  ['agree', '030', 'PLOVER AGREE: agree to, promise, indicate willingness (the file codes 050)'],
  ['pledge', '030', 'PLOVER AGREE: promise'],
  ['promise', '030', 'PLOVER AGREE: promise'],
  ['vow', '030', 'PLOVER AGREE: promise'],
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
  ['phone', '041', 'CAMEO 041 discuss by telephone'],
];

/**
 * Verb + particle/preposition patterns the file lacks: [lemma, words after the verb, CAMEO code, reason].
 * `speak` is CAMEO 010 (make a statement, dropped) alone, but `spoke with/to X` is a consultation.
 */
export const OWN_VERB_PATTERNS: readonly (readonly [string, readonly string[], string, string])[] = [
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
];

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
