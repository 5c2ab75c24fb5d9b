/**
 * The learned reading of no-acknowledgement (unheard-model.ts): written by `npm run train:unheard`
 * (tests/eval/train-unheard.ts) from 2332 tuned replies of the eval; not edited by hand.
 * Cross-validated in 5 folds, the rule or the model above the threshold: 187 shown, precision 0.94, recall 0.41.
 */
import type { UnheardModel } from './unheard-model';

export const UNHEARD_MODEL: UnheardModel = {
  features: ['rule', 'lengthRatio', 'acknowledges', 'formulas', 'firstPersonShare', 'speaksAsThemself', 'apologises', 'asksAboutTheirCase', 'theirWordsShare'],
  mean: [0.063036, 0.123125, 0.628216, 0.349057, 0.0157443, 0.734134, 0.316895, 0.0626072, 0.395049],
  scale: [0.243028, 0.330647, 0.483281, 0.904977, 0.0135104, 0.441793, 0.465266, 0.242255, 0.140487],
  weights: [0.0805619, -0.831678, -0.575654, 0.704673, -1.03072, -0.0814374, -0.342701, -0.0080065, -0.835829],
  bias: -2.62956,
  threshold: 0.93,
};
