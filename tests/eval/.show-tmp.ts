import { readFileSync, readdirSync } from 'node:fs';
import { analyzeReply } from '../../lib/listening/index';
const ids = process.argv.slice(2);
for (const f of readdirSync('/work/wt-quality/tests/eval/data').filter((f) => f.startsWith('replies-'))) {
  for (const line of readFileSync(`/work/wt-quality/tests/eval/data/${f}`, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (r.split !== 'tune') continue; // never the held-aside part
    if (!ids.includes(r.id)) continue;
    const hints = analyzeReply(r.reply, { customerMessage: r.customer, channel: r.channel }).hints;
    console.log(r.id, JSON.stringify(r.labels), '\n', hints.map((h) => `${h.category}/${h.rule}: ${h.text.slice(0, 80)}`).join('\n '));
  }
}
