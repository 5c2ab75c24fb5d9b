/**
 * The learned reading of no-acknowledgement (unheard-model.ts): written by `npm run train:unheard`
 * (tests/eval/train-unheard.ts) from 2172 tuned replies of the eval; not edited by hand.
 * Cross-validated in 5 folds, the rule or the model above the threshold: 208 shown, precision 0.94, recall 0.48.
 */
import type { UnheardModel } from './unheard-model';

export const UNHEARD_MODEL: UnheardModel = {
  features: ['rule', 'lengthRatio', 'acknowledges', 'formulas', 'firstPersonShare', 'speaksAsThemself', 'apologises', 'asksAboutTheirCase', 'theirWordsShare'],
  mean: [0.0626151, 0.131464, 0.627993, 0.354972, 0.0157976, 0.735727, 0.314457, 0.0695212, 0.42822],
  scale: [0.242269, 0.324118, 0.48334, 0.918732, 0.0135685, 0.440945, 0.464299, 0.254338, 0.159719],
  weights: [0.268864, -0.857735, -0.587132, 0.610833, -1.06654, -0.0295725, -0.30631, -0.0319229, -1.02171],
  bias: -2.69094,
  threshold: 0.89,
};
