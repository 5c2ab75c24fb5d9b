/**
 * The learned reading of no-acknowledgement (unheard-model.ts): written by `npm run train:unheard`
 * (tests/eval/train-unheard.ts) from 1932 tuned replies of the eval; not edited by hand.
 * Cross-validated in 5 folds, the rule or the model above the threshold: 229 shown, precision 0.94, recall 0.57.
 */
import type { UnheardModel } from './unheard-model';

export const UNHEARD_MODEL: UnheardModel = {
  features: ['rule', 'lengthRatio', 'acknowledges', 'formulas', 'firstPersonShare', 'speaksAsThemself', 'apologises', 'asksAboutTheirCase', 'theirWordsShare'],
  mean: [0.0626294, 0.136723, 0.63147, 0.355072, 0.0157418, 0.733954, 0.3147, 0.068323, 0.429892],
  scale: [0.242295, 0.32283, 0.482406, 0.918078, 0.0135599, 0.441888, 0.464396, 0.252299, 0.158724],
  weights: [0.308341, -0.87545, -0.567423, 0.663271, -1.01548, -0.0580553, -0.281307, -0.05607, -0.960243],
  bias: -2.61963,
  threshold: 0.83,
};
