/**
 * The acts coder's sense rules (docs/acts.md, "How it codes"), on our own sentences: pattern idioms
 * stay with their verb, noun-phrase premodifiers, intentions and conditions of material conflict,
 * reported `would`, speech nouns, noun triggers, bracketed short names and protest targets.
 */
import { describe, expect, it } from 'vitest';
import { codedActs } from './coded-acts.js';

const acts = codedActs();
const firstType = (text: string): string | undefined => acts(text)[0]?.type;

describe('acts sense rules', () => {
  it('keeps an idiom with its own verb (take part is AGREE, captured part is not)', () => {
    expect(firstType('Peru will take part in the talks.')).toBe('AGREE');
    expect(firstType('Rebels captured part of the northern town on Sunday.')).not.toBe('AGREE');
  });

  it('lets a pattern word follow noun-phrase premodifiers (a three-day strike)', () => {
    expect(firstType('The miners union called off a three-day strike on Friday.')).toBe('CONCEDE');
    expect(firstType('Chile received a team of inspectors from the United Nations.')).toBe('RETREAT');
  });

  it('codes an intended or conditional act of material conflict as a threat', () => {
    expect(firstType('The Kenyan government said it is prepared to impose martial law.')).toBe('THREATEN');
    expect(firstType('Norway may halt mediation efforts if the fighting resumes.')).toBe('THREATEN');
    // announced sanctions are the measure itself
    expect(firstType('Canada announced it would suspend aid to the rebels.')).toBe('SANCTION');
  });

  it('reads a reported would as an announced intention', () => {
    const a = acts('Peru said it would allow the return of the observers.')[0];
    expect(a?.type).toBe('AGREE');
    expect(a?.future).toBe(true);
    expect(acts('Peru would allow the return of the observers if asked.')[0]?.future).toBe(false);
  });

  it('takes a that-clause demand from a speech noun', () => {
    const a = acts('The French president issued a reminder to Iraq that it must cooperate.').find(
      (x) => x.type === 'REQUEST',
    );
    expect(a).toBeDefined();
    expect(acts('The French president issued a reminder.').some((x) => x.type === 'COOPERATE')).toBe(false);
  });

  it('codes nominal withdrawals and protests in a setting', () => {
    expect(firstType('Canada speeded up the withdrawal of its troops from Haiti.')).toBe('RETREAT');
    expect(firstType('Students threw stones during demonstrations in Lagos.')).toBe('PROTEST');
  });

  it('joins a bracketed short name to its name', () => {
    const a = acts('The National Democratic Alliance (NDA) rejected the proposal.')[0];
    expect(a?.type).toBe('REJECT');
    expect(a?.actors[0]?.text).toBe('National Democratic Alliance (NDA');
  });

  it('takes a protest target after "in defiance of" over a place', () => {
    const a = acts(
      'Thousands of students blocked streets in Lagos in defiance of the Nigerian government.',
    )[0];
    expect(a?.type).toBe('PROTEST');
    expect(a?.recipients.map((r) => r.text).join(' ')).toContain('government');
  });

  it('tells withdrawn observers (SANCTION) from withdrawn troops (RETREAT), and fighting crime from fighting', () => {
    expect(firstType('Norway withdrew its observers from Sri Lanka.')).toBe('SANCTION');
    expect(firstType('Kenya withdrew its troops from Somalia.')).toBe('RETREAT');
    expect(firstType('Kenya and Uganda have begun working together to fight piracy.')).toBe('COOPERATE');
    expect(firstType('Rebels fought government troops near Goma.')).toBe('ASSAULT');
  });

  it('negates the content of a denial and reads a that-clause after an endorsing verb as a statement', () => {
    const denied = acts('The ministry denied reports that Kenya and Uganda have met.').find(
      (a) => a.type === 'CONSULT',
    );
    expect(denied?.negated).toBe(true);
    expect(
      acts('He has repeatedly affirmed that the goals remain the same.').some((a) => a.type === 'SUPPORT'),
    ).toBe(false);
  });

  it('codes a future endorsement as AGREE (manual AGREE: future SUPPORT is an intention)', () => {
    expect(firstType('Peru will endorse the Brazilian peace plan next week.')).toBe('AGREE');
    expect(firstType('Peru endorsed the Brazilian peace plan last week.')).toBe('SUPPORT');
  });

  it('codes a stated refusal of cooperation as REJECT, and ranks a negated act after one that happened', () => {
    const refusal = acts('The prime minister said the government would not negotiate with the rebels.')[0];
    expect(refusal?.type).toBe('REJECT');
    expect(refusal?.negated).toBe(false);
    // a past negation is no refusal: it stays the negated act (manual, auxiliary modes)
    const past = acts('Syria has not spoken with the rebels.')[0];
    expect(past?.type).toBe('CONSULT');
    expect(past?.negated).toBe(true);
    const both = acts('Peru did not meet the rebels but imposed sanctions on Chile.');
    expect(both[0]?.type).toBe('SANCTION');
    expect(both.some((a) => a.negated)).toBe(true);
  });

  it('negates the content of a denied accusation', () => {
    const a = acts('The government denied accusations that it had tortured prisoners.');
    expect(a.find((x) => x.type === 'ASSAULT')?.negated).toBe(true);
  });

  it('codes multiword patterns the file lacks (went on strike, severed ties, made concessions)', () => {
    expect(firstType('Dock workers went on strike at the port.')).toBe('PROTEST');
    expect(firstType('The unions called a general strike.')).toBe('PROTEST');
    expect(firstType('Venezuela severed diplomatic relations with Panama.')).toBe('SANCTION');
    expect(firstType('Venezuela broke off diplomatic ties with Panama.')).toBe('SANCTION');
    expect(firstType('Israel made concessions to the Palestinians.')).toBe('CONCEDE');
    expect(firstType('The navy has pulled out of the disputed islands.')).toBe('RETREAT');
    expect(firstType('The authorities agreed to relax the curfew.')).toBe('CONCEDE');
    expect(firstType('The government has taken steps to support the farmers.')).toBe('SUPPORT');
    // the verbs alone keep their codes
    expect(firstType('The minister went to Paris.')).not.toBe('PROTEST');
    // (a town taken by rebels is an occupation in fighting: ASSAULT, combat-rules.ts)
    expect(firstType('Rebels took the town of Kindu.')).toBe('ASSAULT');
  });

  it('knows irregular forms the CAMEO file leaves out (WordNet exceptions)', () => {
    expect(firstType('Human Rights Watch has withdrawn its staff from Kenya.')).toBe('SANCTION');
    expect(firstType('The army has withdrawn from the town.')).toBe('RETREAT');
  });

  it('codes a realized lifting of sanctions as easing, and tear gas as no verb', () => {
    const lifted = acts('The European Union lifted sanctions against Belarus.')[0];
    expect(lifted?.cameo).toBe('085');
    expect(lifted?.type).toBe('RETREAT');
    const gas = acts('Police used tear gas to disperse the protesters.');
    expect(gas.map((a) => a.trigger.text)).not.toContain('tear');
  });

  it('ranks a trigger in a comma-set relative clause after the main verb, and codes no act for led to/by', () => {
    const a = acts('The coalition, which was established a year ago, has denounced the army.');
    expect(a[0]?.type).toBe('ACCUSE');
    expect(a.length).toBeGreaterThan(1);
    expect(acts('The occupation has led to an explosion of settlement activity.')).toEqual([]);
    // `led` alone still codes (CAMEO 060), ranked after the talks it led (an unspecified code)
    const led = acts('France led the talks with Iran.');
    expect(led.map((a) => a.type)).toEqual(['CONSULT', 'COOPERATE']);
  });

  it("knows arms as weapons, deployments as mobilization, and the manual's RETREAT and CONCEDE verbs", () => {
    const sent = acts('Iran continued to send arms to the militia last year.')[0];
    expect(sent?.type).toBe('AID');
    expect(sent?.trigger.text).toBe('send arms');
    expect(firstType('NATO deployed troops to Poland on Monday.')).toBe('MOBILIZE');
    // joint operations stay cooperation (manual MOBILIZE, ambiguities)
    expect(firstType('Germany and France held joint military exercises.')).toBe('COOPERATE');
    expect(firstType('The rebels handed over 20 prisoners to the Red Cross.')).toBe('RETREAT');
    expect(firstType('The government demobilised 3,000 former fighters.')).toBe('RETREAT');
    expect(firstType('The president granted amnesty to the rebels.')).toBe('CONCEDE');
  });

  it('codes expressed concern, a summoned ambassador and a lodged protest as ACCUSE (manual ACCUSE)', () => {
    expect(firstType('The EU expressed concern about the arrests.')).toBe('ACCUSE');
    expect(firstType('China summoned the Japanese ambassador over the visit.')).toBe('ACCUSE');
    expect(firstType('India lodged a protest with Pakistan over the shelling.')).toBe('ACCUSE');
    // an act done in protest stays PROTEST
    expect(firstType('Farmers blocked roads in a protest against the reform.')).toBe('PROTEST');
  });

  it('codes take only through its patterns (took control, took hostages), not alone (took office)', () => {
    expect(acts('The new president took office in January.')).toEqual([]);
    expect(firstType('The army took control of the airport.')).toBe('ASSAULT'); // combat-rules.ts
    expect(firstType('The protesters took control of the airport.')).toBe('COERCE');
    expect(firstType('Gunmen took 20 hostages on Sunday.')).toBe('ASSAULT');
  });

  it('reads a participle in a sentence-opening prepositional phrase as a side act', () => {
    const a = acts(
      'In a letter handed over to the United Nations, Chile said it would allow the return of observers.',
    );
    expect(a[0]?.type).toBe('AGREE');
    expect(a.map((x) => x.trigger.text)).toContain('handed over');
    // inside the sentence a past tense after a noun stays the main verb
    expect(firstType('Thousands of farmers blocked roads in defiance of the government.')).toBe('PROTEST');
  });

  it("reads a passive verb's subject as the object its patterns look for", () => {
    expect(firstType('The nationwide curfew in Kampala has been lifted.')).toBe('CONCEDE');
    expect(firstType('More than 3,000 troops were deployed to the northern border.')).toBe('MOBILIZE');
    // the subject adds codes, it never vetoes one (`FIGHT * &AIRCRAFT` is a veto for objects)
    expect(firstType('The aircraft carrier was attacked by rebels on Saturday.')).toBe('ASSAULT');
    // a progressive is no passive: `are beginning` reads nothing from its subject
    expect(firstType('Troops are beginning patrols near the border.')).not.toBe('MOBILIZE');
  });

  it('codes own patterns: suspended relations, light-verb arrests, an extended curfew, a raised alert', () => {
    expect(firstType('Venezuela has suspended diplomatic relations with Colombia.')).toBe('SANCTION');
    expect(firstType('Indonesian police made dozens of arrests in Jakarta.')).toBe('COERCE');
    expect(firstType('The president extended martial law in the capital for another week.')).toBe('COERCE');
    expect(firstType('The army extended the curfew in Kandy until Monday.')).toBe('COERCE');
    expect(firstType('South Korea raised the alert level of its troops.')).toBe('MOBILIZE');
  });

  it('codes judicial charges and trials as ACCUSE, convictions and sentences as SANCTION, arrests as COERCE', () => {
    expect(acts('Prosecutors charged the former governor with bribery.')[0]?.cameo).toBe('115');
    expect(firstType('A military court put 12 officers on trial.')).toBe('ACCUSE');
    expect(firstType('The two firms sued the ministry in court.')).toBe('ACCUSE');
    // the file's `CONVICT * (OF &CRIME)` no longer makes an accusation an arrest
    expect(acts('Peru accused Chile of border violations.')[0]?.cameo).not.toBe('173');
    expect(firstType('Peru accused Chile of border violations.')).toBe('ACCUSE');
    expect(firstType('The court convicted the former minister of corruption offences.')).toBe('SANCTION');
    expect(acts('The editor was sentenced to three years in prison.')[0]?.mode).toBe('convict');
    expect(firstType('Police arrested the mayor on charges of fraud.')).toBe('COERCE');
  });

  it('ranks a light verb coded only by the unspecified cooperation code 060 after the other acts', () => {
    const decree = acts('The government issued a decree banning the opposition party.');
    expect(decree.map((a) => a.type)).toEqual(['COERCE', 'COOPERATE']);
    // alone it is still an act
    expect(firstType('The junta issued a decree on Monday.')).toBe('COOPERATE');
  });

  it('codes a single-country military exercise as MOBILIZE and a joint one as COOPERATE', () => {
    expect(firstType('China held military exercises near Taiwan on Monday.')).toBe('MOBILIZE');
    expect(firstType('The navy staged drills off the coast.')).toBe('MOBILIZE');
    expect(firstType('Troops from Niger and Chad held joint military maneuvers on Friday.')).toBe(
      'COOPERATE',
    );
    expect(firstType('Russia and China conducted joint military exercises in the Pacific.')).toBe(
      'COOPERATE',
    );
  });

  it('codes a build-up of police or troops and a placed alert as MOBILIZE', () => {
    expect(acts('The junta beefed up security in the capital.')[0]?.cameo).toBe('153');
    expect(firstType('Police stepped up patrols in the city.')).toBe('MOBILIZE');
    expect(acts('Turkey reinforced its troops along the border.')[0]?.cameo).toBe('154');
    expect(firstType('The Japanese military was placed on full alert after the launch.')).toBe('MOBILIZE');
  });

  it('codes a declared state of emergency or curfew and a closed newspaper as COERCE', () => {
    expect(acts('The government declared a state of emergency in the capital.')[0]?.mode).toBe('martial-law');
    expect(acts('The army declared a curfew in the city.')[0]?.mode).toBe('curfew');
    expect(firstType('The government closed down two opposition newspapers.')).toBe('COERCE');
  });

  it('codes a cut-off of the internet or social media as COERCE censorship, not other cuts', () => {
    expect(acts('The government cut off internet access in three provinces.')[0]?.cameo).toBe('1721');
    expect(firstType('Authorities have blocked Facebook and Twitter since Monday.')).toBe('COERCE');
    expect(firstType('Social media platforms were suspended after the riots.')).toBe('COERCE');
    // the channel is what makes it censorship: cutting ties stays a sanction
    expect(firstType('Qatar cut off ties with the rebels.')).not.toBe('COERCE');
  });

  it('codes restored diplomatic relations as SUPPORT', () => {
    expect(firstType('Zimbabwe re-established diplomatic relations with Chad on Tuesday.')).toBe('SUPPORT');
    expect(firstType('Israel and Turkey normalized relations.')).toBe('SUPPORT');
  });

  it('codes violence by protesters as a riot, violence against them as an assault', () => {
    const riot = acts('Protesters clashed with police near Paris on Tuesday.')[0];
    expect(riot?.type).toBe('PROTEST');
    expect(riot?.mode).toBe('riot');
    expect(firstType('Thousands of demonstrators clashed with security forces in the capital.')).toBe(
      'PROTEST',
    );
    expect(firstType('Police clashed with demonstrators in the capital.')).toBe('ASSAULT');
  });

  it('codes undoing a ban, a curfew or a state of emergency as CONCEDE', () => {
    const revoked = acts('The government revoked the decree banning the party.');
    expect(revoked.map((a) => a.type)).toEqual(['CONCEDE', 'COERCE']);
    expect(acts('The government ended the state of emergency.')[0]?.cameo).toBe('0814');
    expect(firstType('The council repealed the ban on the opposition party.')).toBe('CONCEDE');
    // a blockade keeps CAMEO's own code for its easing (0872 ease military blockade: RETREAT)
    expect(acts('Israel eased its blockade of the Gaza Strip.')[0]?.cameo).toBe('0872');
  });

  it('codes a raid by the police as COERCE seize and one by troops or rebels as ASSAULT', () => {
    const raid = acts('Police raided the offices of the opposition newspaper.')[0];
    expect(raid?.type).toBe('COERCE');
    expect(raid?.mode).toBe('seize');
    expect(firstType('Rebels raided a village in the north.')).toBe('ASSAULT');
  });

  it('codes a stated willingness or readiness as AGREE', () => {
    expect(firstType('The rebels expressed willingness to negotiate with the government.')).toBe('AGREE');
    expect(firstType('The opposition signaled its readiness to join the government.')).toBe('AGREE');
  });
});
