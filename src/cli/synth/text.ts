/** Titles, quotes and disputes: the English text of a synthetic incident. */
import type { CategoryId } from '../../data/vocabulary';

export const PEOPLE_NOUNS = [
  'an activist',
  'a journalist',
  'a blogger',
  'a human rights defender',
  'a civic activist',
  'an opposition supporter',
  'a lawyer',
  'a trade unionist',
  'a relative of a detainee',
  'a student',
];
export const TOPICS = [
  'land reform',
  'fuel prices',
  'wage arrears',
  'relatives held in Xinjiang',
  'the election results',
  'the arrest of an activist',
  'housing',
  'water shortages',
];

export const TITLES: Record<CategoryId, string[]> = {
  summons: [
    '{Who} summoned for questioning{where}',
    '{Who} called in by police over social media posts{where}',
    'Police summon {who} after an online post{where}',
  ],
  'content-removal': [
    '{Who} made to delete a video{where}',
    'Post by {who} removed at police demand{where}',
    'Independent news site blocked{where}',
  ],
  detention: ['{Who} detained{where}', '{Who} held for {n} days{where}', 'Police detain {who} at a rally{where}'],
  prosecution: [
    'Criminal case opened against {who}{where}',
    '{Who} charged with spreading false information{where}',
    '{Who} charged with inciting discord{where}',
  ],
  sentence: [
    '{Who} sentenced to {n} years{where}',
    '{Who} given a restricted-freedom sentence{where}',
    'Court fines {who}{where}',
  ],
  disappearance: ['{Who} reported missing{where}', 'Relatives lose contact with {who}{where}'],
  killing: ['Protester killed{where}', '{Who} dies in custody{where}'],
  violence: ['{Who} beaten by unidentified men{where}', 'Police use force against protesters{where}'],
  protest: ['Protest over {topic}{where}', 'Residents rally over {topic}{where}', 'Single-person picket{where}'],
  shutdown: ['Internet shut down{where}', 'Mobile internet restricted{where}', 'Messaging apps blocked{where}'],
  military: ['Troops deployed{where}', 'Armoured vehicles on the streets{where}'],
  'registration-denial': ['Registration of a civic group refused{where}', 'Party denied registration again{where}'],
  deportation: ['{Who} deported{where}', 'Foreign journalist expelled{where}'],
  statement: [
    'Officials deny holding political prisoners',
    'President comments on {topic}',
    '{Who} publicly disputes the police account{where}',
  ],
  international: [
    'Rights group calls for the release of {who}',
    'UN experts raise concern over {topic}',
    'Foreign ministry comments on detentions{where}',
  ],
  disinformation: ['State media claims protesters were paid{where}', 'Rumours spread that {who} is a foreign agent'],
  allegation: ['Media allege {who} called for violence{where}'],
  surveillance: ['Phones of {who} found infected with spyware{where}'],
};

export const QUOTES: Record<CategoryId, string> = {
  summons: 'was summoned to the police station for a conversation',
  'content-removal': 'was told to delete the post or face charges',
  detention: 'was detained and taken to the district police department',
  prosecution: 'a criminal case was opened under the article on false information',
  sentence: 'the court handed down the sentence after a closed hearing',
  disappearance: 'the family has had no news since that day',
  killing: 'died of the injuries, according to relatives',
  violence: 'was attacked by several men who did not identify themselves',
  protest: 'people gathered in the square and demanded answers',
  shutdown: 'mobile internet was unavailable for most of the day',
  military: 'armoured vehicles were seen moving through the city',
  'registration-denial': 'the ministry refused registration citing errors in the documents',
  deportation: 'was escorted to the border and told not to return',
  statement: 'the official said there are no political prisoners in the country',
  international: 'the organisation called on the authorities to release those detained',
  disinformation: 'claimed the protesters had been paid by foreign sponsors',
  allegation: 'was accused in several outlets of calling for violence, which they deny',
  surveillance: 'found spyware on their phones',
};

/** A short generic quote per language, with its English translation. */
export const FOREIGN_QUOTES: Record<string, { text: string; translation: string }> = {
  ru: { text: 'Источник подтверждает, что это произошло.', translation: 'The source confirms that this happened.' },
  kk: { text: 'Дереккөз бұл оқиғаның болғанын растайды.', translation: 'The source confirms that this happened.' },
  zh: { text: '消息来源证实了此事。', translation: 'The source confirms that this happened.' },
};
export const FOREIGN_QUOTE_SHARE = 0.12;

export const DISPUTE_TOPICS: Record<string, string[]> = {
  default: ['who was responsible', 'the date of the incident'],
  detention: ['number of people detained', 'whether the detention was lawful'],
  protest: ['number of protesters', 'whether the protest was peaceful'],
  killing: ['number of people killed', 'cause of death'],
  violence: ['whether police used force', 'number of people injured'],
};
export const DISPUTE_SHARE = 0.03;
export const SYNTHETIC_NOTE = 'Synthetic record for load testing; it does not describe a real event.';

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function fill(template: string, parts: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = parts[key.toLowerCase()] ?? '';
    return key.charAt(0) === key.charAt(0).toUpperCase() ? capitalise(value) : value;
  });
}
