import type { BodyRule } from './sources';

/**
 * What each kind of page must contain: required sections and word bounds. The numbers are
 * the editorial standard of the library; a page outside them fails the build.
 */

const REQUIRED_CHAPTER_SECTIONS = ['What it covers', 'How it works', 'In code'];

const wordsBetween = (min: number, max: number, what: string): BodyRule => (doc, body, sink) => {
  if (body.words < min || body.words > max) {
    sink.add(doc.file, doc.src.bodyLine + 1, `${what} has ${body.words} words; it must have ${min}–${max}`);
  }
};

export const rules = {
  chapter: (volume: number): BodyRule => (doc, body, sink) => {
    for (const title of REQUIRED_CHAPTER_SECTIONS) {
      if (!body.sections.some((s) => s.title === title)) sink.add(doc.file, doc.src.bodyLine + 1, `missing section "## ${title}"`);
    }
    const how = body.sections.find((s) => s.title === 'How it works');
    if (how && (how.words < 400 || how.words > 900)) {
      sink.add(doc.file, how.line, `"How it works" has ${how.words} words; it must have 400–900`);
    }
    if (volume === 2) {
      const eq = body.sections.find((s) => s.title === 'Key equations');
      if (!eq) sink.add(doc.file, doc.src.bodyLine + 1, 'Vol. II chapters need a "## Key equations" section');
      else if (eq.displayMath < 3) sink.add(doc.file, eq.line, `"Key equations" has ${eq.displayMath} display equations; Vol. II needs at least 3`);
    }
  },
  concept: wordsBetween(200, 500, 'a concept page'),
  volume: (published: boolean): BodyRule => wordsBetween(published ? 150 : 40, 700, 'a volume overview'),
  guideSection: wordsBetween(200, 700, 'a guide section'),
  guideIndex: wordsBetween(60, 500, 'the guide overview'),
};
