// Plain-English readings of the rule ids the report gives, for the
// sentence explanations. An id missing here is shown as it is.

export const MENTION_RULES = {
  'full-name': 'full name',
  'given-name': 'given name',
  surname: 'surname',
  possessive: 'possessive of the name',
  'title-and-name': 'title and name',
  'derived-form': 'word formed from the surname',
  initials: 'initials of the full name',
  alias: 'alias you added',
  affiliation: 'affiliation you added',
  cataphora: 'pronoun before the name it points to',
  'plural-pair': '“they” after both were just named',
  'plural-same': '“they” continuing the same pair',
  'plural-list': '“they” after a sentence listing three or more',
  'previous-clause-subject': 'subject of the previous clause',
  'previous-sentence-subject': 'subject of the previous sentence',
  'reflexive-subject': 'reflexive pronoun of the clause’s subject',
  'same-clause-nearest': 'nearest fitting name in the clause',
  relative: '“who” or “whose” right after the name',
  'they-both': '“they both”',
  both: '“both” after a two-person sentence',
  'both-men': '“both men”',
  'bound-by-each': 'pronoun bound by “each” or “neither” before it',
  description: 'description the text ties to the person',
  'description-appositive': 'description set beside the name',
  'description-predicate': 'description said of the person',
  'description-title': 'descriptive title',
  'description-affiliation': 'description naming the person’s country, party or firm',
  each: '“each” of the pair',
  'each-other': '“each other”',
  'former-latter': '“the former / the latter”',
  'rival-of': '“his rival”: the other of the compared pair',
  neither: '“neither” of the pair',
  'one-the-other': '“the one … the other”',
  'these-men': '“these men”',
};

export const STANCE_RULES = {
  subject: 'the clause’s subject',
  'plural-subject': 'a plural subject naming both',
  shared: 'a shared-stance word (both, mutual…)',
  'only-actor': 'the only person in the clause',
  'object-relative': 'the person the stance is aimed through',
  continued: 'the clause continues the previous subject',
  accused: 'the person accused (or praised) of it',
  quoted: 'the speaker of the quotation it is in',
};

export const CUE_KINDS = {
  for: 'attitude for',
  against: 'attitude against',
  negation: 'negation',
  hedge: 'hedge (halves the weight)',
  shared: 'shared stance',
};

export function ruleText(table, id) {
  return (Object.hasOwn(table, id) ? table[id] : null) ?? String(id ?? '').replaceAll('-', ' ');
}
