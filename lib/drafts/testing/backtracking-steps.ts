/**
 * How much work a backtracking regex engine does to find every match of a pattern in a text: a
 * small backtracking matcher over the pattern's syntax tree that counts one step per character
 * tested and per assertion checked, and scans the way `matchAll` does (every start position, resuming
 * after each match). Single characters and assertions are tested by V8 itself, so their meaning is
 * the engine's; the count is the textbook cost model, not a timing. Never imported by the extension.
 */
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

export interface StepCount {
  steps: number;
  /** [start, end) of every match, to check this matcher agrees with the real engine. */
  matches: Array<[number, number]>;
}

type Next = (at: number) => boolean;

const isSingleCharacter = (node: AST.Node): node is AST.Character | AST.CharacterClass | AST.CharacterSet =>
  node.type === 'Character' || node.type === 'CharacterClass' || node.type === 'CharacterSet';

export function countBacktrackingSteps(pattern: RegExp, text: string): StepCount {
  const flags = `${pattern.flags.replace(/[dgy]/g, '')}y`;
  const sticky = new Map<AST.Node, RegExp>();
  let steps = 0;

  /** Where `node` (one character or an assertion) ends when tried at `at`, or -1. */
  const test = (node: AST.Node, at: number): number => {
    steps++;
    let regex = sticky.get(node);
    if (!regex) sticky.set(node, (regex = new RegExp(node.raw, flags)));
    regex.lastIndex = at;
    return regex.test(text) ? regex.lastIndex : -1;
  };
  const sequence = (elements: AST.Element[], index: number, at: number, next: Next): boolean =>
    index === elements.length ? next(at) : element(elements[index]!, at, (end) => sequence(elements, index + 1, end, next));
  const alternatives = (options: AST.Alternative[], at: number, next: Next): boolean =>
    options.some((option) => sequence(option.elements, 0, at, next));
  const quantifier = (node: AST.Quantifier, at: number, next: Next): boolean => {
    if (!node.greedy) throw new Error(`lazy quantifiers are not modelled: ${node.raw}`);
    if (isSingleCharacter(node.element)) {
      // Take as many as allowed, then give them back one at a time.
      const ends = [at];
      while (ends.length - 1 < node.max) {
        const end = test(node.element, ends[ends.length - 1]!);
        if (end === -1) break;
        ends.push(end);
      }
      for (let count = ends.length - 1; count >= node.min; count--) if (next(ends[count]!)) return true;
      return false;
    }
    const repeat = (count: number, from: number): boolean =>
      (count < node.max && element(node.element, from, (end) => end !== from && repeat(count + 1, end))) || (count >= node.min && next(from));
    return repeat(0, at);
  };
  const element = (node: AST.Element, at: number, next: Next): boolean => {
    switch (node.type) {
      case 'Group':
      case 'CapturingGroup':
        return alternatives(node.alternatives, at, next);
      case 'Quantifier':
        return quantifier(node, at, next);
      case 'Assertion':
        // Lookarounds here look at one character; an assertion is one step and consumes nothing.
        return test(node, at) !== -1 && next(at);
      case 'Backreference':
        throw new Error('backreferences are not modelled');
      default: {
        const end = test(node, at);
        return end !== -1 && next(end);
      }
    }
  };

  const { pattern: tree } = parseRegExpLiteral(pattern);
  const matches: Array<[number, number]> = [];
  for (let at = 0; at <= text.length; ) {
    let matchEnd = -1;
    if (alternatives(tree.alternatives, at, (end) => ((matchEnd = end), true))) {
      matches.push([at, matchEnd]);
      at = matchEnd > at ? matchEnd : at + 1;
    } else at++;
  }
  return { steps, matches };
}
