// The cold-start floor of PEERS.md: a page that fetches the founding essay,
// splits it into lines and scans its words with offsets, and shows a count.
// Faultline's page does the same fetch and far more; the benchmark reports
// its navigation-to-chart time beside this page's navigation-to-result.

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const text = await (await fetch('/samples/musk-trump-seed.txt')).text();
const spans = [];
for (const m of text.matchAll(WORD)) spans.push([m.index, m.index + m[0].length]);
const lines = text.split('\n').length;
document.getElementById('result').textContent = `${spans.length} words, ${lines} lines`;
performance.mark('scan:result');
