import { readFileSync, readdirSync } from 'node:fs';
import { analyzeReply } from '../../lib/listening/index';
import { judgeReply } from './score';
import { foldOf } from './cross-validation';
const by = new Map<string, { right: number; wrong: number; folds: Set<number> }>();
for (const f of readdirSync('tests/eval/data').filter((f) => f.startsWith('replies-'))) {
  for (const line of readFileSync(`tests/eval/data/${f}`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (r.split !== 'tune') continue; // never the held-aside part
    const labels = Object.values(r.labels ?? {}) as any[];
    if (!labels.length) continue;
    const hints = analyzeReply(r.reply, { customerMessage: r.customer, channel: r.channel }).hints;
    const j = judgeReply(new Set(hints.map((h) => h.category)), labels, [...new Set(hints.map((h) => h.category))]);
    for (const h of hints) {
      const e = by.get(h.rule) ?? { right: 0, wrong: 0, folds: new Set() };
      if (j.get(h.category)?.includes('right')) { e.right++; e.folds.add(foldOf(r.id, 5)); } else e.wrong++;
      by.set(h.rule, e);
    }
  }
}
for (const [k, e] of [...by].sort()) console.log(k.padEnd(24), e.right, e.wrong, [...e.folds].join(','));
