// Draws a report as DOM. Builds elements with createElement and textContent
// only: the essay is user text, and no byte of it may ever be parsed as HTML.
//
// Every character of every block is kept: sentences become
// <span class="sentence">, the text between them stays as plain text nodes.

const MAX_HEADING = 6;

/** Replaces the contents of `container` with the essay as `report` reads it. */
export function renderReport(container, text, report) {
  const { blocks, sentences } = report.document;
  const fragment = document.createDocumentFragment();
  let list = null; // the <ul> that consecutive list items share
  let next = 0; // index of the first sentence not yet placed
  let covered = 0; // end of the last block, to catch text outside blocks

  blocks.forEach((block, index) => {
    keepStrayText(fragment, text, covered, block.start);
    covered = block.end;

    const element = blockElement(block);
    element.dataset.block = String(index);
    element.dataset.rule = block.rule;
    if (block.kind === 'listItem') {
      if (!list) {
        list = document.createElement('ul');
        fragment.append(list);
      }
      list.append(element);
    } else {
      list = null;
      fragment.append(element);
    }

    let cursor = block.start;
    while (next < sentences.length && sentences[next].block === index) {
      const sentence = sentences[next];
      appendText(element, text, cursor, sentence.start);
      element.append(sentenceElement(text, sentence, next));
      cursor = Math.max(cursor, sentence.end);
      next++;
    }
    appendText(element, text, cursor, block.end);
  });
  keepStrayText(fragment, text, covered, text.length);

  container.replaceChildren(fragment);
}

/** Counts for the status line. */
export function summarize(report) {
  const counts = { sentences: report.document.sentences.length, paragraphs: 0, headings: 0 };
  for (const block of report.document.blocks) {
    if (block.kind === 'paragraph') counts.paragraphs++;
    else if (block.kind === 'heading') counts.headings++;
  }
  return counts;
}

function blockElement(block) {
  let element;
  switch (block.kind) {
    case 'title':
      element = document.createElement('h1');
      break;
    case 'heading':
      element = document.createElement(`h${Math.min(Math.max(block.level, 2), MAX_HEADING)}`);
      break;
    case 'listItem':
      element = document.createElement('li');
      break;
    default: // paragraph, byline, dateline, bio, and any kind added later
      element = document.createElement('p');
  }
  element.className = `block block-${block.kind}`;
  return element;
}

function sentenceElement(text, sentence, index) {
  const span = document.createElement('span');
  // Two alternating tints make each boundary visible.
  span.className = index % 2 === 0 ? 'sentence tint-a' : 'sentence tint-b';
  span.dataset.index = String(index);
  span.dataset.rule = sentence.rule;
  span.textContent = text.slice(sentence.start, sentence.end);
  return span;
}

function appendText(element, text, start, end) {
  if (end > start) element.append(document.createTextNode(text.slice(start, end)));
}

// Text between blocks is normally only line breaks. Anything else there is
// shown as-is rather than silently dropped.
function keepStrayText(parent, text, start, end) {
  const stray = text.slice(start, end);
  if (stray.trim() === '') return;
  const element = document.createElement('p');
  element.className = 'block block-unparsed';
  element.textContent = stray;
  parent.append(element);
}
