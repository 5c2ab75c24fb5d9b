/**
 * The learned readings of whole replies (reply-model.ts): written by `npm run train:reply-models`
 * (tests/eval/train-reply-models.ts) from 6892 tuned replies of the eval; not edited by hand.
 */
import type { ReplyModel } from './reply-model';

export const REPLY_MODELS: readonly ReplyModel[] = [

];
