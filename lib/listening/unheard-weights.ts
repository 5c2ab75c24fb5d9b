/**
 * The learned reading of no-acknowledgement (unheard-model.ts): written by `npm run train:unheard`
 * (tests/eval/train-unheard.ts) from 2252 tuned replies of the eval; not edited by hand.
 * Cross-validated in 5 folds, the rule or the model above the threshold: 172 shown, precision 0.94, recall 0.39.
 */
import type { UnheardModel } from './unheard-model';

export const UNHEARD_MODEL: UnheardModel = {
  features: ['rule', 'lengthRatio', 'acknowledges', 'formulas', 'firstPersonShare', 'speaksAsThemself', 'apologises', 'asksAboutTheirCase', 'theirWordsShare'],
  mean: [0.0634991, 0.127056, 0.626554, 0.351687, 0.0157726, 0.73579, 0.316163, 0.0634991, 0.396758],
  scale: [0.243859, 0.328357, 0.483719, 0.912578, 0.0135102, 0.440911, 0.464978, 0.243859, 0.140735],
  weights: [0.080777, -0.843867, -0.592108, 0.686631, -1.02349, -0.0624878, -0.352738, -0.0110214, -0.832222],
  bias: -2.63548,
  threshold: 0.94,
};
