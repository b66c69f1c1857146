// The sample essays of the menu, copied from the shared corpus into
// www/samples/ by scripts/copy-sample.sh and fetched only when chosen.
// Credits as the corpus README gives them (source and licence).

export const SAMPLES = [
  {
    file: 'musk-trump-seed.txt',
    title: 'Why Musk and Trump came to blows (op-ed)',
    credit: 'Gem Musings, op-ed: the founding essay of the Faultline project, provided to the project as its founding example.',
  },
  {
    file: 'plutarch-pericles-fabius.txt',
    title: 'Plutarch: Comparison of Perikles and Fabius Maximus',
    credit: 'Plutarch, tr. Aubrey Stewart and George Long (George Bell & Sons, 1894), via GITenberg. Public domain (US).',
  },
  {
    file: 'warren-bloomberg-super-tuesday-wikinews.txt',
    title: 'Wikinews: Bloomberg, Warren end US presidential campaigns',
    credit: 'Wikinews contributors, 2020-03-06, en.wikinews.org. CC BY 2.5.',
  },
  {
    file: 'pelosi-trump-speaker-wikinews.txt',
    title: 'Wikinews: Nancy Pelosi again elected Speaker',
    credit: 'Wikinews contributors, 2019-01-04, en.wikinews.org. CC BY 2.5.',
  },
  {
    file: 'dubois-crisis-election-1912.txt',
    title: 'W.E.B. Du Bois: The Election (The Crisis, 1912)',
    credit: 'W.E.B. Du Bois (unsigned editorial, attributed), The Crisis, December 1912, transcribed in nealcaren/fightordie. Public domain (US).',
  },
];
