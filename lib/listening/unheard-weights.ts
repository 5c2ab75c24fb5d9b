/**
 * The learned reading of no-acknowledgement (unheard-model.ts): written by `npm run train:unheard`
 * (tests/eval/train-unheard.ts) from 2172 tuned replies of the eval; not edited by hand.
 * Cross-validated in 5 folds, the rule or the model above the threshold: 203 shown, precision 0.95, recall 0.48.
 */
import type { UnheardModel } from './unheard-model';

export const UNHEARD_MODEL: UnheardModel = {
  features: ['rule', 'lengthRatio', 'acknowledges', 'formulas', 'firstPersonShare', 'speaksAsThemself', 'apologises', 'asksAboutTheirCase', 'theirWordsShare'],
  mean: [0.0626151, 0.131464, 0.627993, 0.354972, 0.0157976, 0.735727, 0.314457, 0.0695212, 0.399454],
  scale: [0.242269, 0.324118, 0.48334, 0.918732, 0.0135685, 0.440945, 0.464299, 0.254338, 0.140621],
  weights: [0.251571, -0.912207, -0.596853, 0.635943, -1.09684, -0.0394613, -0.317502, -0.0404119, -0.872635],
  bias: -2.6154,
  threshold: 0.9,
};
